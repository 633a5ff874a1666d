/**
 * The meeting a document belongs to, read from its header: a `Place, dates` line (`(Geneva, 26-30 May 2025)`,
 * `Geneva, 9-17 June 2026`, `Geneva, Switzerland, 9-18 September 2025`) and the group it names near the top
 * (group.ts: `TSAG`, `Working Party 2/TSAG` → TSAG, `Study Group 17` / `SG17` / `WP1/17` → SG17, `Q4/17 rapporteur
 * group` or `joint meeting of Q4/12 and Q5/12` → the study group of the Questions).
 *
 * When several `Place, date` headers appear (a WP closing plenary on one day inside the whole meeting), the widest
 * one wins, i.e. the range that contains the others.
 */
import type { MeetingContext } from './types';
import { namedGroup } from './group';
import { studyPeriodOf } from './id';
import { findDates, type FoundDate } from '../dates/dates';
import { normalizeForMatching } from '../text/normalize';

/** Where to look for the group: the header area. */
const HEAD_CHARS = 4000;
const PLACE_BEFORE =
  /(?:^|[(\n\t;]|[\n\t(;][ \t]*)[ \t]*([A-Z][A-Za-z\u00c0-\u017f.' -]{1,40}?)(?:,[ \t]{1,3}[A-Z][A-Za-z\u00c0-\u017f.' -]{1,30}?)?,[ \t]{0,3}$/;

interface Candidate {
  place: string;
  start: string;
  end: string;
}

function candidateOf(text: string, d: FoundDate): Candidate | null {
  if (d.iso === null || d.year === null) return null;
  const before = text.slice(Math.max(0, d.start - 48), d.start);
  const m = PLACE_BEFORE.exec(before);
  if (!m) return null;
  const end = d.rangeEnd?.iso ?? d.iso;
  if (end < d.iso) return null;
  return { place: m[1].trim(), start: d.iso, end };
}

export function detectMeetingContext(text: string): MeetingContext | null {
  const n = normalizeForMatching(text);
  const candidates: Candidate[] = [];
  for (const d of findDates(n)) {
    const c = candidateOf(n, d);
    if (c) candidates.push(c);
  }
  if (candidates.length === 0) return null;
  // Widest range first; on ties, the earliest written.
  let best = candidates[0];
  const days = (c: Candidate) => Date.parse(c.end) - Date.parse(c.start);
  for (const c of candidates) if (days(c) > days(best)) best = c;
  const group = namedGroup(n, HEAD_CHARS)?.group;
  if (!group) return null;
  const studyPeriod = studyPeriodOf(best.start);
  if (studyPeriod === null) return null;
  return { group, place: best.place, start: best.start, end: best.end, studyPeriod };
}
