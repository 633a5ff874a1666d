/**
 * Days the ITU in Geneva is closed, to warn when an e-meeting or deadline falls on one. A deliberately small list
 * of the holidays that recur every year and can be computed: New Year (1 and 2 January), Good Friday, Easter
 * Monday, Ascension, Whit Monday, Swiss National Day (1 August), Jeûne genevois (Thursday after the first Sunday
 * of September), Christmas (25 December) and Restoration of the Republic (31 December).
 * Uncertain: ITU publishes its official-holiday list yearly and it has varied (2 January, 31 December and Jeûne
 * genevois come from Geneva cantonal practice, not an ITU page seen); the Eid holidays the UN observes in Geneva
 * follow the lunar calendar and are left out. A warning, never a block: the editor decides.
 */
import { addDays, toIsoDate } from '../dates/dates';

export interface Holiday {
  iso: string;
  name: string;
}

/** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(year, month, day);
}

/** Thursday after the first Sunday of September. */
export function jeuneGenevois(year: number): string {
  const first = new Date(Date.UTC(year, 8, 1));
  const firstSunday = 1 + ((7 - first.getUTCDay()) % 7);
  return toIsoDate(year, 9, firstSunday + 4);
}

export function genevaHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number, name: string): Holiday => ({ iso: toIsoDate(year, month, day), name });
  return [
    fixed(1, 1, "New Year's Day"),
    fixed(1, 2, 'Day after New Year'),
    { iso: addDays(easter, -2), name: 'Good Friday' },
    { iso: addDays(easter, 1), name: 'Easter Monday' },
    { iso: addDays(easter, 39), name: 'Ascension' },
    { iso: addDays(easter, 50), name: 'Whit Monday' },
    fixed(8, 1, 'Swiss National Day'),
    { iso: jeuneGenevois(year), name: 'Jeûne genevois' },
    fixed(12, 25, 'Christmas Day'),
    fixed(12, 31, 'Restoration of the Republic'),
  ].sort((a, b) => a.iso.localeCompare(b.iso));
}

/** The holiday on an ISO date, if any. */
export function genevaHolidayOn(iso: string): Holiday | undefined {
  return genevaHolidays(Number(iso.slice(0, 4))).find((h) => h.iso === iso);
}
