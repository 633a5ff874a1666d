/**
 * meeting-order: e-meeting plan rows out of order: a row number skipped or repeated (`1, 2, 4`), or a meeting
 * dated on or before the row above it (a wrong month or year is the usual slip).
 */
import { rowDate } from '../deadlines';
import { defineRule, type RuleFinding } from '../rule';

export const meetingOrder = defineRule({
  id: 'meeting-order',
  severity: 'warning',
  title: 'E-meeting plan out of order',
  description: 'Rows of an e-meetings plan should be numbered 1, 2, 3... and dated in increasing order.',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const plan of ctx.agenda.emeetings) {
      let previousIndex: number | null = null;
      let previousDate: { iso: string; text: string } | null = null;
      for (const row of plan.rows) {
        if (row.index !== null) {
          if (previousIndex !== null && row.index !== previousIndex + 1) {
            const message =
              row.index === previousIndex
                ? `row ${row.index} is numbered twice`
                : `row ${row.index} follows row ${previousIndex}`;
            findings.push({ start: row.start, end: indexEnd(ctx.text, row.start), message });
          }
          previousIndex = row.index;
        }
        const iso = rowDate(row);
        if (iso && row.date) {
          if (previousDate && iso <= previousDate.iso) {
            findings.push({
              start: row.date.start,
              end: row.date.end,
              message: `meeting of ${row.date.text.trim()} is ${iso === previousDate.iso ? 'on the same day as' : 'before'} the row above (${previousDate.text})`,
            });
          }
          previousDate = { iso, text: row.date.text.trim() };
        }
      }
    }
    return findings;
  },
});

/** The row's first cell (its number), for a short excerpt. */
function indexEnd(text: string, start: number): number {
  const m = /^[\t ]*\d{1,3}\.?/.exec(text.slice(start, start + 12));
  return m ? start + m[0].length : start + 1;
}
