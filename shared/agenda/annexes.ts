/** Annex headings (`Annex 2a - Actions for WP2 ...`) and mentions of annexes in the text (`(Annex 1)`, `in Annex 2`). */
import type { AgendaDocument } from '../document/model';
import type { AnnexHeading, AnnexReference } from './types';
import { bodyParagraphs } from './document-text';

// The title is `[^]*`, not `.*`: `.` stops at U+2028, and `$` failing there made the blanks before the title
// backtrack against each other (quadratic in a run of blanks).
const HEADING = /^Annex[ \t\u00a0]+(\d{1,2}[A-Za-z]?)(?:[ \t\u00a0]*[-–—:.][ \t\u00a0]*([^]*))?$/;
const MENTION =
  /\bAnnex(?:es)?[ \t\u00a0]+(\d{1,2}[A-Za-z]?)\b((?:(?:[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+and[ \t\u00a0]+)\d{1,2}[A-Za-z]?\b)*)/gi;

export function findAnnexHeadings(doc: AgendaDocument): AnnexHeading[] {
  const headings: AnnexHeading[] = [];
  for (const p of bodyParagraphs(doc)) {
    const m = HEADING.exec(p.text.trim());
    if (!m) continue;
    // A sentence starting with "Annex 2 ..." without a separator is text, unless styled as a heading.
    if (m[2] === undefined && p.headingLevel === undefined && p.text.trim().length > m[0].length) continue;
    const lead = p.text.length - p.text.trimStart().length;
    headings.push({
      label: m[1],
      title: (m[2] ?? '').trim(),
      start: p.start + lead,
      end: p.start + p.text.trimEnd().length,
      paragraphIndex: p.index,
    });
  }
  return headings;
}

/** Every `Annex N` mention outside the headings themselves; `Annexes 1 and 2` gives one reference per label. */
export function findAnnexReferences(
  doc: AgendaDocument,
  headings: AnnexHeading[] = findAnnexHeadings(doc),
): AnnexReference[] {
  const refs: AnnexReference[] = [];
  const inHeading = (offset: number) => headings.some((h) => offset >= h.start && offset < h.end);
  for (const m of doc.text.matchAll(MENTION)) {
    const start = m.index;
    if (inHeading(start)) continue;
    const firstEnd = start + m[0].length - m[2].length;
    refs.push({ label: m[1], start, end: firstEnd });
    if (m[2]) {
      for (const more of m[2].matchAll(/\d{1,2}[A-Za-z]?/g)) {
        const s = firstEnd + more.index;
        refs.push({ label: more[0], start: s, end: s + more[0].length });
      }
    }
  }
  return refs;
}
