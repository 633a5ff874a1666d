/**
 * sg-unknown: a study group, or a Question of a study group, that does not exist in the document's study period
 * (2025-2028: SG2, 3, 5, 11, 12, 13, 15, 17, 20, 21). `SG16` or `Q7/16` in a 2025+ document is stale: WTSA-24
 * merged SG9 and SG16 into SG21. Historical mentions (`Study Group 16 (now ITU-T Study Group 21)`, `former SG9`)
 * are left alone.
 */
import { studyGroupExists, studyGroupSuccessor } from '../../meeting/study-groups';
import { defineRule, type RuleContext, type RuleFinding } from '../rule';

export const sgUnknown = defineRule({
  id: 'sg-unknown',
  severity: 'warning',
  title: 'Study group not in this study period',
  description:
    'Study groups and Questions must exist in the study period of the meeting; SG9 and SG16 became SG21 at WTSA-24.',
  fixable: false,
  check(ctx) {
    const period = ctx.meeting?.studyPeriod;
    if (!period) return [];
    const findings: RuleFinding[] = [];
    const years = periodYears(period);
    for (const ref of ctx.references) {
      const group = ref.kind === 'study-group' ? ref.studyGroup : ref.kind === 'question' ? ref.studyGroup : undefined;
      if (group === undefined || studyGroupExists(group, period) || isHistorical(ctx, ref.start, ref.end)) continue;
      const successor = studyGroupSuccessor(group, period);
      const what = ref.kind === 'question' ? `${ref.id} is a Question of SG${group}, which` : `SG${group}`;
      findings.push({
        start: ref.start,
        end: ref.end,
        message: successor
          ? `${what} no longer exists in ${years}: its work moved to ${successor}`
          : `${what} does not exist in ${years}`,
      });
    }
    return findings;
  },
});

function periodYears(period: number): string {
  switch (period) {
    case 25:
      return 'the 2025-2028 study period';
    case 22:
      return 'the 2022-2024 study period';
    case 17:
      return 'the 2017-2021 study period';
    case 13:
      return 'the 2013-2016 study period';
    default:
      return `study period T${period}`;
  }
}

/** Before a mention: `formerly in SG16`, `the former SG9`, `in the 2017-2020 study period, SG16`. */
const HISTORY_BEFORE =
  /(?:\b(?:former(?:ly)?|ex|old|previous(?:ly)?|legacy|until|predecessor)\b[^.;:\n]{0,20}|\b(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d\b[^.;\n]{0,30})$/i;
/** Right after a mention: `(now ITU-T Study Group 21)`, `became SG21`, `was merged`, `(2017-2020)`. */
const HISTORY_AFTER =
  /^(?:\s*\(\s*(?:now|former(?:ly)?|until|merged|(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d)\b|[^.;\n]{0,30}\b(?:became|become|merged|renamed|is now|are now|were|was)\b)/i;

function isHistorical(ctx: RuleContext, start: number, end: number): boolean {
  const before = ctx.text.slice(Math.max(0, start - 50), start);
  const after = ctx.text.slice(end, end + 50);
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  const newline = after.indexOf('\n');
  return HISTORY_BEFORE.test(lineBefore) || HISTORY_AFTER.test(newline < 0 ? after : after.slice(0, newline));
}
