/**
 * ITU's ids of meetings and groups, and the study period a meeting falls in: written once here for everything that
 * reads or writes them (document ids and URLs, ITU's index files, registers, TD references, the meeting forms).
 *
 *   meeting-id := group-id '-' yymmdd          T25-SG12-250909: SG12's meeting that opened on 9 September 2025
 *   group-id   := 'T' period '-' group         T25-SG12: SG12 in the 2025-2028 study period (its contributions)
 *   period     := 2digit                       25 (2025-2028), 22, 17, 13, 09: the year the period began
 *   group      := 'TSAG' | 'SG' 1*2digit       no space, as ITU's ids write it
 *   yymmdd     := 6digit                       the first day of the meeting (20yy; 19yy from 70 on)
 *
 * Read in any case (`t25-sg12-250909`), written in upper case.
 */
import type { MeetingContext } from './types';

const GROUP = String.raw`TSAG|SG\d{1,2}`;

/** Study periods by the day after the WTSA that opened them (not a formula: T22 started late). */
const PERIOD_STARTS: readonly { from: string; period: number }[] = [
  { from: '2024-10-25', period: 25 },
  { from: '2022-03-10', period: 22 },
  { from: '2016-11-04', period: 17 },
  { from: '2012-11-30', period: 13 },
  { from: '2008-10-31', period: 9 },
];

/** Study period (25, 22, 17, 13, 9) of a meeting starting on ISO date `iso`; null before 2008-10-31 or when malformed. */
export function studyPeriodOf(iso: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const day = iso.slice(0, 10);
  for (const p of PERIOD_STARTS) if (day >= p.from) return p.period;
  return null;
}

/** The period as ids and URL paths write it: `25`, `09`. */
export const periodDigits = (period: number): string => String(period).padStart(2, '0');

/** Names for the parts a pattern below captures; a part without a name is matched, not captured. */
export interface IdCaptures {
  period?: string;
  group?: string;
  day?: string;
}

const part = (source: string, name: string | undefined) => (name ? `(?<${name}>${source})` : `(?:${source})`);

/** A group id (`T25-SG12`) as regular-expression source, to build into larger patterns (no anchors, no flags). */
export function groupIdPattern(captures: IdCaptures = {}): string {
  return `T${part(String.raw`\d{2}`, captures.period)}-${part(GROUP, captures.group)}`;
}

/** A meeting id (`T25-SG12-250909`) as regular-expression source (no anchors, no flags). */
export function meetingIdPattern(captures: IdCaptures = {}): string {
  return `${groupIdPattern(captures)}-${part(String.raw`\d{6}`, captures.day)}`;
}

const CAPTURES = { period: 'period', group: 'group', day: 'day' };
const MEETING_ID_RE = new RegExp(`^${meetingIdPattern(CAPTURES)}$`, 'i');
const GROUP_ID_RE = new RegExp(`^${groupIdPattern(CAPTURES)}$`, 'i');
const GROUP_RE = new RegExp(`^(?:${GROUP})$`, 'i');

/** True for a group as ITU's ids write it: `TSAG`, `SG12` (any case). */
export function isItuGroup(group: string): boolean {
  return GROUP_RE.test(group);
}

/** `250909` → `2025-09-09` (`990301` → `1999-03-01`). */
export function yymmddToIso(yymmdd: string): string {
  const yy = Number(yymmdd.slice(0, 2));
  return `${yy >= 70 ? 1900 + yy : 2000 + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

/** `T25-TSAG-250526`: study period, group, first day as yymmdd. */
export function meetingId(ctx: Pick<MeetingContext, 'group' | 'start' | 'studyPeriod'>): string {
  const yymmdd = ctx.start.slice(2, 4) + ctx.start.slice(5, 7) + ctx.start.slice(8, 10);
  return `${groupId(ctx)}-${yymmdd}`;
}

/** `T25-SG12`: study period and group. */
export function groupId(ctx: Pick<MeetingContext, 'group' | 'studyPeriod'>): string {
  return `T${periodDigits(ctx.studyPeriod)}-${ctx.group.toUpperCase()}`;
}

/** `T25-TSAG-250526` → TSAG, first day 2025-05-26, study period 25: the inverse of `meetingId`; null otherwise. */
export function parseMeetingId(id: string): MeetingContext | null {
  const g = MEETING_ID_RE.exec(id.trim())?.groups;
  return g ? { group: g.group.toUpperCase(), start: yymmddToIso(g.day), studyPeriod: Number(g.period) } : null;
}

/** `T25-SG12` → SG12, study period 25: the inverse of `groupId`; null otherwise. */
export function parseGroupId(id: string): Pick<MeetingContext, 'group' | 'studyPeriod'> | null {
  const g = GROUP_ID_RE.exec(id.trim())?.groups;
  return g ? { group: g.group.toUpperCase(), studyPeriod: Number(g.period) } : null;
}
