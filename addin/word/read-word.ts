/**
 * Reads the Word body into the shared model in two round trips whatever its length: one sync loads every
 * paragraph's text, style, list flag and table nesting; a second loads list levels and table-cell positions for
 * the paragraphs that need them (queued for all, synced once).
 */
import type { AgendaDocument, Paragraph } from '../../shared/document/model';
import { buildAgendaDocument, type OutlineBlock, type OutlineParagraph, type OutlineTable } from '../host/layout';
import type { ReadProgress } from '../host/types';
import type { WListItem, WParagraph, WRequestContext, WTableCell } from './word-surface';

interface LoadedParagraph {
  paragraph: WParagraph;
  listItem?: WListItem;
  cell?: WTableCell;
}

export interface WordRead {
  doc: AgendaDocument;
  /** `wordIndex[i]`: position in Word's `body.paragraphs` of `doc.paragraphs[i]` (-1: none, a filler). */
  wordIndex: number[];
  /** Word's paragraph count at the read. */
  wordParagraphCount: number;
}

/** The Word paragraph of a model paragraph: undefined when Word's paragraph count or that paragraph's text changed since the read. */
export function wordParagraphOf<T extends { readonly text: string }>(items: readonly T[], read: WordRead, paragraph: Paragraph | undefined): T | undefined {
  if (!paragraph || items.length !== read.wordParagraphCount) return undefined;
  const word = items[read.wordIndex[paragraph.index] ?? -1];
  return word && word.text.replace(/[\r\n]+/g, ' ') === paragraph.text ? word : undefined;
}

export async function readWordBody(
  context: WRequestContext,
  name: string,
  onProgress?: (progress: ReadProgress) => void,
): Promise<WordRead> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel');
  await context.sync();

  const loaded: LoadedParagraph[] = paragraphs.items.map((paragraph) => {
    const entry: LoadedParagraph = { paragraph };
    if (paragraph.isListItem) entry.listItem = paragraph.listItemOrNullObject.load('level');
    if (paragraph.tableNestingLevel === 1) entry.cell = paragraph.parentTableCellOrNullObject.load('rowIndex,cellIndex');
    return entry;
  });
  onProgress?.({ done: 0, total: loaded.length });
  await context.sync();

  const positions = new Map<OutlineParagraph, number>();
  const built = buildAgendaDocument(name, 'word', outlineOfWordParagraphs(loaded, positions));
  onProgress?.({ done: loaded.length, total: loaded.length });
  return { doc: built.doc, wordIndex: built.sources.map((source) => positions.get(source) ?? -1), wordParagraphCount: loaded.length };
}

/**
 * Groups table paragraphs into tables by their cell positions. Paragraphs of nested tables (nesting level 2+) are
 * kept in the enclosing cell, so the model's paragraphs keep Word's order.
 */
function outlineOfWordParagraphs(loaded: LoadedParagraph[], positions: Map<OutlineParagraph, number>): OutlineBlock[] {
  const blocks: OutlineBlock[] = [];
  let table: OutlineTable | undefined;
  let last: { row: number; cell: number } | undefined;
  for (const [index, { paragraph, listItem, cell }] of loaded.entries()) {
    const outline: OutlineParagraph = { kind: 'paragraph', text: paragraph.text, style: paragraph.style, isListItem: paragraph.isListItem };
    // The built-in style names headings in any UI language (`Überschrift 1` is `Heading1`).
    const heading = /^Heading([1-9])$/.exec(paragraph.styleBuiltIn ?? '');
    if (heading) outline.headingLevel = Number(heading[1]);
    positions.set(outline, index);
    if (listItem && !listItem.isNullObject) outline.listLevel = listItem.level;
    if (paragraph.tableNestingLevel === 0) {
      table = undefined;
      last = undefined;
      blocks.push(outline);
      continue;
    }
    let position = last ?? { row: 0, cell: 0 };
    if (cell && !cell.isNullObject) {
      position = { row: cell.rowIndex, cell: cell.cellIndex };
      // Word merges adjacent tables, but guard anyway: a position going backwards starts a new table.
      if (table && last && (position.row < last.row || (position.row === last.row && position.cell < last.cell))) table = undefined;
    }
    if (!table) {
      table = { kind: 'table', rows: [] };
      blocks.push(table);
    }
    while (table.rows.length <= position.row) table.rows.push({ cells: [] });
    const row = table.rows[position.row];
    while (row.cells.length <= position.cell) row.cells.push({ colSpan: 1, paragraphs: [] });
    row.cells[position.cell].paragraphs.push(outline);
    last = position;
  }
  return blocks;
}
