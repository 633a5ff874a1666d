/**
 * Builds the flat text and blocks of a structured source (HTML, .docx) in the layout of model.ts, so that
 * `readTextDocument(doc.text)` gives the same paragraphs and tables back.
 */
import type { AgendaDocument, DocumentFormat, DocumentLink, Table, TableCell, TableRow } from './model';
import { finalizeDocument, type DraftBlock, type DraftParagraph } from './draft';

export interface ParagraphProps {
  style?: string;
  headingLevel?: number;
  /** 0-based list level; set for list items only. */
  listLevel?: number;
  /** Text written before the paragraph span: `· ` for bullets, `1. ` for numbered lists. */
  marker?: string;
  /** The list number as shown (`1.`, `3.1`), for numbered list items. */
  listLabel?: string;
  /** The list and level Word numbers the paragraph in (.docx). */
  numbering?: { numId: string; level: number };
  /** The text after a manual line break of the paragraph before. */
  afterLineBreak?: boolean;
}

export class FlatTextBuilder {
  private text = '';
  /** The last paragraph added: its links are read from its own text, never from the flat text (see link). */
  private last = { start: 0, body: '' };
  private readonly blocks: DraftBlock[] = [];
  private readonly links: DocumentLink[] = [];
  private table: Table | null = null;
  private row: TableRow | null = null;
  private cell: TableCell | null = null;
  /** Tables inside a cell are flattened into that cell: depth counts the nesting. */
  private tableDepth = 0;

  /**
   * Adds a paragraph; returns the offset of its first character in the flat text, or null when it was left out
   * (blank paragraphs, except a cell's first one). Line breaks inside `content` become spaces (same length).
   */
  paragraph(content: string, props: ParagraphProps = {}): number | null {
    // One paragraph is one line of the flat text.
    const body = content.replace(/[\r\n]/g, ' ');
    const cell = this.cell;
    // Text in a table but outside its cells (an HTML caption, stray text) has no place in the layout.
    if (!cell && this.tableDepth > 0) return null;
    if (cell) {
      if (cell.paragraphs.length === 0) this.text += '\t';
      else if (body.trim() === '') return null; // an empty line would end the row
    } else if (body.trim() === '') {
      return null;
    }
    if (props.marker) this.text += props.marker;
    const start = this.text.length;
    this.text += body;
    this.last = { start, body };
    const paragraph: DraftParagraph = {
      type: 'paragraph',
      start,
      end: this.text.length,
      text: body,
      isListItem: props.listLevel !== undefined,
    };
    this.text += '\n';
    if (props.style) paragraph.style = props.style;
    if (props.headingLevel !== undefined && !cell) paragraph.headingLevel = props.headingLevel;
    if (props.listLevel !== undefined) paragraph.listLevel = props.listLevel;
    if (props.listLabel) paragraph.listLabel = props.listLabel;
    if (props.numbering) paragraph.numbering = props.numbering;
    if (props.afterLineBreak) paragraph.afterLineBreak = true;
    if (cell) {
      if (cell.paragraphs.length === 0) cell.start = start - 1 - (props.marker?.length ?? 0);
      cell.paragraphs.push(paragraph as TableCell['paragraphs'][number]);
      cell.end = paragraph.end;
    } else {
      this.blocks.push(paragraph);
    }
    return start;
  }

  /**
   * A hyperlink over `[start, end)` of the paragraph just added (blanks at its ends trimmed; empty ranges dropped).
   * Read in that paragraph's text: a character of the flat text, which grows by concatenation, would copy all of it
   * (40,000 lines each carrying an open field's link took 26 s).
   */
  link(url: string, start: number, end: number): void {
    const { start: at, body } = this.last;
    let s = Math.max(start, at) - at;
    let e = Math.min(end - at, body.length);
    while (s < e && /\s/.test(body[s])) s++;
    while (e > s && /\s/.test(body[e - 1])) e--;
    if (e > s && url) this.links.push({ url, start: at + s, end: at + e });
  }

  beginTable(): void {
    this.tableDepth++;
    if (this.tableDepth > 1) return;
    this.table = { type: 'table', index: 0, rows: [], start: this.text.length, end: this.text.length };
  }

  beginRow(): void {
    if (this.tableDepth !== 1 || !this.table) return;
    this.row = { cells: [], start: this.text.length, end: this.text.length };
  }

  beginCell(colSpan = 1): void {
    if (this.tableDepth !== 1 || !this.row) return;
    this.cell = { paragraphs: [], colSpan: Math.max(1, colSpan), start: this.text.length, end: this.text.length };
  }

  endCell(): void {
    if (this.tableDepth !== 1 || !this.row || !this.cell) return;
    const cell = this.cell;
    if (cell.paragraphs.length === 0) this.paragraph('');
    this.row.cells.push(cell);
    this.cell = null;
  }

  endRow(): void {
    if (this.tableDepth !== 1 || !this.table || !this.row) return;
    if (this.cell) this.endCell();
    const row = this.row;
    this.row = null;
    if (row.cells.length === 0) return;
    row.start = row.cells[0].start;
    row.end = row.cells[row.cells.length - 1].end;
    this.table.rows.push(row);
    this.text += '\n';
  }

  endTable(): void {
    if (this.tableDepth === 0) return;
    this.tableDepth--;
    if (this.tableDepth > 0 || !this.table) return;
    if (this.row) this.endRow();
    const table = this.table;
    this.table = null;
    if (table.rows.length === 0) return;
    table.start = table.rows[0].start;
    table.end = table.rows[table.rows.length - 1].end;
    this.blocks.push(table);
  }

  /** True inside a table cell (nested tables included). */
  get inCell(): boolean {
    return this.cell !== null;
  }

  build(name: string, format: DocumentFormat): AgendaDocument {
    while (this.tableDepth > 0) this.endTable();
    const doc = finalizeDocument({ name, format, text: this.text, blocks: this.blocks });
    doc.links = [...this.links].sort((a, b) => a.start - b.start);
    return doc;
  }
}
