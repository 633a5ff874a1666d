/**
 * meeting-timezone: Geneva time labelled CET on a summer-time (CEST) date or the other way round. EU rule: CEST
 * from the last Sunday of March to the last Sunday of October. Fix: the right label (the plan says "Geneva time",
 * so the label is what is wrong, not the hours).
 */
import { genevaZone } from '../../dates/geneva-time';
import { eMeetingRows, rowDate } from '../deadlines';
import { defineRule, type RuleFinding } from '../rule';

export const meetingTimezone = defineRule({
  id: 'meeting-timezone',
  severity: 'error',
  title: 'CET/CEST does not match the date',
  description:
    'Geneva is on CET (UTC+1) in winter and CEST (UTC+2) from the last Sunday of March to the last Sunday of October; the label must match the meeting date.',
  fixable: true,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const row of eMeetingRows(ctx.agenda)) {
      const iso = rowDate(row);
      const written = row.zone?.toUpperCase();
      if (!iso || !row.zoneSpan || (written !== 'CET' && written !== 'CEST')) continue;
      const expected = genevaZone(iso);
      if (expected === written) continue;
      findings.push({
        start: row.zoneSpan.start,
        end: row.zoneSpan.end,
        message: `${row.date?.text.trim()} is on ${expected} (UTC+${expected === 'CEST' ? 2 : 1}) in Geneva, not ${written}`,
        fix: {
          start: row.zoneSpan.start,
          end: row.zoneSpan.end,
          replacement: expected,
          description: `Replace ${written} with ${expected}`,
        },
      });
    }
    return findings;
  },
});
