/** status-vocabulary: a status word off the vocabulary (`No Started` → `Not started`). Case variants are fine. */
import { defineRule, type RuleFinding } from '../rule';
import { actionRows } from '../action-statuses';

export const statusVocabulary = defineRule({
  id: 'status-vocabulary',
  severity: 'warning',
  title: 'Status word off the vocabulary',
  description:
    'Status lines should use the agreed words (Not started, Started, Ongoing, Completed, ...) so that status reports can be compiled.',
  fixable: true,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const row of actionRows(ctx)) {
      for (const status of row.statuses) {
        const { status: written, statusSpan, canonicalStatus } = status;
        if (written === null || statusSpan === null || canonicalStatus === null) continue;
        // Case and spacing variants (`Not Started`) are fine.
        if (status.statusExact === true || sameWords(written, canonicalStatus)) continue;
        findings.push({
          start: statusSpan.start,
          end: statusSpan.end,
          message: `"${written}" is not a status word; did you mean "${canonicalStatus}"?`,
          fix: {
            start: statusSpan.start,
            end: statusSpan.end,
            replacement: canonicalStatus,
            description: `Replace "${written}" with "${canonicalStatus}"`,
          },
        });
      }
    }
    return findings;
  },
});

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/[\s\u00a0]+/g, ' ')
      .trim()
      .toLowerCase();
  return norm(a) === norm(b);
}
