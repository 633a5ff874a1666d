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
import type { Span } from '../text/spans';
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

/** A time whose captures are named after `p` (`fromH`, `fromM`, `fromAp`; `fromH12` ... for the `1 pm` form). */
const time = (p: string) =>
  String.raw`(?:(?<${p}H>\d{1,2})[:h](?<${p}M>\d{2})(?![0-9])(?: ?(?<${p}Ap>[ap])\.?m\.?(?![A-Za-z]))?` +
  String.raw`|(?<${p}H12>\d{1,2})(?::(?<${p}M12>\d{2}))? ?(?<${p}Ap12>[ap])\.?m\.?(?![A-Za-z]))`;
const ZONE_NAME = 'CEST|CET|UTC|GMT|Geneva time';
const ZONE = String.raw`(?:[ \t]{0,3}(?:\((?<zoneParen>${ZONE_NAME})\)|(?<zone>${ZONE_NAME})))?`;
const RE = new RegExp(
  String.raw`(?<![A-Za-z0-9_:.])${time('from')}(?:[ \t]{0,3}(?:[-\u2013\u2014]|to)[ \t]{0,3}${time('to')})?${ZONE}(?![A-Za-z0-9])`,
  'g',
);

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
    const g: Partial<Record<string, string>> = m.groups ?? {};
    const from = clock(g.fromH, g.fromM, g.fromAp) ?? clock(g.fromH12, g.fromM12, g.fromAp12);
    if (from === null) continue;
    const hasEnd = g.toH !== undefined || g.toH12 !== undefined;
    const to = hasEnd ? (clock(g.toH, g.toM, g.toAp) ?? clock(g.toH12, g.toM12, g.toAp12)) : null;
    if (hasEnd && to === null) continue;
    const end = RE.lastIndex;
    const zone = g.zoneParen ?? g.zone ?? null;
    let zoneSpan: Span | null = null;
    if (zone !== null) {
      const zoneEnd = g.zoneParen !== undefined ? end - 1 : end;
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
