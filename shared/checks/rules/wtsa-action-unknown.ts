/** wtsa-action-unknown: `WTSA-24 Action 7` cited while the document's WTSA actions table has no action 7. */
import { defineRule, type RuleFinding } from '../rule';

export const wtsaActionUnknown = defineRule({
  id: 'wtsa-action-unknown',
  severity: 'warning',
  title: 'WTSA action not in the table',
  description: 'A WTSA-24 action cited in the agenda should be one of the actions listed in its WTSA actions annex.',
  fixable: false,
  check(ctx) {
    const listed = new Set(ctx.agenda.wtsaActions.map((a) => a.number));
    if (listed.size === 0) return [];
    const findings: RuleFinding[] = [];
    for (const ref of ctx.references) {
      if (ref.kind !== 'wtsa-action' || listed.has(ref.number)) continue;
      findings.push({
        start: ref.start,
        end: ref.end,
        message: `${ref.id} is not in the WTSA actions table (${[...listed].sort((a, b) => a - b).join(', ')})`,
      });
    }
    return findings;
  },
});
