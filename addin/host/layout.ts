/**
 * Builds the shared `AgendaDocument` from a structural outline (what Word knows) with the readers'
 * `FlatTextBuilder`, so the flat text has exactly the readers' layout (see shared/document/model.ts), as the .docx
 * reader writes it: list items start with Word's number or a bullet (shared/document/docx-numbering.ts), and a
 * manual line break (`\v`, Shift+Enter) ends a line, the text after it becoming a paragraph of its own with the
 * same style. The builder leaves out blank paragraphs (outside a cell's first one), so the result also says which
 * outline paragraph, and where in its text, each model paragraph came from.
 */
import { FlatTextBuilder, type ParagraphProps } from '../../shared/document/builder';
import { listMarkText, type ListMark } from '../../shared/document/docx-numbering';
import type { AgendaDocument, DocumentFormat, Paragraph } from '../../shared/document/model';

export interface OutlineParagraph {
  kind: 'paragraph';
  /** The text as it reads (tracked changes accepted); `\v` is a manual line break. */
  text: string;
  style?: string;
  headingLevel?: number;
  isListItem: boolean;
  listLevel?: number;
  /** Word's number or bullet for a list item; a bullet when absent. */
  listMark?: ListMark;
  /** Hyperlinks, as offsets into `text`. */
  links?: { url: string; from: number; to: number }[];
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

/** Where a model paragraph comes from: an outline paragraph, and the offset of its line in that paragraph's text. */
export interface OutlineSource {
  paragraph: OutlineParagraph;
  offset: number;
}

export interface BuiltDocument {
  doc: AgendaDocument;
  /** `sources[i]` is where `doc.paragraphs[i]` comes from. */
  sources: OutlineSource[];
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
    Object.assign(props, listMarkText(p.listMark ?? { level: props.listLevel, kind: 'bullet', label: '' }));
  }
  return props;
}

const lineOf = (text: string) => text.replace(/[\r\n]+/g, ' ');

type Entry = { source: OutlineSource; text: string; table?: { table: number; row: number; cell: number } };

/** Adds an outline paragraph, one model paragraph per line: the first with the paragraph's props, the rest with its style. */
function addParagraph(
  builder: FlatTextBuilder,
  p: OutlineParagraph,
  inCell: boolean,
  order: Entry[],
  table?: Entry['table'],
): void {
  let offset = 0;
  p.text.split('\v').forEach((line, i) => {
    const props: ParagraphProps =
      i === 0 ? propsOf(p, inCell) : { ...(p.style !== undefined ? { style: p.style } : {}), afterLineBreak: true };
    const start = builder.paragraph(line, props);
    if (start !== null) {
      for (const link of p.links ?? []) {
        const from = Math.max(link.from, offset);
        const to = Math.min(link.to, offset + line.length);
        if (to > from) builder.link(link.url, start + from - offset, start + to - offset);
      }
    }
    order.push({ source: { paragraph: p, offset }, text: line, ...(table ? { table } : {}) });
    offset += line.length + 1;
  });
}

export function buildAgendaDocument(name: string, format: DocumentFormat, outline: OutlineBlock[]): BuiltDocument {
  const builder = new FlatTextBuilder();
  const order: Entry[] = [];
  let tableIndex = 0;
  for (const block of outline) {
    if (block.kind === 'paragraph') {
      addParagraph(builder, block, false, order);
      continue;
    }
    const rows = block.rows.filter((row) => row.cells.length > 0);
    if (rows.length === 0) continue;
    builder.beginTable();
    rows.forEach((row, r) => {
      builder.beginRow();
      row.cells.forEach((cell, c) => {
        builder.beginCell(cell.colSpan);
        for (const p of cell.paragraphs) addParagraph(builder, p, true, order, { table: tableIndex, row: r, cell: c });
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

/** Pairs each model paragraph with its outline line, in order, skipping the ones the builder left out. */
function matchSources(paragraphs: Paragraph[], order: Entry[]): OutlineSource[] {
  const sources: OutlineSource[] = [];
  let j = 0;
  const sameCell = (a?: Paragraph['table'], b?: Paragraph['table']) =>
    a === b || (a !== undefined && b !== undefined && a.table === b.table && a.row === b.row && a.cell === b.cell);
  for (const p of paragraphs) {
    while (j < order.length && !(lineOf(order[j].text) === p.text && sameCell(order[j].table, p.table))) j++;
    // A cell the builder filled with an empty paragraph has no source: give it a blank one.
    sources.push(
      j < order.length
        ? order[j++].source
        : { paragraph: { kind: 'paragraph', text: '', isListItem: false }, offset: 0 },
    );
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
