/**
 * status-missing: an action row with no status for the document's meeting. Rows with an untagged status line, or
 * one tagged after the meeting, are left to status-meeting-tag (that line is most likely the missing status with
 * a missing or mistyped tag): one finding per slip.
 */
import { defineRule, type RuleFinding } from '../rule';
import { actionRows, isCurrentStatus, isAfterMeeting } from '../action-statuses';

export const statusMissing = defineRule({
  id: 'status-missing',
  severity: 'warning',
  title: 'No status for this meeting',
  description: 'Every action of the status tables should have a status line for the current meeting.',
  fixable: false,
  check(ctx) {
    if (!ctx.currentTag) return [];
    const findings: RuleFinding[] = [];
    for (const row of actionRows(ctx)) {
      if (row.statuses.some((s) => !s.meeting || isCurrentStatus(ctx, s) || isAfterMeeting(ctx, s))) continue;
      findings.push({
        start: row.idSpan.start,
        end: row.idSpan.end,
        message: `${row.label} has no status line for ${ctx.currentTag}`,
      });
    }
    return findings;
  },
});
