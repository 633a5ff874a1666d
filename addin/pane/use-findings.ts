/**
 * Checking and fixing as the pane does it: a check reads the document through the host and runs the rules; fixes
 * go to the host in one batch, then the document is checked again. Checks can overlap (an edit while a check
 * runs): only the latest one's result is shown. Once the reader has checked, edits re-check by themselves.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AgendaHost, ReadProgress, TextEdit } from '../host/types';
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

export function useFindings(host: AgendaHost, settings: () => CheckSettings, notify: (notice: Notice) => void): Findings {
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
      const checked = await checkDocument(host, settings(), (progress) => run === latestCheck.current && setProgress(progress));
      if (run !== latestCheck.current) return;
      setResult(checked);
      checkedOnce.current = true;
    } catch (error) {
      if (run === latestCheck.current) notify({ intent: 'error', title: 'Could not check the document', text: messageOf(error) });
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
      const outcome = await host.replace(edits);
      if (outcome.skipped.length > 0) {
        notify({
          intent: 'warning',
          title: `${outcome.applied} fixed, ${outcome.skipped.length} left as they were`,
          text: [...new Set(outcome.skipped.map((skip) => skip.reason))].join('; '),
        });
      } else {
        notify({ intent: 'success', title: `${outcome.applied} fixed`, text: '' });
      }
    } catch (error) {
      notify({ intent: 'error', title: 'Could not apply the fix; the document was left as it was', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
    await check();
  };

  return { result, busy, progress, check, recheck, reset, applyEdits };
}
