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
export function intlOffsetMinutes(ms: number): number {
  zurich ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Zurich',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const part: Record<string, number> = {};
  for (const p of zurich.formatToParts(ms)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const wall = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute);
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

interface NodeProcess {
  versions?: { node?: string };
  env: Record<string, string | undefined>;
}

/**
 * The same under Node, from the same zone data: Node's Date reads local time through ICU's time zones, and follows
 * `TZ` when it is set, so with `TZ=Europe/Zurich` for the reading (then put back) `getTimezoneOffset` is Geneva's.
 * It costs about a millisecond where the first `Intl.DateTimeFormat` costs twenty or more (ICU's locale data and
 * date patterns), on the command line's path to its first output. Null where that reading is not Geneva's: not
 * Node, or a Node without the zone (it falls back to UTC); see `nodeReadsZurich`.
 */
export function nodeOffsetMinutes(ms: number): number | null {
  const node = (globalThis as { process?: NodeProcess }).process;
  if (!node?.versions?.node) return null;
  const saved = node.env.TZ;
  node.env.TZ = 'Europe/Zurich';
  try {
    return -new Date(ms).getTimezoneOffset();
  } finally {
    if (saved === undefined) delete node.env.TZ;
    else node.env.TZ = saved;
  }
}

let nodeReads: boolean | undefined;
/** True once Node's reading gives Geneva's winter and summer offsets on two known days. */
function nodeReadsZurich(): boolean {
  return (nodeReads ??=
    nodeOffsetMinutes(Date.UTC(2025, 0, 15, 12)) === 60 && nodeOffsetMinutes(Date.UTC(2025, 6, 15, 12)) === 120);
}

/**
 * Each Node reading makes Node reload its zone data twice (TZ set, then put back): past this many readings in a
 * process, Intl's one-time set-up is the cheaper way (a command checks a few dates; a plan or a test, thousands).
 */
const NODE_READINGS = 64;
let nodeReadings = 0;

/** Minutes Geneva is ahead of UTC at `ms`, the cheapest way the platform offers for the work at hand. */
function offsetMinutesAt(ms: number): number {
  if (nodeReadings < NODE_READINGS && nodeReadsZurich()) {
    nodeReadings++;
    const offset = nodeOffsetMinutes(ms);
    if (offset !== null) return offset;
  }
  return intlOffsetMinutes(ms);
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
    if (month < 1 || month > 12 || day < 1 || day > 31)
      throw new RangeError(`genevaZone: not a date: ${JSON.stringify(date)}`);
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
