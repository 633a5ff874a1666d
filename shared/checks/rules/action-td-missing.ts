/**
 * action-td-missing: an anticipated action that cites no document (no TD, contribution, annex or clause): the
 * meeting cannot approve what it cannot read. Info only: some actions (`Note the progress`) need no document.
 */
import { defineRule, type RuleContext, type RuleFinding } from '../rule';
import type { AnticipatedAction } from '../../agenda/types';
import { within } from '../../text/spans';

export const actionTdMissing = defineRule({
  id: 'action-td-missing',
  severity: 'info',
  title: 'Action cites no document',
  description:
    'An anticipated action (approve an LS, a report, ToR) normally names the TD it acts on; one without any TD, contribution or annex may have lost it.',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const entry of ctx.agenda.anticipatedActions) {
      if (entry.codes.length === 0 || citesDocument(ctx, entry)) continue;
      const first = entry.codes[0];
      findings.push({ start: first.start, end: first.end, message: `${first.id} cites no TD, contribution or annex` });
    }
    return findings;
  },
});

function citesDocument(ctx: RuleContext, entry: AnticipatedAction): boolean {
  if (within(ctx.references, entry.start, entry.end).some((r) => r.kind === 'td' || r.kind === 'contribution'))
    return true;
  if (within(ctx.agenda.annexReferences, entry.start, entry.end).length > 0) return true;
  return /\b(?:Annex|Appendix|Clause|Section|Attachment|document|report of)\b/i.test(
    ctx.text.slice(entry.start, entry.end),
  );
}
