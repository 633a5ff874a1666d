/** action-duplicate: one code given to two different actions (`WP2-5` twice). */
import { actionDefinitions } from '../action-definitions';
import { defineRule, type RuleFinding } from '../rule';

export const actionDuplicate = defineRule({
  id: 'action-duplicate',
  severity: 'error',
  title: 'Action code used twice',
  description:
    'Each anticipated action needs its own code; the same code on two actions makes decisions ambiguous in the report.',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    const first = new Map<string, number>();
    for (const code of actionDefinitions(ctx)) {
      const seenAt = first.get(code.id);
      if (seenAt === undefined) {
        first.set(code.id, code.start);
        continue;
      }
      findings.push({
        start: code.start,
        end: code.end,
        message: `${code.id} is already the code of another action (line ${ctx.lineAt(seenAt)})`,
      });
    }
    return findings;
  },
});
