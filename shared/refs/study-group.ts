/**
 * Study groups: `SG17`, `SG 17`, `Study Group 17`, `Study Groups 13, 17 and 20`, `SGs 17 and 20`,
 * `ITU-T Study Groups 2 and 20`, and `TSAG`.
 *
 *   sg    := \b ('SG' [' '] | 'SGs ' | ('Study Group' | 'study group') ['s'] ' ') n \b      n := 1*2digit
 *   list  := sg *( ', ' n ) [ [','] ' and ' n ]
 *   tsag  := \b 'TSAG' \b          (not inside ids: not next to '-')
 *
 * Numbers 0 and above 21 are not study groups. Canonical id `SG17` / `TSAG`. The first group spans its words and number; later list items span their number.
 * `SG12-TD648` is a TD (find-references resolves the overlap in favour of the longer TD). Another sector's groups
 * (`ITU-R SG6`, `ITU-D Study Groups 1 and 2`) are not ITU-T's: not reported.
 */
import type { RefBase, ReferenceKind } from './kind';
import { normalizeForMatching } from '../text/normalize';
import { captures, nextAtBoundary, scanListTail } from './scan';
import { otherSectorBefore } from './sector';

/** A study group: id `SG17`, or `TSAG`. One reference per group in lists (`Study Groups 13, 17 and 20`). */
export interface StudyGroupRef extends RefBase<'study-group'> {
  /** Absent for TSAG. */
  studyGroup?: number;
}

const END = String.raw`(?![A-Za-z0-9_]|\/\d|\.\d|-\d)`;
const HEAD_RE = new RegExp(String.raw`(?:SGs? ?|[Ss]tudy [Gg]roups? )(?<n>\d{1,2})${END}|TSAG(?![A-Za-z0-9_-])`, 'g');
const COMMA_RE = new RegExp(String.raw` {0,2}, {0,2}(\d{1,2})${END}`, 'y');
const AND_RE = new RegExp(String.raw`,? {1,2}(?:and|&) {1,2}(\d{1,2})${END}`, 'y');

function plausible(n: string): boolean {
  const v = parseInt(n, 10);
  return v > 0 && v <= 21;
}

function make(original: string, start: number, end: number, n: string | undefined): StudyGroupRef {
  if (n === undefined) return { kind: 'study-group', id: 'TSAG', text: original.slice(start, end), start, end };
  const studyGroup = parseInt(n, 10);
  return { kind: 'study-group', id: `SG${studyGroup}`, text: original.slice(start, end), start, end, studyGroup };
}

export function scanStudyGroups(normalized: string, original: string = normalized): StudyGroupRef[] {
  const out: StudyGroupRef[] = [];
  HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(HEAD_RE, normalized, '-')) !== null) {
    const n = captures(m).n;
    if (n !== undefined && !plausible(n)) continue;
    const ours = !otherSectorBefore(normalized, m.index);
    if (ours) out.push(make(original, m.index, HEAD_RE.lastIndex, n));
    if (n === undefined) continue;
    // Lists only after the plural forms ("SGs 17 and 20", "Study Groups 13, 17 and 20").
    const plural = /^(?:SGs|[Ss]tudy [Gg]roups)/.test(m[0]);
    if (!plural) continue;
    HEAD_RE.lastIndex = scanListTail(normalized, HEAD_RE.lastIndex, COMMA_RE, AND_RE, (digits, end) => {
      if (ours && plausible(digits)) out.push(make(original, end - digits.length, end, digits));
    });
  }
  return out;
}

export function findStudyGroups(text: string): StudyGroupRef[] {
  return scanStudyGroups(normalizeForMatching(text), text);
}

export const studyGroupKind: ReferenceKind<StudyGroupRef> = {
  id: 'study-group',
  label: 'study group',
  trigger: /SG|tudy|TSAG/,
  specificity: 9,
  scan: scanStudyGroups,
};
