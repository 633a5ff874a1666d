/**
 * action-sequence: a series with a hole (`RG-X-1, 2, 4`: RG-X-3 missing) or numbered out of order. A series may
 * start above 1 (earlier codes were given at an earlier session): only holes between codes count.
 */
import { actionCode, actionDefinitions } from '../action-definitions';
import type { ActionRef } from '../../refs/types';
import { defineRule, type RuleFinding } from '../rule';

export const actionSequence = defineRule({
  id: 'action-sequence',
  severity: 'warning',
  title: 'Action codes out of sequence',
  description:
    'Codes of one series (WP2-n, RG-WPR-n) should run without holes and in order; a hole usually means a renumbering slip or a deleted action.',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    const series = new Map<string, ActionRef[]>();
    for (const code of actionDefinitions(ctx)) {
      const list = series.get(code.series) ?? [];
      list.push(code);
      series.set(code.series, list);
    }
    for (const [name, codes] of series) {
      // Out of order: a code below the highest one before it.
      let highest: ActionRef | null = null;
      for (const code of codes) {
        if (highest && code.number < highest.number) {
          findings.push({
            start: code.start,
            end: code.end,
            message: `${code.id} comes after ${highest.id}: codes of ${name} are out of order`,
          });
        }
        if (!highest || code.number > highest.number) highest = code;
      }
      // Holes: numbers between the lowest and highest that no action carries, reported at the next code.
      const numbers = [...new Set(codes.map((c) => c.number))].sort((a, b) => a - b);
      for (let i = 1; i < numbers.length; i++) {
        if (numbers[i] - numbers[i - 1] <= 1) continue;
        const missing: string[] = [];
        for (let n = numbers[i - 1] + 1; n < numbers[i]; n++) missing.push(actionCode(name, n));
        const at = codes.find((c) => c.number === numbers[i]) as ActionRef;
        const list =
          missing.length > 3
            ? `${missing[0]} to ${missing[missing.length - 1]} are`
            : `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'}`;
        findings.push({
          start: at.start,
          end: at.end,
          message: `${list} missing: ${actionCode(name, numbers[i - 1])} is followed by ${at.id}`,
        });
      }
    }
    return findings;
  },
});
