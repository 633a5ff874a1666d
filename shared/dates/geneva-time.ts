/**
 * Geneva local time (IANA Europe/Zurich): CET (UTC+1) in winter, CEST (UTC+2) from the last Sunday of March to the
 * last Sunday of October (EU rule since 1996; the switch happens at 01:00 UTC). Computed, no year table.
 *
 * For a calendar date (`YYYY-MM-DD`) the zone is the one in force for most of that day: the March switch day
 * counts as CEST, the October switch day as CET. For an instant (ISO with time and `Z`/offset, or a Date) the exact
 * 01:00 UTC switch applies.
 */
export type GenevaZone = 'CET' | 'CEST';

/** Day of month of the last Sunday of `month` (1-12) in `year`. */
export function lastSundayOf(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0)); // day 0 of next month = last day of this month
  return last.getUTCDate() - last.getUTCDay();
}

/** UTC instants (ms) when CEST starts and ends in `year`. */
export function summerTimeBounds(year: number): { startMs: number; endMs: number } {
  return {
    startMs: Date.UTC(year, 2, lastSundayOf(year, 3), 1),
    endMs: Date.UTC(year, 9, lastSundayOf(year, 10), 1),
  };
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function zoneOfInstant(ms: number): GenevaZone {
  const year = new Date(ms).getUTCFullYear();
  const { startMs, endMs } = summerTimeBounds(year);
  return ms >= startMs && ms < endMs ? 'CEST' : 'CET';
}

/**
 * `CET` or `CEST` for an ISO date (`2025-10-26`), an ISO instant (`2025-10-26T00:30:00Z`) or a Date.
 * Throws a RangeError naming the input when it is not a date.
 */
export function genevaZone(date: string | Date): GenevaZone {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('genevaZone: invalid Date');
    return zoneOfInstant(date.getTime());
  }
  const m = DATE_ONLY.exec(date);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) throw new RangeError(`genevaZone: not a date: ${JSON.stringify(date)}`);
    // Noon UTC lies after the 01:00 UTC switch: the switch day takes the new zone.
    return zoneOfInstant(Date.UTC(year, month - 1, day, 12));
  }
  const ms = Date.parse(date);
  if (Number.isNaN(ms)) throw new RangeError(`genevaZone: not an ISO date or instant: ${JSON.stringify(date)}`);
  return zoneOfInstant(ms);
}

/** Offset of Geneva time from UTC in minutes: 60 (CET) or 120 (CEST). */
export function genevaOffsetMinutes(date: string | Date): 60 | 120 {
  return genevaZone(date) === 'CEST' ? 120 : 60;
}
