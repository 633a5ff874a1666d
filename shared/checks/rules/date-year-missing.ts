/**
 * date-year-missing: an e-meeting contribution deadline without a year (`5 November`). Fix: add the year inferred
 * from the row's meeting date (`5 November 2025` for a 12 November 2025 meeting; December deadlines of a January
 * meeting get the year before).
 */
import { eMeetingRows, inferDeadlineYear, rowDate } from '../deadlines';
import { defineRule, type RuleFinding } from '../rule';

export const dateYearMissing = defineRule({
  id: 'date-year-missing',
  severity: 'warning',
  title: 'Deadline without a year',
  description: 'Contribution deadlines of an e-meeting plan should say the year: plans run across years.',
  fixable: true,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const row of eMeetingRows(ctx.agenda)) {
      const deadline = row.deadline;
      if (!deadline || deadline.year !== null) continue;
      const meeting = rowDate(row);
      const year = meeting ? inferDeadlineYear(deadline, meeting) : null;
      findings.push({
        start: deadline.start,
        end: deadline.end,
        message: `deadline ${deadline.text.trim()} has no year${year ? `; the meeting is on ${meeting}, so ${year}` : ''}`,
        ...(year
          ? {
              fix: {
                start: deadline.end,
                end: deadline.end,
                replacement: ` ${year}`,
                description: `Add the year: ${deadline.text.trim()} ${year}`,
              },
            }
          : {}),
      });
    }
    return findings;
  },
});
