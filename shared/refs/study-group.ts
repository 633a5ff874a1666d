/**
 * Study groups: `SG17`, `SG 17`, `Study Group 17`, `Study Groups 13, 17 and 20`, `SGs 17 and 20`,
 * `ITU-T Study Groups 2 and 20`, and `TSAG`.
 *
 *   sg    := \b ('SG' [' '] | 'SGs ' | ('Study Group' | 'study group') ['s'] ' ') n \b      n := 1*2digit
 *   list  := sg *( ', ' n ) [ [','] ' and ' n ]
 *   tsag  := \b 'TSAG' \b          (not inside ids: not next to '-')
 *
 * Numbers 0 and above 21 are not study groups. Canonical id `SG17` / `TSAG`. The first group spans its words and number; later list items span their number.
 * `SG12-TD648` is a TD (find-references resolves the overlap in favour of the longer TD).
 */
import type { StudyGroupRef } from './types';
import { normalizeForMatching } from '../text/normalize';
import { nextAtBoundary, scanListTail } from './scan';

const END = String.raw`(?![A-Za-z0-9_]|\/\d|\.\d|-\d)`;
const HEAD_RE = new RegExp(
  String.raw`(?:SGs? ?|[Ss]tudy [Gg]roups? )(\d{1,2})${END}|TSAG(?![A-Za-z0-9_-])`,
  'g',
);
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
  if (normalized.indexOf('SG') < 0 && normalized.indexOf('tudy') < 0 && normalized.indexOf('TSAG') < 0) return out;
  HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(HEAD_RE, normalized, '-')) !== null) {
    if (m[1] !== undefined && !plausible(m[1])) continue;
    out.push(make(original, m.index, HEAD_RE.lastIndex, m[1]));
    if (m[1] === undefined) continue;
    // Lists only after the plural forms ("SGs 17 and 20", "Study Groups 13, 17 and 20").
    const plural = /^(?:SGs|[Ss]tudy [Gg]roups)/.test(m[0]);
    if (!plural) continue;
    HEAD_RE.lastIndex = scanListTail(normalized, HEAD_RE.lastIndex, COMMA_RE, AND_RE, (digits, end) => {
      if (plausible(digits)) out.push(make(original, end - digits.length, end, digits));
    });
  }
  return out;
}

export function findStudyGroups(text: string): StudyGroupRef[] {
  return scanStudyGroups(normalizeForMatching(text), text);
}
