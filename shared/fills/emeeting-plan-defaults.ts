/**
 * What the e-meeting plan form starts from, read from the agenda: the rapporteur groups it names, and the rhythm
 * of the plan it already has (interval, count, times, deadline). The first date always falls after the meeting:
 * the plan's first date after it, else the plan's rhythm continued past it. Where the agenda has no plan, a
 * neutral house rhythm is used; nothing comes from any particular agenda.
 */
import type { AgendaStructure, EMeetingPlan } from '../agenda/types';
import type { MeetingContext } from '../meeting/types';
import { addDays, daysBetween, weekdayNumber } from '../dates/dates';

export interface EMeetingDefaults {
  /** Rapporteur groups the agenda names: those with a plan first, then in order of first mention. */
  groups: string[];
  /** The group these defaults are for (`''` when the agenda names none). */
  group: string;
  firstDate: string;
  everyWeeks: number;
  count: number;
  startTime: string;
  endTime: string;
  deadlineDays: number;
  /** Where the rhythm came from: the group's own plan, another plan of the agenda, or the house rhythm. */
  from: 'own-plan' | 'agenda-plan' | 'house';
}

/** A rhythm for agendas without a plan: two hours at Geneva midday (workable from Asia to the Americas). */
const HOUSE = { everyWeeks: 8, count: 4, startTime: '12:00', endTime: '14:00', deadlineDays: 7 };

/** `RG-WM`, also inside action codes (`RG-WM-3` names RG-WM). */
const GROUP_NAME = /\bRG-[A-Za-z][A-Za-z0-9]{0,11}(?![A-Za-z0-9])/g;

export function rapporteurGroupsOf(text: string, agenda: AgendaStructure): string[] {
  const planned = agenda.emeetings.flatMap((plan) => (plan.group ? [plan.group] : []));
  const mentioned = [...text.matchAll(GROUP_NAME)].map((m) => m[0]);
  return [...new Set([...planned, ...mentioned])];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The most frequent value (the first written on ties). */
function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

interface Rhythm {
  dates: string[];
  everyWeeks: number;
  count: number;
  startTime: string;
  endTime: string;
  deadlineDays: number;
}

function rhythmOf(plan: EMeetingPlan): Rhythm {
  const dates = [
    ...new Set(plan.rows.flatMap((row) => (row.date?.valid && row.date.iso ? [row.date.iso] : []))),
  ].sort();
  const gaps = dates.slice(1).map((date, i) => daysBetween(dates[i], date));
  const times = mostCommon(
    plan.rows.flatMap((row) => (row.startTime && row.endTime ? [`${row.startTime}-${row.endTime}`] : [])),
  );
  const leads = plan.rows
    .flatMap((row) => (row.date?.iso && row.deadline?.iso ? [daysBetween(row.deadline.iso, row.date.iso)] : []))
    .filter((d) => d >= 1 && d <= 60);
  const [startTime, endTime] = times ? times.split('-') : [HOUSE.startTime, HOUSE.endTime];
  return {
    dates,
    everyWeeks: gaps.length > 0 ? Math.min(52, Math.max(1, Math.round(median(gaps) / 7))) : HOUSE.everyWeeks,
    count: Math.min(52, Math.max(1, plan.rows.length)),
    startTime,
    endTime,
    deadlineDays: mostCommon(leads) ?? HOUSE.deadlineDays,
  };
}

/** The first day on or after `iso` that falls on `weekday`, or, without one, that is not a weekend day. */
function onOrAfter(iso: string, weekday: number | undefined): string {
  let day = iso;
  for (let i = 0; i < 7; i++) {
    const w = weekdayNumber(day);
    if (weekday === undefined ? w !== 0 && w !== 6 : w === weekday) return day;
    day = addDays(day, 1);
  }
  return iso;
}

/**
 * Defaults for `group` (the first group with a plan, else the first named, when not given). `today` stands in for
 * the meeting's last day when the meeting is not known.
 */
export function emeetingDefaults(
  text: string,
  agenda: AgendaStructure,
  options: { group?: string; meeting?: MeetingContext | null; today: string },
): EMeetingDefaults {
  const groups = rapporteurGroupsOf(text, agenda);
  const group = options.group?.trim() || groups[0] || '';
  const own = agenda.emeetings.find((plan) => plan.group === group && plan.rows.length > 0);
  const plan = own ?? agenda.emeetings.find((p) => p.rows.length > 0);
  const rhythm = plan ? rhythmOf(plan) : { ...HOUSE, dates: [] };
  const meetingEnd = options.meeting?.end ?? options.meeting?.start ?? options.today;

  let firstDate: string;
  const ownDates = own ? rhythm.dates : [];
  const next = ownDates.find((date) => date > meetingEnd);
  if (next) {
    firstDate = next;
  } else if (ownDates.length > 0) {
    // The plan is behind the meeting: continue its rhythm past it.
    firstDate = ownDates[ownDates.length - 1];
    while (firstDate <= meetingEnd) firstDate = addDays(firstDate, 7 * rhythm.everyWeeks);
  } else {
    const usualDay = rhythm.dates.length > 0 ? mostCommon(rhythm.dates.map(weekdayNumber)) : undefined;
    firstDate = onOrAfter(addDays(meetingEnd, 7 * rhythm.everyWeeks), usualDay);
  }

  return {
    groups,
    group,
    firstDate,
    everyWeeks: rhythm.everyWeeks,
    count: rhythm.count,
    startTime: rhythm.startTime,
    endTime: rhythm.endTime,
    deadlineDays: rhythm.deadlineDays,
    from: own ? 'own-plan' : plan ? 'agenda-plan' : 'house',
  };
}
