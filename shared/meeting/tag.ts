/**
 * Meeting tags of status lines: `TSAG 05-2025:`, `SG17 09-2025`.
 *
 *   tag := \b ('TSAG' | 'SG' [' '] 1*2digit) ' '+ month2 ('-' | '/') year4 \b      month2 := 01..12
 *
 * Canonical id `TSAG 05-2025` / `SG17 09-2025`, as `meetingTagOf` writes it for a meeting.
 */
import type { MeetingContext } from './types';
import type { Span } from '../text/spans';
import { normalizeForMatching } from '../text/normalize';

/** `TSAG 05-2025` at the head of a status line. */
export interface MeetingTag extends Span {
  /** Canonical `TSAG 05-2025`. */
  id: string;
  group: string;
  month: number;
  year: number;
}

const RE = /(?<![A-Za-z0-9_-])(?<group>TSAG|SG ?\d{1,2})[ \t]{1,3}(?<month>\d{1,2})[-/](?<year>\d{4})(?![0-9])/g;

/** `TSAG 05-2025`: the status-line tag of the meeting. */
export function meetingTagOf(ctx: Pick<MeetingContext, 'group' | 'start'>): string {
  return `${ctx.group} ${ctx.start.slice(5, 7)}-${ctx.start.slice(0, 4)}`;
}

export function scanMeetingTags(normalized: string): MeetingTag[] {
  const out: MeetingTag[] = [];
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE.exec(normalized)) !== null) {
    const g: Partial<Record<string, string>> = m.groups ?? {};
    const month = Number(g.month);
    if (month < 1 || month > 12) continue;
    const group = (g.group ?? '').replace(' ', '');
    const year = Number(g.year);
    out.push({
      start: m.index,
      end: RE.lastIndex,
      id: `${group} ${String(month).padStart(2, '0')}-${year}`,
      group,
      month,
      year,
    });
  }
  return out;
}

export function findMeetingTags(text: string): MeetingTag[] {
  return scanMeetingTags(normalizeForMatching(text));
}

/** Parses a tag written alone (`TSAG 05-2025`); null otherwise. */
export function parseMeetingTag(s: string): MeetingTag | null {
  const t = s.trim();
  const found = findMeetingTags(t);
  return found.length === 1 && found[0].start === 0 && found[0].end === t.length ? found[0] : null;
}

/**
 * The tag a status line starts with (`TSAG 05-2025: Started`) and how far it reaches with a colon after it; null when
 * the line starts otherwise.
 */
export function leadingMeetingTag(line: string): { tag: MeetingTag; length: number } | null {
  const first = findMeetingTags(line.slice(0, 40))[0];
  if (!first || first.start !== 0) return null;
  const colon = /^[ \t\u00a0]*:/.exec(line.slice(first.end));
  return { tag: first, length: first.end + (colon ? colon[0].length : 0) };
}
