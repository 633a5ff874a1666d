/** Dates of the e-meeting plans: the meeting day of a row, its deadline with a missing year inferred. */
import type { AgendaStructure, EMeetingRow } from '../agenda/types';
import { isValidDate, toIsoDate, type DateValue } from '../dates/dates';

/** Every row of every e-meeting plan, in document order (for rules that look at rows one by one). */
export function eMeetingRows(agenda: AgendaStructure): EMeetingRow[] {
  return agenda.emeetings.flatMap((plan) => plan.rows);
}

/** ISO date of the meeting of a row, when its date is complete and real. */
export function rowDate(row: EMeetingRow): string | null {
  return row.date?.valid && row.date.iso ? row.date.iso : null;
}

/** The year a yearless deadline falls in: the meeting's year, or the one before when its month is later. */
export function inferDeadlineYear(deadline: DateValue, meetingIso: string): number {
  const year = Number(meetingIso.slice(0, 4));
  const month = Number(meetingIso.slice(5, 7));
  return deadline.month > month ? year - 1 : year;
}

/** The deadline as an ISO date, completing a missing year from the meeting date; null when unknown or unreal. */
export function deadlineIso(row: EMeetingRow): string | null {
  const deadline = row.deadline;
  if (!deadline || !deadline.valid) return deadline?.iso ?? null;
  if (deadline.iso) return deadline.iso;
  const meeting = rowDate(row);
  if (!meeting) return null;
  const year = inferDeadlineYear(deadline, meeting);
  return isValidDate(year, deadline.month, deadline.day) ? toIsoDate(year, deadline.month, deadline.day) : null;
}
