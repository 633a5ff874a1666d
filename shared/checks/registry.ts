/**
 * The table of rules, in the order the add-in lists them. Everything that knows the list of rules reads it from here:
 * `RuleId`, the add-in's switches, the CLI's `--rules`, SARIF's rules (and a test holds README.md's table to it).
 */
import { actionDuplicate } from './rules/action-duplicate';
import { actionInline } from './rules/action-inline';
import { actionSequence } from './rules/action-sequence';
import { agendaNumbering } from './rules/agenda-numbering';
import { annexMissing } from './rules/annex-missing';
import { dateInvalid } from './rules/date-invalid';
import { dateYearMissing } from './rules/date-year-missing';
import { meetingDeadline } from './rules/meeting-deadline';
import { meetingOrder } from './rules/meeting-order';
import { meetingWeekend } from './rules/meeting-weekend';
import { actionTdMissing } from './rules/action-td-missing';
import { meetingTimezone } from './rules/meeting-timezone';
import { resolutionMismatch } from './rules/resolution-mismatch';
import { sgUnknown } from './rules/sg-unknown';
import { statusDuplicate } from './rules/status-duplicate';
import { statusMeetingTag } from './rules/status-meeting-tag';
import { statusMissing } from './rules/status-missing';
import { statusVocabulary } from './rules/status-vocabulary';
import { tdRevision } from './rules/td-revision';
import { tdTitleMismatch } from './rules/td-title-mismatch';
import { tdUnknown } from './rules/td-unknown';
import { wtsaActionUnknown } from './rules/wtsa-action-unknown';
import type { Rule } from './rule';

export const RULES = [
  agendaNumbering,
  actionDuplicate,
  actionSequence,
  actionInline,
  actionTdMissing,
  annexMissing,
  tdUnknown,
  tdRevision,
  tdTitleMismatch,
  sgUnknown,
  wtsaActionUnknown,
  resolutionMismatch,
  statusVocabulary,
  statusMeetingTag,
  statusDuplicate,
  statusMissing,
  dateInvalid,
  dateYearMissing,
  meetingTimezone,
  meetingDeadline,
  meetingOrder,
  meetingWeekend,
] as const;

/** `'agenda-numbering' | 'action-duplicate' | ...`: the ids of the rules in the table. */
export type RuleId = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, Rule<RuleId>>(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule<RuleId> | undefined {
  return BY_ID.get(id);
}

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}
