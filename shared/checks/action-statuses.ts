/** The action rows of the annex tables (WTSA-24 actions and action-plan items) with the label they go by. */
import type { StatusLine } from '../agenda/types';
import type { Span } from '../text/spans';
import type { RuleContext } from './rule';

export interface ActionRow {
  /** `WTSA-24 action 7` or `action 73-06`. */
  label: string;
  /** The row's number/id cell. */
  idSpan: Span;
  statuses: StatusLine[];
}

export function actionRows(ctx: RuleContext): ActionRow[] {
  const rows: ActionRow[] = [
    ...ctx.agenda.wtsaActions.map((a) => ({
      label: `WTSA-24 action ${a.number}`,
      idSpan: a.numberSpan,
      statuses: a.statuses,
    })),
    ...ctx.agenda.planActions.map((a) => ({ label: `action ${a.id}`, idSpan: a.idSpan, statuses: a.statuses })),
  ];
  return rows.sort((a, b) => a.idSpan.start - b.idSpan.start);
}

/** Year and month of the meeting the document is for (from the caller's or the detected meeting). */
export function meetingMonths(ctx: RuleContext): { year: number; month: number }[] {
  if (!ctx.meeting) return [];
  const months = [ctx.meeting.start, ctx.meeting.end]
    .filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}/.test(d))
    .map((d) => ({ year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)) }));
  return months;
}

/** True when the status line is tagged with the document's meeting. */
export function isCurrentStatus(ctx: RuleContext, status: StatusLine): boolean {
  const tag = status.meeting;
  if (!tag) return false;
  const months = meetingMonths(ctx);
  if (months.length > 0) return months.some((m) => m.year === tag.year && m.month === tag.month);
  return ctx.currentTag !== null && tag.id === ctx.currentTag;
}

/** True when the status line's tag is later than the document's meeting (known meetings only). */
export function isAfterMeeting(ctx: RuleContext, status: StatusLine): boolean {
  const tag = status.meeting;
  const months = meetingMonths(ctx);
  if (!tag || months.length === 0) return false;
  return tag.year * 12 + tag.month > Math.max(...months.map((m) => m.year * 12 + m.month));
}
