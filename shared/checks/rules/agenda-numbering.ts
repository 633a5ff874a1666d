/** agenda-numbering: items and sub-items skipped (`3` then `5`), repeated, or out of order. */
import type { AgendaItem } from '../../agenda/types';
import { defineRule, type RuleContext, type RuleFinding } from '../rule';

export const agendaNumbering = defineRule({
  id: 'agenda-numbering',
  severity: 'warning',
  title: 'Agenda numbering',
  description:
    'Agenda items and sub-items should be numbered 1, 2, 3 and 3.1, 3.2 without skips, repeats or reversals.',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    const items = agendaItems(ctx);
    // The last number seen at each depth, below the current parent: [3, 1] after `3.1`.
    const last: number[] = [];
    for (const item of items) {
      const parts = item.parts;
      const depth = parts.length - 1;
      const parentPrefix = parts.slice(0, depth);
      const at = { start: item.numberSpan.start, end: item.numberSpan.end };
      const lastParent = last.slice(0, depth);
      if (depth > 0 && !sameNumbers(parentPrefix, lastParent)) {
        findings.push({
          ...at,
          message: `item ${item.number} sits under item ${lastParent.join('.') || '(none)'}, not under ${parentPrefix.join('.')}`,
        });
        last.length = 0;
        last.push(...parts);
        continue;
      }
      const previous = last[depth];
      const n = parts[depth];
      const label = (k: number) => [...parentPrefix, k].join('.');
      if (previous === undefined) {
        if (n !== 1 && depth > 0)
          findings.push({
            ...at,
            message: `item ${item.number} is the first sub-item of ${parentPrefix.join('.')}; expected ${label(1)}`,
          });
      } else if (n === previous) {
        findings.push({ ...at, message: `item ${item.number} is numbered twice` });
      } else if (n < previous) {
        findings.push({ ...at, message: `item ${item.number} comes after item ${label(previous)}` });
      } else if (n > previous + 1) {
        const skipped = n - previous === 2 ? label(previous + 1) : `${label(previous + 1)} to ${label(n - 1)}`;
        findings.push({ ...at, message: `item ${item.number} follows item ${label(previous)}: ${skipped} skipped` });
      }
      last.length = depth;
      last.push(n);
    }
    return findings;
  },
});

/** Items of the agenda proper: not in tables, before the first annex. */
function agendaItems(ctx: RuleContext): AgendaItem[] {
  const firstAnnex = ctx.agenda.annexes.length ? Math.min(...ctx.agenda.annexes.map((a) => a.start)) : Infinity;
  return ctx.agenda.items.filter((item) => item.start < firstAnnex && !ctx.doc.paragraphs[item.paragraphIndex]?.table);
}

function sameNumbers(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
