/**
 * Geneva local time (IANA Europe/Zurich): CET (UTC+1) in winter, CEST (UTC+2) in summer. The platform's time-zone
 * data decides (`Intl.DateTimeFormat` in `Europe/Zurich`), not a rule written here: it follows the data if the
 * rule ever changes (today: last Sunday of March to last Sunday of October, switching at 01:00 UTC).
 *
 * For a calendar date (`YYYY-MM-DD`) the zone is the one in force for most of that day, i.e. at noon UTC: the March
 * switch day counts as CEST, the October switch day as CET. For an instant (ISO with time and `Z`/offset, or a
 * Date) the zone in force at that instant.
 */
export type GenevaZone = 'CET' | 'CEST';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

let zurich: Intl.DateTimeFormat | undefined;

/** Minutes Geneva is ahead of UTC at `ms`: its wall clock read as if it were UTC, minus the instant. */
function offsetMinutesAt(ms: number): number {
  zurich ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Zurich',
    hourCycle: 'h23',
    year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
  });
  const part: Record<string, number> = {};
  for (const p of zurich.formatToParts(ms)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const wall = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute);
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

function zoneOfInstant(ms: number): GenevaZone {
  return offsetMinutesAt(ms) === 120 ? 'CEST' : 'CET';
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
