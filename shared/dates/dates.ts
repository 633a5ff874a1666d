/**
 * Calendar dates as people write them in agendas: `29 May 2025`, `26-30 May 2025`, `26–30 May 2025`,
 * `30 May – 2 June 2025`, `1st July 2025`, `5 November` (no year), `3 September\u00a0 2025`, `Sept. 3, 2025`, `31 September 2026`
 * (found, `valid: false`).
 *
 *   day   := 1*2digit ['st' | 'nd' | 'rd' | 'th']
 *   date  := \b day [[' '+ month1] ' '* ('-'|'–'|'—') ' '* day2] ' '+ month ['.'] [[','] ' '+ year] \b   (month1: cross-month range)
 *   date  |= \b month ['.'] ' '+ day [',' ] ' '+ year \b           (US order; the year is then required)
 *   month := English name or abbreviation (Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec), capitalized
 *
 * Result objects are `DateValue`s (shared/agenda/types) plus `rangeEnd` for ranges.
 */
import type { DateValue } from '../agenda/types';
import { normalizeForMatching } from '../text/normalize';

export interface CalendarDate {
  day: number;
  month: number;
  year: number | null;
  iso: string | null;
  valid: boolean;
}

export interface FoundDate extends DateValue {
  /** Last day of a range (`26-30 May 2025`), absent for a single date. */
  rangeEnd?: CalendarDate;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`;
const DASH = String.raw` {0,3}[-\u2013\u2014] {0,3}`;
const SP = String.raw`[ \t]{1,4}`;
const YEAR = String.raw`(?:,?${SP}(\d{4})(?![0-9]))?`;
const AFTER_MONTH = String.raw`(?<=[a-z])\.?`;
// 1 day, 2 month of day (cross-month range), 3 end day, 4 month, 5 year
const ORD = '(?:st|nd|rd|th)?';
const DAY_FIRST = String.raw`(?<![A-Za-z0-9_.:/-])(\d{1,2})${ORD}(?:(?:${SP}${MONTH}${AFTER_MONTH})?${DASH}(\d{1,2})${ORD})?${SP}${MONTH}${AFTER_MONTH}(?![A-Za-z])${YEAR}`;
// 6 month, 7 day, 8 year
const MONTH_FIRST = String.raw`(?<![A-Za-z0-9_])${MONTH}${AFTER_MONTH}${SP}(\d{1,2})(?![0-9]),?${SP}(\d{4})(?![0-9])`;
const RE = new RegExp(`${DAY_FIRST}|${MONTH_FIRST}`, 'g');

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isValidDate(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a year, 29 February may exist: check against a leap year.
  return day <= daysInMonth(year ?? 2024, month);
}

export function calendarDate(day: number, month: number, year: number | null): CalendarDate {
  const valid = isValidDate(year, month, day);
  return { day, month, year, iso: valid && year !== null ? toIsoDate(year, month, day) : null, valid };
}

/** ISO date `n` days after `iso` (negative goes back). Throws a RangeError for a malformed date. */
export function addDays(iso: string, n: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`addDays: not an ISO date: ${JSON.stringify(iso)}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + n));
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** English weekday name of an ISO date. Throws a RangeError for a malformed date. */
export function dayOfWeek(iso: string): Weekday {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`dayOfWeek: not an ISO date: ${JSON.stringify(iso)}`);
  return WEEKDAYS[new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()];
}

export function scanDates(normalized: string, original: string = normalized): FoundDate[] {
  const out: FoundDate[] = [];
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE.exec(normalized)) !== null) {
    const start = m.index;
    const end = RE.lastIndex;
    const text = original.slice(start, end);
    if (m[1] !== undefined) {
      const year = m[5] !== undefined ? Number(m[5]) : null;
      const endMonth = monthNumber(m[4]) ?? 1;
      const startMonth = m[2] !== undefined ? (monthNumber(m[2]) ?? endMonth) : endMonth;
      const first = calendarDate(Number(m[1]), startMonth, year);
      const found: FoundDate = { start, end, text, ...first };
      if (m[3] !== undefined) {
        // A cross-month range ending in January (`28 December - 3 January 2026`) starts the year before.
        if (year !== null && startMonth > endMonth) Object.assign(found, calendarDate(Number(m[1]), startMonth, year - 1));
        found.rangeEnd = calendarDate(Number(m[3]), endMonth, year);
      }
      out.push(found);
    } else {
      const date = calendarDate(Number(m[7]), monthNumber(m[6]) ?? 1, Number(m[8]));
      out.push({ start, end, text, ...date });
    }
  }
  return out;
}

/** Every date (and date range) in `text`, sorted by start. */
export function findDates(text: string): FoundDate[] {
  return scanDates(normalizeForMatching(text), text);
}

/** Parses a string that is exactly one date or range (surrounding spaces ignored); null otherwise. */
export function parseDateText(s: string): FoundDate | null {
  const trimmed = s.trim();
  const found = findDates(trimmed);
  if (found.length !== 1 || found[0].start !== 0 || found[0].end !== trimmed.length) return null;
  return found[0];
}
