/**
 * meeting-weekend: an e-meeting or a contribution deadline on a Saturday or Sunday: ITU e-meetings run on working
 * days, so a weekend date is usually a wrong day or month.
 */
import { dayOfWeek } from '../../dates/dates';
import { deadlineIso, eMeetingRows, rowDate } from '../deadlines';
import { defineRule, type RuleFinding } from '../rule';

export const meetingWeekend = defineRule({
  id: 'meeting-weekend',
  severity: 'warning',
  title: 'E-meeting or deadline on a weekend',
  description:
    'E-meetings and contribution deadlines fall on working days; a Saturday or Sunday usually means a wrong day or month.',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const row of eMeetingRows(ctx.agenda)) {
      const meeting = rowDate(row);
      if (meeting && row.date && isWeekend(meeting)) {
        findings.push({
          start: row.date.start,
          end: row.date.end,
          message: `e-meeting on ${row.date.text.trim()}, a ${dayOfWeek(meeting)}`,
        });
      }
      const deadline = deadlineIso(row);
      if (deadline && row.deadline && isWeekend(deadline)) {
        findings.push({
          start: row.deadline.start,
          end: row.deadline.end,
          message: `deadline ${row.deadline.text.trim()} is a ${dayOfWeek(deadline)}`,
        });
      }
    }
    return findings;
  },
});

function isWeekend(iso: string): boolean {
  const day = dayOfWeek(iso);
  return day === 'Saturday' || day === 'Sunday';
}
