/** resolution-mismatch: an action-plan item filed under another resolution (`22-03` under `Resolution 2`). */
import { defineRule, type RuleFinding } from '../rule';

export const resolutionMismatch = defineRule({
  id: 'resolution-mismatch',
  severity: 'error',
  title: 'Action-plan item under the wrong resolution',
  description:
    'Action-plan ids start with their resolution number (73-06 is Resolution 73, item 6); the Resolution cell of the row must agree.',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const action of ctx.agenda.planActions) {
      if (action.resolution === null) continue;
      const fromId = Number(action.id.split('-')[0]);
      if (!Number.isFinite(fromId) || fromId === action.resolution) continue;
      findings.push({
        start: action.idSpan.start,
        end: action.idSpan.end,
        message: `action ${action.id} belongs to Resolution ${fromId} but sits under Resolution ${action.resolution}`,
      });
    }
    return findings;
  },
});
