/**
 * Reads the Word body into the shared model in two round trips whatever its length: one sync loads every
 * paragraph's text, style, list flag and table nesting (and the document's Track Changes mode); a second loads, for
 * the paragraphs that need them, list items (level and Word's own number, `listString`) with their list's level
 * types, table-cell positions, the reviewed text (tracked changes accepted) and the hyperlinks (queued for all,
 * synced once).
 *
 * What is read is the text as it will read once tracked changes are accepted (`getReviewedText('Current')`,
 * WordApi 1.4); a paragraph whose text is all deleted is read as gone. Where WordApi 1.4 is missing, Word's text is
 * read as it is, deleted text included, and the read says it could not tell (`tracking: 'unknown'`).
 */
import type { ListMark } from '../../shared/document/docx-numbering';
import type { AgendaDocument } from '../../shared/document/model';
import { buildAgendaDocument, type OutlineBlock, type OutlineParagraph, type OutlineTable } from '../host/layout';
import type { ReadProgress, TrackChanges } from '../host/types';
import { reviewedMap, type ReviewedMap } from './reviewed-text';
import type {
  WClientResult,
  WList,
  WListItem,
  WParagraph,
  WRangeCollection,
  WRequestContext,
  WTableCell,
} from './word-surface';

interface LoadedParagraph {
  paragraph: WParagraph;
  listItem?: WListItem;
  list?: WList;
  cell?: WTableCell;
  reviewed?: WClientResult<string>;
  links?: WRangeCollection;
}

/** A Word paragraph as read: its text in Word (deleted text included) and as it reads with changes accepted. */
export interface WordParagraphText {
  text: string;
  reviewed: string;
}

/** Where a model paragraph is in Word: the paragraph's index in `body.paragraphs` and its line's offset in the reviewed text. */
export interface WordPlace {
  word: number;
  offset: number;
}

export interface WordRead {
  doc: AgendaDocument;
  /** `places[i]`: where `doc.paragraphs[i]` is in Word (undefined: nowhere, a filler). */
  places: (WordPlace | undefined)[];
  /** Every Word paragraph at the read, in `body.paragraphs` order. */
  words: WordParagraphText[];
  /** Track Changes at the read. */
  tracking: TrackChanges;
}

export interface ReadOptions {
  /** Whether Word has `getReviewedText` and `changeTrackingMode` (WordApi 1.4). */
  reviewedText: boolean;
  onProgress?: (progress: ReadProgress) => void;
}

/** Every TD or contribution reference has a digit: hyperlinks are read only where one may be, to spare Word. */
const MAY_HOLD_REFERENCE = /\d/;

export async function readWordBody(context: WRequestContext, name: string, options: ReadOptions): Promise<WordRead> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel');
  if (options.reviewedText) context.document.load('changeTrackingMode');
  await context.sync();

  const loaded: LoadedParagraph[] = paragraphs.items.map((paragraph) => {
    const entry: LoadedParagraph = { paragraph };
    if (paragraph.isListItem) {
      entry.listItem = paragraph.listItemOrNullObject.load('level,listString');
      entry.list = paragraph.listOrNullObject.load('levelTypes');
    }
    if (paragraph.tableNestingLevel === 1)
      entry.cell = paragraph.parentTableCellOrNullObject.load('rowIndex,cellIndex');
    if (options.reviewedText) entry.reviewed = paragraph.getReviewedText('Current');
    if (MAY_HOLD_REFERENCE.test(paragraph.text))
      entry.links = paragraph.getRange('Whole').getHyperlinkRanges().load('items/text,items/hyperlink');
    return entry;
  });
  options.onProgress?.({ done: 0, total: loaded.length });
  await context.sync();

  const words = loaded.map(({ paragraph, reviewed }) => ({
    text: paragraph.text,
    reviewed: reviewed?.value ?? paragraph.text,
  }));
  const positions = new Map<OutlineParagraph, number>();
  const built = buildAgendaDocument(name, 'word', outlineOfWordParagraphs(loaded, words, positions));
  options.onProgress?.({ done: loaded.length, total: loaded.length });
  return {
    doc: built.doc,
    places: built.sources.map((source) => {
      const word = positions.get(source.paragraph);
      return word === undefined ? undefined : { word, offset: source.offset };
    }),
    words,
    tracking: options.reviewedText ? (context.document.changeTrackingMode === 'Off' ? 'off' : 'on') : 'unknown',
  };
}

/** Word's number or bullet of a list paragraph, as Word reports it. */
function listMarkOf(listItem: WListItem | undefined, list: WList | undefined): ListMark | undefined {
  if (!listItem || listItem.isNullObject) return undefined;
  const type = list && !list.isNullObject ? list.levelTypes[listItem.level] : undefined;
  return { level: listItem.level, kind: type === 'Number' ? 'number' : 'bullet', label: listItem.listString };
}

/** The paragraph's hyperlinks as offsets into its reviewed text: each link's text found in turn in Word's text. */
function linksOf(
  ranges: WRangeCollection | undefined,
  word: WordParagraphText,
  map: ReviewedMap | undefined,
): OutlineParagraph['links'] {
  if (!ranges || !map) return undefined;
  const links: NonNullable<OutlineParagraph['links']> = [];
  let cursor = 0;
  for (const range of ranges.items) {
    const at = range.text ? word.text.indexOf(range.text, cursor) : -1;
    if (at < 0 || !range.hyperlink) continue;
    cursor = at + range.text.length;
    links.push({ url: range.hyperlink, from: map.toReviewed(at), to: map.toReviewed(cursor) });
  }
  return links.length > 0 ? links : undefined;
}

/**
 * Groups table paragraphs into tables by their cell positions. Paragraphs of nested tables (nesting level 2+) are
 * kept in the enclosing cell, so the model's paragraphs keep Word's order. Paragraphs deleted whole are left out,
 * and so is a table whose text is all deleted (awaiting review, it goes once the changes are accepted).
 */
function outlineOfWordParagraphs(
  loaded: LoadedParagraph[],
  words: WordParagraphText[],
  positions: Map<OutlineParagraph, number>,
): OutlineBlock[] {
  const blocks: OutlineBlock[] = [];
  const withDeletions = new Set<OutlineTable>();
  const withText = new Set<OutlineTable>();
  let table: OutlineTable | undefined;
  let last: { row: number; cell: number } | undefined;
  for (const [index, { paragraph, listItem, list, cell, links }] of loaded.entries()) {
    const word = words[index];
    const deleted = word.reviewed === '' && word.text !== '';
    if (deleted && paragraph.tableNestingLevel === 0) continue;
    const outline: OutlineParagraph = {
      kind: 'paragraph',
      text: word.reviewed,
      style: paragraph.style,
      isListItem: paragraph.isListItem,
    };
    // The built-in style names headings in any UI language (`Überschrift 1` is `Heading1`).
    const heading = /^Heading([1-9])$/.exec(paragraph.styleBuiltIn ?? '');
    if (heading) outline.headingLevel = Number(heading[1]);
    positions.set(outline, index);
    const mark = listMarkOf(listItem, list);
    if (mark) {
      outline.listLevel = mark.level;
      outline.listMark = mark;
    }
    const paragraphLinks = linksOf(links, word, links && reviewedMap(word.text, word.reviewed));
    if (paragraphLinks) outline.links = paragraphLinks;
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
      if (table && last && (position.row < last.row || (position.row === last.row && position.cell < last.cell)))
        table = undefined;
    }
    if (!table) {
      table = { kind: 'table', rows: [] };
      blocks.push(table);
    }
    while (table.rows.length <= position.row) table.rows.push({ cells: [] });
    const row = table.rows[position.row];
    while (row.cells.length <= position.cell) row.cells.push({ colSpan: 1, paragraphs: [] });
    if (deleted) withDeletions.add(table);
    else row.cells[position.cell].paragraphs.push(outline);
    if (word.reviewed !== '') withText.add(table);
    last = position;
  }
  return blocks.filter((block) => block.kind !== 'table' || !withDeletions.has(block) || withText.has(block));
}
