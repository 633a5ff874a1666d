/**
 * Meeting tags of status lines: `TSAG 05-2025:`, `SG17 09-2025`.
 *
 *   tag := \b ('TSAG' | 'SG' [' '] 1*2digit) ' '+ month2 ('-' | '/') year4 \b      month2 := 01..12
 *
 * Canonical id `TSAG 05-2025` / `SG17 09-2025`.
 */
import type { MeetingTag } from '../agenda/types';
import { normalizeForMatching } from '../text/normalize';

const RE = /(?<![A-Za-z0-9_-])(?<group>TSAG|SG ?\d{1,2})[ \t]{1,3}(?<month>\d{1,2})[-/](?<year>\d{4})(?![0-9])/g;

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
    out.push({ start: m.index, end: RE.lastIndex, id: `${group} ${String(month).padStart(2, '0')}-${year}`, group, month, year });
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
