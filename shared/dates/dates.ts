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
 * Result objects are `DateValue`s plus `rangeEnd` for ranges.
 *
 * Also the calendar arithmetic on ISO dates (`2025-09-10`) the rest of TD Lens uses, in UTC so that no local time
 * zone can shift a day, and the month and weekday names, written once here.
 */
import type { Span } from '../text/spans';
import { normalizeForMatching } from '../text/normalize';

/** A calendar date as written; `iso` is null when the year is missing or the date does not exist. */
export interface DateValue extends Span {
  text: string;
  day: number;
  month: number;
  year: number | null;
  iso: string | null;
  /** False for dates that do not exist (31 September). */
  valid: boolean;
}

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

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Every way a month is written, full names first: `January`, ..., `Jan`, ..., `Sept`, `Sep`, ... (`May` once). */
const MONTH_SPELLINGS: [string, number][] = [
  ...MONTH_NAMES.map((name, i): [string, number] => [name, i + 1]),
  ...MONTH_NAMES.flatMap((name, i): [string, number][] =>
    name === 'May'
      ? []
      : name === 'September'
        ? [
            ['Sept', 9],
            ['Sep', 9],
          ]
        : [[name.slice(0, 3), i + 1]],
  ),
];
const MONTHS = new Map(MONTH_SPELLINGS.map(([spelling, n]) => [spelling.toLowerCase(), n]));
/** A month name or abbreviation, capitalized, as a regex alternation (no capture group): `(?:January|...|Dec)`. */
export const MONTH = `(?:${MONTH_SPELLINGS.map(([spelling]) => spelling).join('|')})`;
const DASH = String.raw` {0,3}[-\u2013\u2014] {0,3}`;
const SP = String.raw`[ \t]{1,4}`;
const AFTER_MONTH = String.raw`(?<=[a-z])\.?`;
const ORD = '(?:st|nd|rd|th)?';
// `26-30 May 2025`, `30 May – 2 June 2025` (firstMonth: a cross-month range), `5 November`.
const DAY_FIRST = String.raw`(?<![A-Za-z0-9_.:/-])(?<day>\d{1,2})${ORD}(?:(?:${SP}(?<firstMonth>${MONTH})${AFTER_MONTH})?${DASH}(?<endDay>\d{1,2})${ORD})?${SP}(?<month>${MONTH})${AFTER_MONTH}(?![A-Za-z])(?:,?${SP}(?<year>\d{4})(?![0-9]))?`;
// `September 3, 2025`: the year is required.
const MONTH_FIRST = String.raw`(?<![A-Za-z0-9_])(?<usMonth>${MONTH})${AFTER_MONTH}${SP}(?<usDay>\d{1,2})(?![0-9]),?${SP}(?<usYear>\d{4})(?![0-9])`;
const RE = new RegExp(`${DAY_FIRST}|${MONTH_FIRST}`, 'g');

/** 1..12 for a month name or abbreviation in any case (`Sept.` → 9); null otherwise. */
export function monthNumber(name: string): number | null {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC midnight of an ISO date (surrounding spaces ignored), or null when the text is not an existing date. */
export function parseIsoDate(iso: string): Date | null {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]) ? date : null;
}

/** `parseIsoDate`, or a RangeError naming the caller and the input: malformed, or a day that does not exist. */
function isoDateOrThrow(iso: string, caller: string): Date {
  const date = parseIsoDate(iso);
  if (date) return date;
  const what = ISO_DATE.test(iso.trim()) ? 'not a date' : 'not an ISO date';
  throw new RangeError(`${caller}: ${what}: ${JSON.stringify(iso)}`);
}

/** ISO date `n` days after `iso` (negative goes back). Throws a RangeError for a malformed or impossible date. */
export function addDays(iso: string, n: number): string {
  const d = isoDateOrThrow(iso, 'addDays');
  d.setUTCDate(d.getUTCDate() + n);
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from ISO date `from` to `to` (negative when `to` comes first). Throws a RangeError for a malformed or impossible date. */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (isoDateOrThrow(to, 'daysBetween').getTime() - isoDateOrThrow(from, 'daysBetween').getTime()) / 86_400_000,
  );
}

/** Weekday of an ISO date, 0 = Sunday .. 6 = Saturday. Throws a RangeError for a malformed or impossible date. */
export function weekdayNumber(iso: string): number {
  return isoDateOrThrow(iso, 'weekdayNumber').getUTCDay();
}

/** English weekday name of an ISO date. Throws a RangeError for a malformed or impossible date. */
export function dayOfWeek(iso: string): Weekday {
  return WEEKDAYS[weekdayNumber(iso)];
}

/** `10 September 2025`: the way ITU agendas write dates, year always included. */
export function formatLongDate(iso: string): string {
  const d = isoDateOrThrow(iso, 'formatLongDate');
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function scanDates(normalized: string, original: string = normalized): FoundDate[] {
  const out: FoundDate[] = [];
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE.exec(normalized)) !== null) {
    const start = m.index;
    const end = RE.lastIndex;
    const text = original.slice(start, end);
    const g: Partial<Record<string, string>> = m.groups ?? {};
    if (g.day !== undefined) {
      const year = g.year !== undefined ? Number(g.year) : null;
      const endMonth = monthNumber(g.month ?? '') ?? 1;
      const startMonth = g.firstMonth !== undefined ? (monthNumber(g.firstMonth) ?? endMonth) : endMonth;
      const first = calendarDate(Number(g.day), startMonth, year);
      const found: FoundDate = { start, end, text, ...first };
      if (g.endDay !== undefined) {
        // A cross-month range ending in January (`28 December - 3 January 2026`) starts the year before.
        if (year !== null && startMonth > endMonth)
          Object.assign(found, calendarDate(Number(g.day), startMonth, year - 1));
        found.rangeEnd = calendarDate(Number(g.endDay), endMonth, year);
      }
      out.push(found);
    } else {
      const date = calendarDate(Number(g.usDay), monthNumber(g.usMonth ?? '') ?? 1, Number(g.usYear));
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
