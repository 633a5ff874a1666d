/**
 * status-meeting-tag: a status line without its meeting tag (`Status and Comments: Not started.`), or tagged with
 * a meeting after the document's own. No fix: an untagged line may be an older status, not this meeting's.
 */
import { defineRule, type RuleFinding } from '../rule';
import { actionRows, isAfterMeeting } from '../action-statuses';

export const statusMeetingTag = defineRule({
  id: 'status-meeting-tag',
  severity: 'warning',
  title: 'Status line without (or with a future) meeting tag',
  description:
    'Each status line should say which meeting it records (`TSAG 05-2025: Started, ...`); a tag after the meeting of the document is a typo.',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    const expected = ctx.currentTag ? ` (\`${ctx.currentTag}: ...\`)` : '';
    for (const row of actionRows(ctx)) {
      for (const status of row.statuses) {
        const tag = status.meeting;
        if (!tag) {
          findings.push({
            start: status.start,
            end: status.end,
            message: `status of ${row.label} has no meeting tag${expected}`,
          });
          continue;
        }
        if (isAfterMeeting(ctx, status)) {
          findings.push({
            start: tag.start,
            end: tag.end,
            message: `status of ${row.label} is tagged ${tag.id}, after this meeting (${ctx.currentTag ?? ctx.meeting?.start})`,
          });
        }
      }
    }
    return findings;
  },
});
