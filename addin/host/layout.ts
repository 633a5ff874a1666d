/**
 * Builds the shared `AgendaDocument` from a structural outline (what Word and the preview host know) with H2's
 * `FlatTextBuilder`, so the flat text has exactly the readers' layout (see shared/document/model.ts). The builder
 * leaves out blank paragraphs (outside a cell's first one), so the result also says which outline paragraph each
 * model paragraph came from.
 */
import { FlatTextBuilder, type ParagraphProps } from '../../shared/document/builder';
import type { AgendaDocument, DocumentFormat, Paragraph } from '../../shared/document/model';

export interface OutlineParagraph {
  kind: 'paragraph';
  text: string;
  style?: string;
  headingLevel?: number;
  isListItem: boolean;
  listLevel?: number;
}

export interface OutlineCell {
  colSpan: number;
  paragraphs: OutlineParagraph[];
}

export interface OutlineTable {
  kind: 'table';
  rows: { cells: OutlineCell[] }[];
}

export type OutlineBlock = OutlineParagraph | OutlineTable;

export interface BuiltDocument {
  doc: AgendaDocument;
  /** `sources[i]` is the outline paragraph of `doc.paragraphs[i]`. */
  sources: OutlineParagraph[];
}

/** `Heading 2` → 2; undefined for other styles. */
function headingLevelOfStyle(style: string | undefined): number | undefined {
  const match = /^(?:heading|titre|überschrift)\s*([1-9])$/i.exec(style?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

function propsOf(p: OutlineParagraph, inCell: boolean): ParagraphProps {
  const props: ParagraphProps = {};
  if (p.style !== undefined) props.style = p.style;
  const headingLevel = p.headingLevel ?? headingLevelOfStyle(p.style);
  if (headingLevel !== undefined && !inCell) props.headingLevel = headingLevel;
  if (p.isListItem) {
    props.listLevel = p.listLevel ?? 0;
    props.marker = '· ';
  }
  return props;
}

const lineOf = (text: string) => text.replace(/[\r\n]+/g, ' ');

export function buildAgendaDocument(name: string, format: DocumentFormat, outline: OutlineBlock[]): BuiltDocument {
  const builder = new FlatTextBuilder();
  const order: { source: OutlineParagraph; table?: { table: number; row: number; cell: number } }[] = [];
  let tableIndex = 0;
  for (const block of outline) {
    if (block.kind === 'paragraph') {
      builder.paragraph(block.text, propsOf(block, false));
      order.push({ source: block });
      continue;
    }
    const rows = block.rows.filter((row) => row.cells.length > 0);
    if (rows.length === 0) continue;
    builder.beginTable();
    rows.forEach((row, r) => {
      builder.beginRow();
      row.cells.forEach((cell, c) => {
        builder.beginCell(cell.colSpan);
        for (const p of cell.paragraphs) {
          builder.paragraph(p.text, propsOf(p, true));
          order.push({ source: p, table: { table: tableIndex, row: r, cell: c } });
        }
        builder.endCell();
      });
      builder.endRow();
    });
    builder.endTable();
    tableIndex++;
  }
  const doc = builder.build(name, format);
  return { doc, sources: matchSources(doc.paragraphs, order) };
}

/** Pairs each model paragraph with its outline paragraph, in order, skipping the ones the builder left out. */
function matchSources(
  paragraphs: Paragraph[],
  order: { source: OutlineParagraph; table?: { table: number; row: number; cell: number } }[],
): OutlineParagraph[] {
  const sources: OutlineParagraph[] = [];
  let j = 0;
  const sameCell = (a?: Paragraph['table'], b?: Paragraph['table']) =>
    a === b || (a !== undefined && b !== undefined && a.table === b.table && a.row === b.row && a.cell === b.cell);
  for (const p of paragraphs) {
    while (j < order.length && !(lineOf(order[j].source.text) === p.text && sameCell(order[j].table, p.table))) j++;
    // A cell the builder filled with an empty paragraph has no source: give it a blank one.
    sources.push(j < order.length ? order[j++].source : { kind: 'paragraph', text: '', isListItem: false });
  }
  return sources;
}

/** Index of the first paragraph for which `past` holds (`past` is false, then true, in text order). */
function firstIndexWhere(paragraphs: readonly Paragraph[], past: (p: Paragraph) => boolean): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (past(paragraphs[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The paragraph holding `offset`, or the next one when `offset` is between paragraphs. */
export function paragraphFrom(doc: AgendaDocument, offset: number): Paragraph | undefined {
  return doc.paragraphs[firstIndexWhere(doc.paragraphs, (p) => p.end >= offset)];
}

/** The last paragraph starting at or before `offset`. */
export function paragraphUntil(doc: AgendaDocument, offset: number): Paragraph | undefined {
  return doc.paragraphs[firstIndexWhere(doc.paragraphs, (p) => p.start > offset) - 1];
}
