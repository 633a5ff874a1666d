import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { MeetingContext } from '../../shared/meeting/types';
import { describeRegister, notUsed, registerMismatch } from '../../shared/register/meeting-fit';
import type { TdRegister } from '../../shared/register/types';
import { FileButton } from './FileButton';
import { getItuTdList, type TdListResult } from './itu-td-list';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  url: { wordBreak: 'break-all' },
});

export interface RegisterPanelProps {
  register?: TdRegister;
  /** The document's meeting (saved or detected): a register of another meeting is shown as not used. */
  meeting?: MeetingContext | null;
  busy: boolean;
  onImport(file: File): void;
  onRemove(): void;
}

type Failure = Extract<TdListResult, { ok: false }>;

/** Failures where the file exists but this pane cannot fetch it: the delegate's browser can. */
const DOWNLOADABLE = new Set<Failure['reason']>(['offline', 'timeout', 'refused', 'server', 'not-an-index']);

/**
 * The meeting's register (CSV, JSON, ITU HTML listing, ITU's TD or contributions index), saved with the document;
 * "Get TD list from ITU" fetches ITU's TD index of the meeting and imports it, or shows where to download it.
 */
export function RegisterPanel({ register, meeting, busy, onImport, onRemove }: RegisterPanelProps) {
  const styles = useStyles();
  const [fetching, setFetching] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const mismatch = register ? registerMismatch(register, meeting) : null;

  const getFromItu = async (of: MeetingContext) => {
    setFetching(true);
    setFailure(null);
    try {
      const result = await getItuTdList(of);
      if (result.ok) onImport(result.file);
      else setFailure(result);
    } finally {
      setFetching(false);
    }
  };

  return (
    <div className={styles.row} data-testid="register">
      <Text size={200}>
        {register
          ? describeRegister(register)
          : 'No TD register: TD numbers and revisions are not checked against one.'}
      </Text>
      {register && mismatch && (
        <Text size={200} weight="semibold" className={styles.warning} role="alert" data-testid="register-mismatch">
          {`${mismatch}: ${notUsed(register)}.`}
        </Text>
      )}
      <Button
        size="small"
        data-testid="get-itu-td-list"
        disabled={busy || fetching || !meeting}
        title={meeting ? undefined : 'Check the document first: its header names the meeting whose TD list to get.'}
        onClick={() => meeting && void getFromItu(meeting)}
      >
        {fetching ? 'Getting TD list…' : 'Get TD list from ITU'}
      </Button>
      <FileButton
        accept=".csv,.json,.html,.htm,.xml"
        inputTestId="import-register"
        disabled={busy}
        onFile={(file) => {
          setFailure(null);
          onImport(file);
        }}
      >
        {register ? 'Replace register…' : 'Import register…'}
      </FileButton>
      {register && (
        <Button size="small" disabled={busy} onClick={onRemove}>
          Remove
        </Button>
      )}
      {failure && (
        <Text size={200} role="alert" data-testid="itu-td-list-failure">
          {DOWNLOADABLE.has(failure.reason) ? (
            <>
              {`${failure.message}. Download it from `}
              <Link
                href={failure.url}
                target="_blank"
                rel="noopener noreferrer"
                className={styles.url}
                data-testid="itu-td-list-url"
              >
                {failure.url}
              </Link>
              {`, then import ${failure.fileName} here.`}
            </>
          ) : (
            `${failure.message}.`
          )}
        </Text>
      )}
    </div>
  );
}
