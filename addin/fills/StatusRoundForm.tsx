import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useFillStyles } from './fill-styles';
import type { FillRunner } from './use-fill-runner';

/** New status round: the meeting tag (the document's meeting when left empty). */
export function StatusRoundForm({
  runner,
  disabled,
  placeholder,
}: {
  runner: FillRunner;
  disabled: boolean;
  placeholder: string;
}) {
  const styles = useFillStyles();
  const [tag, setTag] = useState('');
  return (
    <div className={styles.row}>
      <Field label="Status round for" size="small">
        <Input
          size="small"
          data-testid="status-round-meeting"
          placeholder={placeholder}
          value={tag}
          onChange={(_, data) => setTag(data.value)}
        />
      </Field>
      <Button
        size="small"
        data-testid="status-round"
        disabled={disabled}
        onClick={() => void runner.run({ kind: 'status-round', meeting: tag })}
      >
        New status round
      </Button>
    </div>
  );
}
