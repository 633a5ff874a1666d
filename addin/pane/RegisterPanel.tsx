import { Button, makeStyles, Text } from '@fluentui/react-components';
import type { TdRegister } from '../../shared/register/types';
import { FileButton } from './FileButton';

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
  return (
    <div className={styles.row} data-testid="register">
      <Text size={200}>{register ? `${register.entries.length} TDs from ${register.fileName}` : 'No TD register: TD numbers and revisions are not checked against one.'}</Text>
      <FileButton accept=".csv,.json,.html,.htm,.xml" inputTestId="import-register" disabled={busy} onFile={onImport}>
        {register ? 'Replace register…' : 'Import register…'}
      </FileButton>
      {register && (
        <Button size="small" disabled={busy} onClick={onRemove}>
          Remove
        </Button>
      )}
    </div>
  );
}
