/**
 * WTSA action numbers: `WTSA-24 Action 7`, `WTSA-24 action 8`, `WTSA-24 action number 9`.
 *
 *   wtsa-action := \b 'WTSA-' 2digit ' ' ('Action' | 'action') [' number'] ' ' 1*3digit \b
 *
 * Canonical id `WTSA-24 Action 7`.
 */
import type { WtsaActionRef } from './types';
import { normalizeForMatching } from '../text/normalize';
import { nextAtBoundary } from './scan';

export interface WtsaActionRefWithAssembly extends WtsaActionRef {
  /** `WTSA-24`. */
  assembly: string;
}

const RE = /(WTSA-\d{2}) [Aa]ction(?: [Nn]umber| [Nn]o\.)? (\d{1,3})(?![A-Za-z0-9_]|\.\d|\/\d|-\d)/g;

export function scanWtsaActions(normalized: string, original: string = normalized): WtsaActionRefWithAssembly[] {
  const out: WtsaActionRefWithAssembly[] = [];
  if (normalized.indexOf('WTSA-') < 0) return out;
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(RE, normalized)) !== null) {
    const number = parseInt(m[2], 10);
    out.push({
      kind: 'wtsa-action', id: `${m[1]} Action ${number}`, text: original.slice(m.index, RE.lastIndex), start: m.index, end: RE.lastIndex,
      number, assembly: m[1],
    });
  }
  return out;
}

export function findWtsaActions(text: string): WtsaActionRefWithAssembly[] {
  return scanWtsaActions(normalizeForMatching(text), text);
}
