/**
 * Reads a plain-text agenda laid out like Word's "plain text" export (the sample .txt): the flat text is the file
 * text itself, so every offset is a file offset.
 *
 * Layout rules (see model.ts):
 * - a line whose first non-space character is a tab starts a table cell; following non-blank lines without a tab
 *   are further paragraphs of the same cell; a blank line ends the row; rows separated only by blank lines form
 *   one table;
 * - a table ends at the first non-blank line after a row that does not start a cell, and at an `Annex N` heading
 *   line even without a blank line before it (Word's export drops that blank line after a table);
 * - a run of tab-led lines is only a table when it has at least two rows and some row has two cells or more:
 *   the export also indents single paragraphs (`\tAbstract:` header lines, a lone `\t` left by a page break);
 * - `· ` (and `•`, `◦`, `§`, `▪`, `o` + tab as Word writes level 2) at the start of a line marks a list item; `[bookmark: …]` markers and leading
 *   blanks are outside the paragraph span;
 * - a row with fewer cells than the table's widest row has its last cell spanning the missing columns (the
 *   export loses gridSpan; this gives the same tables as the .docx).
 */
import type { AgendaDocument, Paragraph, Table, TableCell, TableRow } from './model';
import { forEachLineBreak } from '../text/lines';
import { finalizeDocument, guessHeadingLevel, type DraftBlock, type DraftParagraph } from './draft';

/** Sticky, tried at a line's start (as BLANK): neither crosses a line break, and no line is sliced to be tested. */
const CELL_START = /[ \u00a0]*\t/y;
/** The blanks of a line: the line is blank when they reach its end. */
const BLANK = /[^\S\r\n]*/y;
/**
 * `Annex 2a - ...` / `Appendix I – ...` heading: it always ends a table. Sticky, tried after the leading blanks and
 * bookmarks are skipped by hand: as one regex, `[ \t]*(?:…)*[ ]*` backtracked over a long run of blanks (quadratic).
 */
const ANNEX_HEADING = /(?:Annex[^\S\r\n]+\d+[A-Za-z]?|Appendix[^\S\r\n]+(?:[IVX]+|\d+))[^\S\r\n]*[-–—:]/y;
const BULLETS: Record<string, number> = { '·': 0, '•': 0, '◦': 1, '§': 2, '▪': 2 };
/** Sticky: tried at one position, without slicing the line; never runs past the line's end. */
const BOOKMARK = /\[bookmark:[^\]\r\n]*\]/y;

/**
 * Calls `onLine(start, end)` for each line, `end` before its break. Lines end at `\n`, `\r\n` or a lone `\r`
 * (shared/text/lines.ts finds them, so line numbers agree); a final line break opens no extra (empty) line. No line
 * object is kept: on a large file they outnumbered the paragraphs read from them.
 */
function forEachLine(text: string, onLine: (start: number, end: number) => void): void {
  let start = 0;
  forEachLineBreak(text, (end, next) => {
    onLine(start, end);
    start = next;
  });
  if (start < text.length || text.length === 0) onLine(start, text.length);
}

function isBlankChar(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

/** Past the blanks, then the `[bookmark: …]` markers, from `pos` (never beyond `end`). */
function skipBlanksAndBookmarks(text: string, pos: number, end: number): number {
  while (pos < end && isBlankChar(text[pos])) pos++;
  for (;;) {
    BOOKMARK.lastIndex = pos;
    if (!BOOKMARK.test(text) || BOOKMARK.lastIndex > end) return pos;
    pos = BOOKMARK.lastIndex;
  }
}

function isAnnexHeadingLine(text: string, start: number, end: number): boolean {
  let pos = skipBlanksAndBookmarks(text, start, end);
  while (pos < end && (text[pos] === ' ' || text[pos] === '\u00a0')) pos++;
  ANNEX_HEADING.lastIndex = pos;
  return ANNEX_HEADING.test(text);
}

/** The paragraph inside one line: skips leading blanks, an optional cell tab, a bullet and bookmark markers. */
function paragraphOfLine(text: string, start: number, end: number, inCell: boolean): DraftParagraph {
  let pos = skipBlanksAndBookmarks(text, start, end);
  let listLevel: number | undefined;
  const bullet = text[pos];
  const next = text[pos + 1];
  // Word's export writes level-2 bullets as `o` + tab; a plain `o ` is a word.
  if ((bullet in BULLETS && isBlankChar(next)) || (bullet === 'o' && next === '\t')) {
    listLevel = bullet === 'o' ? 1 : BULLETS[bullet];
    pos = skipBlanksAndBookmarks(text, pos + 2, end);
  }
  while (pos < end && isBlankChar(text[pos])) pos++;
  const body = text.slice(pos, end);
  const paragraph: DraftParagraph = {
    type: 'paragraph',
    start: pos,
    end,
    text: body,
    isListItem: listLevel !== undefined,
  };
  if (listLevel !== undefined) {
    paragraph.listLevel = listLevel;
    paragraph.style = 'List Bullet';
  } else if (!inCell) {
    const level = guessHeadingLevel(body);
    if (level !== undefined) {
      paragraph.headingLevel = level;
      paragraph.style = `Heading ${level}`;
    }
  }
  return paragraph;
}

interface PendingCell {
  start: number;
  paragraphs: DraftParagraph[];
}

interface PendingTable {
  rows: PendingCell[][];
}

function isRealTable(table: PendingTable): boolean {
  return table.rows.length >= 2 && table.rows.some((row) => row.length >= 2);
}

function toTable(table: PendingTable): Table {
  const rows: TableRow[] = table.rows.map((cells) => {
    const tableCells: TableCell[] = cells.map((cell) => ({
      start: cell.start,
      end: cell.paragraphs[cell.paragraphs.length - 1].end,
      paragraphs: cell.paragraphs as Paragraph[],
      colSpan: 1,
    }));
    return { start: tableCells[0].start, end: tableCells[tableCells.length - 1].end, cells: tableCells };
  });
  return { type: 'table', index: 0, rows, start: rows[0].start, end: rows[rows.length - 1].end };
}

/** Reads the text of a .txt agenda. Never throws: any text is some document. */
export function readTextDocument(text: string, name: string): AgendaDocument {
  const blocks: DraftBlock[] = [];
  let table: PendingTable | null = null;
  let row: PendingCell[] | null = null;

  const endTable = () => {
    if (!table) return;
    if (isRealTable(table)) {
      blocks.push(toTable(table));
    } else {
      // Not a table after all: its non-empty paragraphs are ordinary paragraphs.
      for (const cells of table.rows)
        for (const cell of cells) for (const p of cell.paragraphs) if (p.text.trim() !== '') blocks.push(reparse(p));
    }
    table = null;
    row = null;
  };

  forEachLine(text, (start, end) => {
    if (isAnnexHeadingLine(text, start, end)) {
      endTable();
      blocks.push(paragraphOfLine(text, start, end, false));
      return;
    }
    CELL_START.lastIndex = start;
    if (CELL_START.test(text)) {
      table ??= { rows: [] };
      if (!row) {
        row = [];
        table.rows.push(row);
      }
      row.push({ start: CELL_START.lastIndex - 1, paragraphs: [paragraphOfLine(text, start, end, true)] });
      return;
    }
    BLANK.lastIndex = start;
    if (BLANK.test(text) && BLANK.lastIndex === end) {
      row = null;
      return;
    }
    if (row) {
      row[row.length - 1].paragraphs.push(paragraphOfLine(text, start, end, true));
      return;
    }
    endTable();
    const paragraph = paragraphOfLine(text, start, end, false);
    // A line of bookmark markers only is no paragraph.
    if (paragraph.text.trim() !== '') blocks.push(paragraph);
  });
  endTable();
  return finalizeDocument({ name, format: 'txt', text, blocks, inferColSpans: true });
}

/** A cell paragraph that turned out to be an ordinary one: guess its heading level again. */
function reparse(p: DraftParagraph): DraftParagraph {
  const level = guessHeadingLevel(p.text);
  return level === undefined || p.isListItem ? p : { ...p, headingLevel: level, style: `Heading ${level}` };
}
