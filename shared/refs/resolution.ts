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
import type { RefBase, ReferenceKind } from './kind';
import { normalizeForMatching } from '../text/normalize';
import { captures, nextAtBoundary, scanListTail } from './scan';

/** A WTSA resolution: id `Resolution 73`. */
export interface ResolutionRef extends RefBase<'resolution'> {
  number: number;
  /** `Rev. New Delhi, 2024` when written. */
  revision?: string;
}

export interface ResolutionRefWithAssembly extends ResolutionRef {
  assembly?: string;
}

const ASSEMBLY_BEFORE_RE = /(?<![A-Za-z0-9_])(?<assembly>WTSA(?:-\d{2})?) $/;
const RE =
  /(?:Resolution|Res\.|(?<plural>Resolutions)) ?(?<number>\d{1,3})(?![A-Za-z0-9_]|\.\d|\/\d)(?: ?\((?<revision>[Rr]ev\.? ?[A-Z][^()\n]{0,60}?,? \d{4})\))?/g;

const COMMA_RE = /, {0,2}(\d{1,3})(?![A-Za-z0-9_]|\.\d|\/\d)/y;
const AND_RE = /,? {1,2}(?:and|&) {1,2}(\d{1,3})(?![A-Za-z0-9_]|\.\d|\/\d)/y;

/** Numbers after `Resolutions 73`: `, 77 and 92`. Returns where scanning resumes. */
function listedResolutions(
  normalized: string,
  original: string,
  from: number,
  assembly: string | undefined,
  out: ResolutionRefWithAssembly[],
): number {
  return scanListTail(normalized, from, COMMA_RE, AND_RE, (digits, end) => {
    const number = parseInt(digits, 10);
    const ref: ResolutionRefWithAssembly = {
      kind: 'resolution',
      id: `Resolution ${number}`,
      text: original.slice(end - digits.length, end),
      start: end - digits.length,
      end,
      number,
    };
    if (assembly !== undefined) ref.assembly = assembly;
    out.push(ref);
  });
}

export function scanResolutions(normalized: string, original: string = normalized): ResolutionRefWithAssembly[] {
  const out: ResolutionRefWithAssembly[] = [];
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(RE, normalized)) !== null) {
    const c = captures(m);
    const a = ASSEMBLY_BEFORE_RE.exec(normalized.slice(Math.max(0, m.index - 12), m.index));
    const assembly = a ? captures(a).assembly : undefined;
    const start = a ? m.index - a[0].length : m.index;
    const number = parseInt(c.number ?? '', 10);
    const ref: ResolutionRefWithAssembly = {
      kind: 'resolution',
      id: `Resolution ${number}`,
      text: original.slice(start, RE.lastIndex),
      start,
      end: RE.lastIndex,
      number,
    };
    if (c.revision !== undefined) ref.revision = c.revision.replace(/^[Rr]ev\.? ?/, 'Rev. ').replace(/\s+/g, ' ');
    if (assembly !== undefined) ref.assembly = assembly;
    out.push(ref);
    if (c.plural !== undefined) RE.lastIndex = listedResolutions(normalized, original, RE.lastIndex, assembly, out);
  }
  return out;
}

export function findResolutions(text: string): ResolutionRefWithAssembly[] {
  return scanResolutions(normalizeForMatching(text), text);
}

export const resolutionKind: ReferenceKind<ResolutionRef> = {
  id: 'resolution',
  label: 'Resolution',
  trigger: /Res/,
  specificity: 5,
  scan: scanResolutions,
};
