import { Button, Field } from '@fluentui/react-components';
import { useState } from 'react';
import type { ActionRegister } from '../../shared/fills/action-register';
import { messageOf } from '../pane/NoticeBar';
import { useFillStyles } from './fill-styles';
import { readActionSource } from './run-fill';
import type { FillRunner } from './use-fill-runner';

/** The WTSA-24 actions and action-plan tables, refreshed from a previous agenda or a register of actions. */
export function StatusTablesForm({ runner, disabled }: { runner: FillRunner; disabled: boolean }) {
  const styles = useFillStyles();
  const [source, setSource] = useState<ActionRegister>();

  const choose = async (file: File) => {
    try {
      const read = readActionSource(new Uint8Array(await file.arrayBuffer()), file.name);
      setSource(read);
      runner.report({
        intent: 'success',
        title: `Source: ${file.name}`,
        warnings: [`${read.wtsaActions.length} WTSA-24 actions, ${read.planActions.length} action-plan items`],
      });
    } catch (error) {
      setSource(undefined);
      runner.report({
        intent: 'error',
        title: `Could not read ${file.name}; nothing was changed`,
        warnings: [messageOf(error)],
      });
    }
  };

  return (
    <div className={styles.row}>
      <Field label="Status tables from (previous agenda, or actions .json/.csv)" size="small">
        <input
          type="file"
          data-testid="status-source"
          accept=".docx,.txt,.html,.htm,.json,.csv"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void choose(file);
          }}
        />
      </Field>
      <Button
        size="small"
        data-testid="wtsa-actions"
        disabled={disabled || !source}
        onClick={() => source && void runner.run({ kind: 'wtsa-actions', source })}
      >
        WTSA-24 actions
      </Button>
      <Button
        size="small"
        data-testid="action-plan"
        disabled={disabled || !source}
        onClick={() => source && void runner.run({ kind: 'action-plan', source })}
      >
        Action plan
      </Button>
    </div>
  );
}
