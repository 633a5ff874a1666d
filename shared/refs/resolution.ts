/**
 * WTSA resolutions: `Resolution 73`, `Res. 73`, `WTSA Resolution 99 (rev. New Delhi, 2024)`,
 * `Resolution 2 (Rev. New Delhi, 2024)`, `WTSA-16 Resolution 7`.
 *
 *   resolution := \b [assembly ' '] ('Resolution' | 'Res.') [' '] n [' (' ('Rev.'|'rev.') ' ' place ', ' year ')'] \b
 *   assembly   := 'WTSA' ['-' 2digit]
 *
 *   list       := [assembly ' '] 'Resolutions ' n *(', ' n) [[','] ' and ' n]     (one reference per number; later
 *                 numbers span themselves)
 *
 * Canonical id `Resolution 73`; `revision` is `Rev. New Delhi, 2024` (capital R) when written, and the
 * parenthetical is part of the span. `assembly` is `WTSA` / `WTSA-16` when written.
 */
import type { ResolutionRef } from './types';
import { normalizeForMatching } from '../text/normalize';
import { nextAtBoundary, scanListTail } from './scan';

export interface ResolutionRefWithAssembly extends ResolutionRef {
  assembly?: string;
}

const ASSEMBLY_BEFORE_RE = /(?<![A-Za-z0-9_])(WTSA(?:-\d{2})?) $/;
const RE = /(?:Resolution|Res\.|(Resolutions)) ?(\d{1,3})(?![A-Za-z0-9_]|\.\d|\/\d)(?: ?\(([Rr]ev\.? ?[A-Z][^()\n]{0,60}?,? \d{4})\))?/g;

const COMMA_RE = /, {0,2}(\d{1,3})(?![A-Za-z0-9_]|\.\d|\/\d)/y;
const AND_RE = /,? {1,2}(?:and|&) {1,2}(\d{1,3})(?![A-Za-z0-9_]|\.\d|\/\d)/y;

/** Numbers after `Resolutions 73`: `, 77 and 92`. Returns where scanning resumes. */
function listedResolutions(normalized: string, original: string, from: number, assembly: string | undefined, out: ResolutionRefWithAssembly[]): number {
  return scanListTail(normalized, from, COMMA_RE, AND_RE, (digits, end) => {
    const number = parseInt(digits, 10);
    const ref: ResolutionRefWithAssembly = { kind: 'resolution', id: `Resolution ${number}`, text: original.slice(end - digits.length, end), start: end - digits.length, end, number };
    if (assembly !== undefined) ref.assembly = assembly;
    out.push(ref);
  });
}

export function scanResolutions(normalized: string, original: string = normalized): ResolutionRefWithAssembly[] {
  const out: ResolutionRefWithAssembly[] = [];
  if (normalized.indexOf('Res') < 0) return out;
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(RE, normalized)) !== null) {
    const a = ASSEMBLY_BEFORE_RE.exec(normalized.slice(Math.max(0, m.index - 12), m.index));
    const start = a ? m.index - a[0].length : m.index;
    const number = parseInt(m[2], 10);
    const ref: ResolutionRefWithAssembly = {
      kind: 'resolution', id: `Resolution ${number}`, text: original.slice(start, RE.lastIndex), start, end: RE.lastIndex, number,
    };
    if (m[3] !== undefined) ref.revision = m[3].replace(/^[Rr]ev\.? ?/, 'Rev. ').replace(/\s+/g, ' ');
    if (a) ref.assembly = a[1];
    out.push(ref);
    if (m[1] !== undefined) RE.lastIndex = listedResolutions(normalized, original, RE.lastIndex, a?.[1], out);
  }
  return out;
}

export function findResolutions(text: string): ResolutionRefWithAssembly[] {
  return scanResolutions(normalizeForMatching(text), text);
}
