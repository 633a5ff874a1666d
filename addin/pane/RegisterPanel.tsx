import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { MeetingContext } from '../../shared/meeting/types';
import { describeRegister, notUsed, registerMismatch } from '../../shared/register/meeting-fit';
import type { TdRegister } from '../../shared/register/types';
import { FileButton } from './FileButton';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface RegisterPanelProps {
  register?: TdRegister;
  /** The document's meeting (saved or detected): a register of another meeting is shown as not used. */
  meeting?: MeetingContext | null;
  busy: boolean;
  onImport(file: File): void;
  onRemove(): void;
}

/** The meeting's register (CSV, JSON, ITU HTML listing, ITU's TD or contributions index), saved with the document. */
export function RegisterPanel({ register, meeting, busy, onImport, onRemove }: RegisterPanelProps) {
  const styles = useStyles();
  const mismatch = register ? registerMismatch(register, meeting) : null;
  return (
    <div className={styles.row} data-testid="register">
      <Text size={200}>{register ? describeRegister(register) : 'No TD register: TD numbers and revisions are not checked against one.'}</Text>
      {register && mismatch && (
        <Text size={200} weight="semibold" className={styles.warning} role="alert" data-testid="register-mismatch">
          {`${mismatch}: ${notUsed(register)}.`}
        </Text>
      )}
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
