/**
 * Times and time ranges: `13:00 – 15:00 CEST`, `13:00-15:00 CET`, `12:00 UTC`, `13h00`, `1 pm`, `1:30 p.m.`,
 * `13:00 – 15:00 (Geneva time)`.
 *
 *   range := \b time [' '* ('-'|'–'|'to') ' '* time] [' '* zone] \b
 *   time  := hh (':' | 'h') mm  |  h [':' mm] ' '? ('am'|'pm'|'a.m.'|'p.m.')
 *   zone  := 'CEST' | 'CET' | 'UTC' | 'GMT' | '(Geneva time)' | 'Geneva time'  (with an optional '(' ')')
 *
 * `from`/`to` are 24-hour `HH:MM`; `zone` as written (`CEST`, `UTC`, `Geneva time`).
 */
import type { Span } from '../refs/types';
import { normalizeForMatching } from '../text/normalize';

export interface TimeRange extends Span {
  text: string;
  /** `13:00`. */
  from: string;
  /** `15:00`, null for a single time. */
  to: string | null;
  zone: string | null;
  zoneSpan: Span | null;
}

const CLOCK = String.raw`(\d{1,2})[:h](\d{2})(?![0-9])(?: ?([ap])\.?m\.?(?![A-Za-z]))?`;
const AMPM = String.raw`(\d{1,2})(?::(\d{2}))? ?([ap])\.?m\.?(?![A-Za-z])`;
const TIME = `(?:${CLOCK}|${AMPM})`;
const ZONE_NAME = 'CEST|CET|UTC|GMT|Geneva time';
const ZONE = String.raw`(?:[ \t]{0,3}(?:\((${ZONE_NAME})\)|(${ZONE_NAME})))?`;
const RE = new RegExp(
  String.raw`(?<![A-Za-z0-9_:.])${TIME}(?:[ \t]{0,3}(?:[-\u2013\u2014]|to)[ \t]{0,3}${TIME})?${ZONE}(?![A-Za-z0-9])`,
  'g',
);
// Groups: 1-3 clock (h, m, ap), 4-6 am/pm form (h, m, ap), 7-9 clock end, 10-12 am/pm end, 13 zone in parentheses, 14 zone.

function clock(h: string | undefined, m: string | undefined, ap: string | undefined): string | null {
  if (h === undefined) return null;
  let hour = Number(h);
  const minute = m === undefined ? 0 : Number(m);
  if (ap !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function scanTimeRanges(normalized: string, original: string = normalized): TimeRange[] {
  const out: TimeRange[] = [];
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE.exec(normalized)) !== null) {
    const from = clock(m[1], m[2], m[3]) ?? clock(m[4], m[5], m[6]);
    if (from === null) continue;
    const hasEnd = m[7] !== undefined || m[10] !== undefined;
    const to = hasEnd ? (clock(m[7], m[8], m[9]) ?? clock(m[10], m[11], m[12])) : null;
    if (hasEnd && to === null) continue;
    const end = RE.lastIndex;
    const zone = m[13] ?? m[14] ?? null;
    let zoneSpan: Span | null = null;
    if (zone !== null) {
      const zoneEnd = m[13] !== undefined ? end - 1 : end;
      zoneSpan = { start: zoneEnd - zone.length, end: zoneEnd };
    }
    const start = m.index;
    out.push({ start, end, text: original.slice(start, end), from, to, zone, zoneSpan });
  }
  return out;
}

export function findTimeRanges(text: string): TimeRange[] {
  return scanTimeRanges(normalizeForMatching(text), text);
}
