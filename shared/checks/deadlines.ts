/** Dates of the e-meeting plans: inferring a missing year, counting days between a deadline and its meeting. */
import type { AgendaStructure, DateValue, EMeetingRow } from '../agenda/types';

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
  const iso = `${year}-${pad(deadline.month)}-${pad(deadline.day)}`;
  return isRealDate(iso) ? iso : null;
}

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
