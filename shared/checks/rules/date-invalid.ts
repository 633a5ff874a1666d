/** date-invalid: a date that does not exist (`31 September 2026`, `29 February 2025`). */
import { findDates } from '../../dates/dates';
import { defineRule, type RuleFinding } from '../rule';

export const dateInvalid = defineRule({
  id: 'date-invalid',
  severity: 'error',
  title: 'Date that does not exist',
  description:
    'A meeting or deadline date must exist in the calendar (no 31 September, no 29 February outside leap years).',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const date of findDates(ctx.text)) {
      if (date.valid) continue;
      findings.push({
        start: date.start,
        end: date.end,
        message: `${date.text.replace(/[\s\u00a0]+/g, ' ')} does not exist`,
      });
    }
    return findings;
  },
});
