/**
 * WTSA action numbers: `WTSA-24 Action 7`, `WTSA-24 action 8`, `WTSA-24 action number 9`.
 *
 *   wtsa-action := \b 'WTSA-' 2digit ' ' ('Action' | 'action') [' number'] ' ' 1*3digit \b
 *
 * Canonical id `WTSA-24 Action 7`.
 */
import type { RefBase, ReferenceKind } from './kind';
import { normalizeForMatching } from '../text/normalize';
import { captures, nextAtBoundary } from './scan';

/** A WTSA-24 action number: id `WTSA-24 Action 7`. */
export interface WtsaActionRef extends RefBase<'wtsa-action'> {
  number: number;
}

export interface WtsaActionRefWithAssembly extends WtsaActionRef {
  /** `WTSA-24`. */
  assembly: string;
}

const RE =
  /(?<assembly>WTSA-\d{2}) [Aa]ction(?: [Nn]umber| [Nn]o\.)? (?<number>\d{1,3})(?![A-Za-z0-9_]|\.\d|\/\d|-\d)/g;

export function scanWtsaActions(normalized: string, original: string = normalized): WtsaActionRefWithAssembly[] {
  const out: WtsaActionRefWithAssembly[] = [];
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(RE, normalized)) !== null) {
    const { assembly = '', number: digits = '' } = captures(m);
    out.push(wtsaActionRef(original, m.index, RE.lastIndex, assembly, parseInt(digits, 10)));
  }
  return out;
}

/** The reference to action `number` of `assembly` (`WTSA-24`) written at `start`..`end` of `original`. */
export function wtsaActionRef(
  original: string,
  start: number,
  end: number,
  assembly: string,
  number: number,
): WtsaActionRefWithAssembly {
  return {
    kind: 'wtsa-action',
    id: `${assembly} Action ${number}`,
    text: original.slice(start, end),
    start,
    end,
    number,
    assembly,
  };
}

export function findWtsaActions(text: string): WtsaActionRefWithAssembly[] {
  return scanWtsaActions(normalizeForMatching(text), text);
}

export const wtsaActionKind: ReferenceKind<WtsaActionRef> = {
  id: 'wtsa-action',
  label: 'WTSA action',
  trigger: /WTSA-/,
  specificity: 3,
  scan: scanWtsaActions,
};
