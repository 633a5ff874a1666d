/**
 * Runs fills for the fill forms and keeps the one-line outcome they show: what a fill did, its warnings, or why it
 * failed. One fill at a time: the forms are disabled while one runs.
 */
import { useState } from 'react';
import type { FillResult } from '../../shared/fills/types';
import type { MeetingContext } from '../../shared/meeting/types';
import type { TdRegister } from '../../shared/register/types';
import type { AgendaHost } from '../host/types';
import { messageOf } from '../pane/NoticeBar';
import { runFill, type FillRequest } from './run-fill';

export interface FillOutcome {
  intent: 'success' | 'warning' | 'error';
  title: string;
  warnings: string[];
}

export interface FillRunner {
  running: boolean;
  outcome?: FillOutcome;
  run(request: FillRequest): Promise<void>;
  /** Shows an outcome that is not a fill's (a source file read, or not). */
  report(outcome: FillOutcome): void;
}

export function useFillRunner(
  host: AgendaHost,
  settings: { meeting?: MeetingContext; register?: TdRegister },
): FillRunner {
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<FillOutcome>();
  const run = async (request: FillRequest) => {
    setRunning(true);
    try {
      const result: FillResult = await runFill(host, request, {
        ...(settings.meeting ? { meeting: settings.meeting } : {}),
        ...(settings.register ? { register: settings.register } : {}),
      });
      setOutcome({
        intent: result.warnings.length > 0 ? 'warning' : 'success',
        title: result.summary,
        warnings: result.warnings,
      });
    } catch (error) {
      setOutcome({ intent: 'error', title: messageOf(error), warnings: [] });
    } finally {
      setRunning(false);
    }
  };
  return { running, outcome, run, report: setOutcome };
}
