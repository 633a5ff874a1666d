/** Offset → paragraph/table lookups for front ends that map findings back to paragraphs. */
import type { AgendaDocument, Paragraph, Table } from './model';
import type { Span } from '../text/spans';

/** Index of the last paragraph starting at or before `offset` (binary search; paragraphs are in text order). */
function lastStartingAtOrBefore(paragraphs: Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The paragraph whose span contains `offset` (its end included, so an offset just after the last character still
 * maps to it); null for offsets in markers, bullets or line breaks between paragraphs.
 */
export function paragraphAt(doc: AgendaDocument, offset: number): Paragraph | null {
  const i = lastStartingAtOrBefore(doc.paragraphs, offset);
  if (i < 0) return null;
  const p = doc.paragraphs[i];
  return offset <= p.end ? p : null;
}

/** The paragraph containing `offset`, or else the nearest one after it (then before it); null for an empty doc. */
export function nearestParagraph(doc: AgendaDocument, offset: number): Paragraph | null {
  const at = paragraphAt(doc, offset);
  if (at) return at;
  const i = lastStartingAtOrBefore(doc.paragraphs, offset);
  return doc.paragraphs[i + 1] ?? doc.paragraphs[i] ?? null;
}

/** Paragraphs overlapping `span` (a zero-length span inside a paragraph gives that paragraph). */
export function paragraphsIn(doc: AgendaDocument, span: Span): Paragraph[] {
  const first = Math.max(0, lastStartingAtOrBefore(doc.paragraphs, span.start));
  const out: Paragraph[] = [];
  for (let i = first; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (p.start > span.end || (p.start === span.end && span.end > span.start)) break;
    if (p.end >= span.start) out.push(p);
  }
  return out;
}

/** `span` relative to the start of its paragraph (for editors that address text per paragraph); null across paragraphs. */
export function spanInParagraph(
  doc: AgendaDocument,
  span: Span,
): { paragraph: Paragraph; start: number; end: number } | null {
  const p = paragraphAt(doc, span.start);
  if (!p || span.end > p.end) return null;
  return { paragraph: p, start: span.start - p.start, end: span.end - p.start };
}

/** The table containing `offset`, if any. */
export function tableAt(doc: AgendaDocument, offset: number): Table | null {
  for (const block of doc.blocks)
    if (block.type === 'table' && offset >= block.start && offset <= block.end) return block;
  return null;
}
