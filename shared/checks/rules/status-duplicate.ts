/**
 * status-duplicate: the same status twice in one action (92-01: `Started, JCA-IMT2020 continuation` untagged and
 * tagged). The same words at two different meetings are history, not a duplicate. Reported on the untagged copy.
 */
import type { StatusLine } from '../../agenda/types';
import { defineRule, type RuleFinding } from '../rule';
import { actionRows } from '../action-statuses';

export const statusDuplicate = defineRule({
  id: 'status-duplicate',
  severity: 'warning',
  title: 'Status repeated in one action',
  description: 'An action should not carry the same status twice for one meeting (or once tagged and once untagged): delete the copy.',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const row of actionRows(ctx)) {
      const statuses = row.statuses;
      const reported = new Set<StatusLine>();
      for (let i = 0; i < statuses.length; i++) {
        for (let j = i + 1; j < statuses.length; j++) {
          const a = statuses[i];
          const b = statuses[j];
          if (!sameStatus(a, b)) continue;
          const sameMeeting = !a.meeting || !b.meeting || a.meeting.id === b.meeting.id;
          if (!sameMeeting) continue;
          const copy = !a.meeting ? a : b;
          if (reported.has(copy)) continue;
          reported.add(copy);
          const other = copy === a ? b : a;
          findings.push({
            start: copy.start,
            end: copy.end,
            message: `status of ${row.label} repeats line ${ctx.lineAt(other.start)}${other.meeting ? ` (${other.meeting.id})` : ''}`,
          });
        }
      }
    }
    return findings;
  },
});

function sameStatus(a: StatusLine, b: StatusLine): boolean {
  const key = (s: StatusLine) =>
    `${(s.canonicalStatus ?? s.status ?? '').toLowerCase()}|${s.comment.replace(/[\s\u00a0]+/g, ' ').replace(/[.;,\s]+$/, '').trim().toLowerCase()}`;
  return key(a) === key(b) && key(a) !== '|';
}
