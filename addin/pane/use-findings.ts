/**
 * Checking and fixing as the pane does it: a check reads the document through the host and runs the rules; fixes
 * go to the host in one batch, then the document is checked again. Checks can overlap (an edit while a check
 * runs): only the latest one's result is shown. Once the reader has checked, edits re-check by themselves.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { PartialWriteError, type AgendaHost, type EditResult, type ReadProgress, type TextEdit } from '../host/types';
import { checkDocument, type CheckResult, type CheckSettings } from './check-document';
import { messageOf, type Notice } from './NoticeBar';

export interface Findings {
  result?: CheckResult;
  busy: boolean;
  progress?: ReadProgress;
  check(): Promise<void>;
  /** Checks again when the reader has checked once. */
  recheck(): void;
  /** Forgets the shown result (another document): a check still reading must not show its findings. */
  reset(): void;
  applyEdits(edits: TextEdit[]): Promise<void>;
}

export function useFindings(
  host: AgendaHost,
  settings: () => CheckSettings,
  notify: (notice: Notice) => void,
): Findings {
  const [result, setResult] = useState<CheckResult>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ReadProgress>();
  const checkedOnce = useRef(false);
  const latestCheck = useRef(0);

  const check = useCallback(async () => {
    const run = ++latestCheck.current;
    setBusy(true);
    setProgress({ done: 0, total: 0 });
    try {
      const checked = await checkDocument(
        host,
        settings(),
        (progress) => run === latestCheck.current && setProgress(progress),
      );
      if (run !== latestCheck.current) return;
      setResult(checked);
      checkedOnce.current = true;
    } catch (error) {
      if (run === latestCheck.current)
        notify({ intent: 'error', title: 'Could not check the document', text: messageOf(error) });
    } finally {
      if (run === latestCheck.current) {
        setBusy(false);
        setProgress(undefined);
      }
    }
  }, [host, settings, notify]);

  const recheck = useCallback(() => {
    if (checkedOnce.current) void check();
  }, [check]);

  const reset = useCallback(() => {
    latestCheck.current++;
    setBusy(false);
    setProgress(undefined);
    setResult(undefined);
  }, []);

  // The host debounces its change notifications.
  useEffect(() => host.onChange(recheck), [host, recheck]);

  const applyEdits = async (edits: TextEdit[]) => {
    if (edits.length === 0) return;
    setBusy(true);
    try {
      notify(fixNotice(await host.replace(edits)));
    } catch (error) {
      // Word batches are not transactions: only an error before the writing sync means nothing changed.
      const partial = error instanceof PartialWriteError;
      notify({
        intent: 'error',
        title: partial ? 'The fix stopped part-way' : 'Could not apply the fix; nothing was changed',
        text: messageOf(error),
      });
    } finally {
      setBusy(false);
    }
    await check();
  };

  return { result, busy, progress, check, recheck, reset, applyEdits };
}

const TRACKED = 'Track Changes is on: the fixes are tracked changes, to accept or reject in Word.';

/** What a batch of fixes did: how many, which were left and why, and whether they are tracked changes. */
export function fixNotice(outcome: EditResult): Notice {
  const tracked = outcome.tracked ? TRACKED : '';
  if (outcome.skipped.length === 0) return { intent: 'success', title: `${outcome.applied} fixed`, text: tracked };
  const reasons = [...new Set(outcome.skipped.map((skip) => skip.reason))].join('; ');
  return {
    intent: 'warning',
    title: `${outcome.applied} fixed, ${outcome.skipped.length} left as they were`,
    text: tracked ? `${reasons}. ${tracked}` : reasons,
  };
}
