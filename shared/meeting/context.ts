/**
 * The meeting a document belongs to, read from its header: `(Geneva, 26-30 May 2025)`, `Geneva, 9-17 June 2026`,
 * and a group named near the top (`TSAG`, `Working Party 2/TSAG` → TSAG, `Study Group 17` / `SG17` /
 * `WP1/17` → SG17).
 *
 * When several `Place, date` headers appear (a WP closing plenary on one day inside the whole meeting), the widest
 * one wins, i.e. the range that contains the others.
 */
import type { MeetingContext } from './types';
import { studyPeriodOf } from './id';
import { findDates, type FoundDate } from '../dates/dates';
import { normalizeForMatching } from '../text/normalize';

/** Where to look for the group: the header area. */
const HEAD_CHARS = 4000;
const GROUP_RE = /(?<![A-Za-z0-9_-])(?:Working Party \d{1,2}\/(TSAG|\d{1,2})|WP ?\d{1,2}\/(TSAG|\d{1,2})|(TSAG)|Study Group (\d{1,2})|SG ?(\d{1,2}))(?![A-Za-z0-9_])/;
const PLACE_BEFORE = /(?:^|[(\n\t]|[\n\t(][ \t]*)[ \t]*([A-Z][A-Za-z\u00c0-\u017f.' -]{1,40}?),[ \t]{0,3}$/;

function groupOf(head: string): string | null {
  const m = GROUP_RE.exec(head);
  if (!m) return null;
  const wpOf = m[1] ?? m[2];
  if (wpOf !== undefined) return wpOf === 'TSAG' ? 'TSAG' : `SG${Number(wpOf)}`;
  if (m[3] !== undefined) return 'TSAG';
  return `SG${Number(m[4] ?? m[5])}`;
}

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
  const group = groupOf(n.slice(0, HEAD_CHARS)) ?? groupOf(n);
  if (group === null) return null;
  const studyPeriod = studyPeriodOf(best.start);
  if (studyPeriod === null) return null;
  return { group, place: best.place, start: best.start, end: best.end, studyPeriod };
}
