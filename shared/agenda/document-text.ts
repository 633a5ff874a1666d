/** Small readers over an AgendaDocument shared by the agenda parsers. */
import type { AgendaDocument, Paragraph, Table, TableCell, TableRow } from '../document/model';
import type { Span } from '../text/spans';

/** Paragraphs outside tables, in order. */
export function bodyParagraphs(doc: AgendaDocument): Paragraph[] {
  return doc.paragraphs.filter((p) => !p.table);
}

export function tablesOf(doc: AgendaDocument): Table[] {
  return doc.blocks.filter((b): b is Table => b.type === 'table');
}

/** A cell's text: its paragraphs joined with `\n`, each trimmed; empty paragraphs dropped. */
export function cellText(cell: TableCell | undefined): string {
  if (!cell) return '';
  return cell.paragraphs
    .map((p) => p.text.trim())
    .filter((t) => t !== '')
    .join('\n');
}

export function rowTexts(row: TableRow): string[] {
  return row.cells.map(cellText);
}

/** The span of `text` trimmed of white space (no-break spaces included) at both ends. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Collapses runs of white space (no-break spaces too) into one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
