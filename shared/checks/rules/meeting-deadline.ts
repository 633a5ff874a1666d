/**
 * meeting-deadline: a contribution deadline on or after its meeting date (error), or at an interval unlike the rest
 * of the plan (warning: 6 days where every other row has 7). The usual interval is the one most rows share, and
 * only counts when most rows share it.
 */
import { daysBetween } from '../../dates/dates';
import { deadlineIso, rowDate } from '../deadlines';
import { defineRule, type RuleFinding } from '../rule';

export const meetingDeadline = defineRule({
  id: 'meeting-deadline',
  severity: 'warning',
  title: 'Deadline after its meeting or off the usual interval',
  description:
    'A contribution deadline must come before its meeting, and a plan normally keeps one interval (for example 7 days) between deadline and meeting.',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const plan of ctx.agenda.emeetings) {
      const spans: { row: (typeof plan.rows)[number]; days: number }[] = [];
      for (const row of plan.rows) {
        const meeting = rowDate(row);
        const deadline = deadlineIso(row);
        if (!meeting || !deadline || !row.deadline) continue;
        spans.push({ row, days: daysBetween(deadline, meeting) });
      }
      for (const { row, days } of spans) {
        if (days > 0 || !row.deadline) continue;
        findings.push({
          start: row.deadline.start,
          end: row.deadline.end,
          severity: 'error',
          message: `deadline ${row.deadline.text.trim()} is ${days === 0 ? 'on' : 'after'} the meeting date ${row.date?.text.trim()}`,
        });
      }
      const before = spans.filter((s) => s.days > 0);
      const usual = mostCommon(before.map((s) => s.days));
      if (usual === null || before.length < 3) continue;
      const share = before.filter((s) => s.days === usual).length;
      if (share * 2 <= before.length) continue;
      for (const { row, days } of before) {
        if (days === usual || !row.deadline) continue;
        findings.push({
          start: row.deadline.start,
          end: row.deadline.end,
          message: `deadline ${row.deadline.text.trim()} is ${days} day${days === 1 ? '' : 's'} before the meeting of ${row.date?.text.trim()}; the other rows use ${usual}`,
        });
      }
    }
    return findings;
  },
});

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}
