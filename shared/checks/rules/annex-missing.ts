/**
 * annex-missing: a reference to an annex the document lacks (`see Annex 3` with annexes 1 and 2) is a warning;
 * an annex nothing refers to is info. `Annex 1 of TD108` is another document's annex and is left alone.
 */
import { defineRule, type RuleContext, type RuleFinding } from '../rule';

export const annexMissing = defineRule({
  id: 'annex-missing',
  severity: 'warning',
  title: 'Annex missing or never referenced',
  description:
    'Every annex the agenda refers to should be in the document, and every annex should be referred to from the agenda.',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    const labels = new Set(ctx.agenda.annexes.map((a) => normalizeLabel(a.label)));
    const referenced = new Set<string>();
    for (const ref of ctx.agenda.annexReferences) {
      if (isOtherDocumentsAnnex(ctx, ref.start, ref.end)) continue;
      const label = normalizeLabel(ref.label);
      referenced.add(label);
      if (!labels.has(label)) {
        findings.push({
          start: ref.start,
          end: ref.end,
          message: `Annex ${ref.label} is referred to but the document has no Annex ${ref.label}`,
        });
      }
    }
    for (const annex of ctx.agenda.annexes) {
      if (referenced.has(normalizeLabel(annex.label))) continue;
      const headingEnd = ctx.text.indexOf('\n', annex.start);
      const end = annexLabelEnd(ctx, annex.start, headingEnd < 0 ? annex.end : Math.min(annex.end, headingEnd));
      findings.push({
        start: annex.start,
        end,
        severity: 'info',
        message: `Annex ${annex.label} is never referred to in the agenda`,
      });
    }
    return findings;
  },
});

function normalizeLabel(label: string): string {
  return label.trim().toLowerCase();
}

/** The span `Annex 2a` of a heading, for a short excerpt. */
function annexLabelEnd(ctx: RuleContext, start: number, lineEnd: number): number {
  const m = /^\s*Annex\s+\w+/i.exec(ctx.text.slice(start, lineEnd));
  return m ? start + m[0].length : lineEnd;
}

/** `Annex 1 of TD108`, `Annex A to Recommendation X`, `TD108 Annex 2`, `Resolution 1, Annex B`. */
function isOtherDocumentsAnnex(ctx: RuleContext, start: number, end: number): boolean {
  const after = ctx.text.slice(end, end + 40);
  if (/^\s*(?:of|to)\b(?!\s+(?:this|the present)\s+(?:document|agenda|TD))/i.test(after)) return true;
  const before = ctx.text.slice(Math.max(0, start - 40), start);
  return /(?:\bTD\s?\d+(?:\s?R(?:ev\.?)?\s?\d+)?|\bResolution\s+\d+|\bRecommendation\s+\S+|\bC\s?\d+)\s*,?\s*$/i.test(
    before,
  );
}
