/**
 * New status round: for the current meeting (`TSAG 01-2026`), one status line under each WTSA-24 action and each
 * action-plan item that has none for that meeting yet, pre-filled with the action's last tagged status for the
 * editor to review (placed after the row's last status line). Hosts put each line in a highlighted content control tagged `td-lens:status-round`. The line
 * starts with the meeting tag, so the parser sees it and a second run adds nothing.
 */
import type { AgendaStructure, StatusLine } from '../agenda/types';
import type { AgendaDocument } from '../document/model';
import { paragraphAt } from '../document/paragraphs';
import { STATUS_ROUND_TAG } from './tags';
import { FillError, type StatusRoundPlan } from './types';

const MEETING_TAG = /^[A-Z][A-Za-z0-9]* (0[1-9]|1[0-2])-\d{4}$/;
const STATUS_PREFIX = /^\s*Status\s+and\s+Comments\s*:?\s*/i;
const LEADING_TAG = /^[A-Z][A-Za-z0-9]*\s+\d{1,2}-\d{4}\s*:?\s*/;

/** `Started, LS in TD142.` from `TSAG 05-2025:  Started, LS in TD142.` (or the untagged `Status and Comments: ...`). */
function lastStatusText(doc: AgendaDocument, line: StatusLine): string {
  let rest = line.meeting ? doc.text.slice(line.meeting.end, line.end) : line.text;
  rest = rest.replace(STATUS_PREFIX, '').replace(/^\s*:\s*/, '');
  if (!line.meeting) rest = rest.replace(LEADING_TAG, '');
  rest = rest.replace(/\s+/g, ' ').trim();
  // A misspelt status word (`No Started`) is pre-filled in its vocabulary form; the editor reviews the line anyway.
  if (line.status && line.canonicalStatus && line.status !== line.canonicalStatus && rest.startsWith(line.status)) {
    rest = line.canonicalStatus + rest.slice(line.status.length);
  }
  return rest;
}

interface ActionStatuses {
  label: string;
  statuses: StatusLine[];
}

export function planStatusRound(doc: AgendaDocument, agenda: AgendaStructure, meetingTag: string): StatusRoundPlan {
  const meeting = meetingTag.trim().replace(/\s+/g, ' ');
  if (!MEETING_TAG.test(meeting)) {
    throw new FillError('status-round', `meeting "${meetingTag}" is not a meeting tag like TSAG 01-2026`);
  }
  const plan: StatusRoundPlan = {
    kind: 'status-round',
    tag: STATUS_ROUND_TAG,
    meeting,
    inserts: [],
    alreadyDone: [],
    warnings: [],
  };
  const actions: ActionStatuses[] = [
    ...agenda.wtsaActions.map((a) => ({ label: `WTSA-24 action ${a.number}`, statuses: a.statuses })),
    ...agenda.planActions.map((a) => ({ label: a.id, statuses: a.statuses })),
  ];
  if (actions.length === 0) plan.warnings.push('No WTSA-24 actions or action-plan items found (Annex 2 / 2a).');
  for (const { label, statuses } of actions) {
    if (statuses.some((s) => s.meeting?.id === meeting)) {
      plan.alreadyDone.push(label);
      continue;
    }
    const last = statuses.at(-1);
    if (!last) {
      plan.warnings.push(`${label} has no "Status and Comments" line to add to; add one by hand.`);
      continue;
    }
    const paragraph = paragraphAt(doc, Math.max(last.start, last.end - 1));
    if (!paragraph) {
      plan.warnings.push(`${label}: its status line is not in a paragraph; skipped.`);
      continue;
    }
    // Pre-fill from the last tagged line. A row with untagged lines only gets an empty status: a copy of an
    // untagged line would read as a duplicate of it (status-duplicate), and which meeting it records is unknown.
    const lastTagged = statuses.findLast((s) => s.meeting !== null);
    const previous = lastTagged ? lastStatusText(doc, lastTagged) : '';
    plan.inserts.push({
      action: label,
      afterParagraphIndex: paragraph.index,
      afterOffset: paragraph.end,
      text: previous ? `${meeting}: ${previous}` : `${meeting}: `,
    });
  }
  return plan;
}
