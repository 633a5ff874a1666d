/** Which paragraph of a document holds an offset (binary search over paragraph spans). */
import type { AgendaDocument, Paragraph } from '../document/model';

/** The paragraph whose span contains `offset` (its end included), or undefined between paragraphs. */
export function paragraphAt(doc: AgendaDocument, offset: number): Paragraph | undefined {
  const paragraphs = doc.paragraphs;
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset > p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/** Count of `needle` occurring in `haystack` before `before` (non-overlapping, as Word's search reports hits). */
export function occurrencesBefore(haystack: string, needle: string, before: number): number {
  if (!needle) return 0;
  let count = 0;
  let at = haystack.indexOf(needle);
  while (at >= 0 && at < before) {
    count++;
    at = haystack.indexOf(needle, at + needle.length);
  }
  return count;
}
