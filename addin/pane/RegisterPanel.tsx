import { Button, makeStyles, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import type { TdRegister } from '../../shared/register/types';

const useStyles = makeStyles({ row: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' } });

export interface RegisterPanelProps {
  register?: TdRegister;
  busy: boolean;
  onImport(file: File): void;
  onRemove(): void;
}

/** The meeting's TD register (CSV, JSON, ITU HTML listing or index XML), saved with the document. */
export function RegisterPanel({ register, busy, onImport, onRemove }: RegisterPanelProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.row} data-testid="register">
      <Text size={200}>{register ? `${register.entries.length} TDs from ${register.fileName}` : 'No TD register: TD numbers and revisions are not checked against one.'}</Text>
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.json,.html,.htm,.xml"
        data-testid="import-register"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onImport(file);
        }}
      />
      <Button size="small" disabled={busy} onClick={() => input.current?.click()}>
        {register ? 'Replace register…' : 'Import register…'}
      </Button>
      {register && (
        <Button size="small" disabled={busy} onClick={onRemove}>
          Remove
        </Button>
      )}
    </div>
  );
}
