/**
 * One model for a document, whatever it came from (.txt, .html, .docx, or Word itself): ordered blocks with
 * offsets into one flat text. Every parser and check works on `AgendaDocument.text`; front ends map offsets back.
 *
 * Flat text layout (the same for every source, modelled on the sample .txt export, so that a .docx and its .txt
 * give the same references): paragraphs end with `\n`; inside a table, a row's cells each start on a new line
 * with a `\t` before their first paragraph, further paragraphs of a cell follow on their own lines, and a blank
 * line ends the row. For .txt the flat text is the file's own text (offsets are file offsets).
 */
import type { Span } from '../text/spans';
import type { TextEncodingName } from '../text/encoding';
import type { ListDefinitions } from './docx-numbering';

export interface Paragraph extends Span {
  type: 'paragraph';
  /** The paragraph's text, `doc.text.slice(start, end)`; list bullets and leading markers are outside the span. */
  text: string;
  /** Position among all paragraphs of the document (tables included), in document order. */
  index: number;
  /** Style name when known (`Heading 1`, `List Bullet`, `Normal`). */
  style?: string;
  /** 1..9 for headings (from the style, or `<h1>`..), absent otherwise. */
  headingLevel?: number;
  isListItem: boolean;
  /** 0-based list level for list items. */
  listLevel?: number;
  /**
   * The automatic number of a numbered list item as shown (`1.`, `3.1`), when the source numbers it (.docx
   * numbering); it is written in the flat text before the span, like a bullet.
   */
  listLabel?: string;
  /** The list (numbering.xml's numId) and level Word numbers this paragraph in, when the source says (.docx). */
  numbering?: { numId: string; level: number };
  /** The paragraph is the text after a manual line break (Shift+Enter) in the same Word paragraph as the one before. */
  afterLineBreak?: boolean;
  /** Set for paragraphs inside a table cell. */
  table?: { table: number; row: number; cell: number };
}

export interface TableCell extends Span {
  paragraphs: Paragraph[];
  /** Columns this cell spans (gridSpan / colspan); 1 by default. */
  colSpan: number;
}

export interface TableRow extends Span {
  cells: TableCell[];
}

export interface Table extends Span {
  type: 'table';
  /** Position among the document's tables. */
  index: number;
  rows: TableRow[];
}

export type Block = Paragraph | Table;

/** A hyperlink in the document: `doc.text.slice(start, end)` is the linked text. */
export interface DocumentLink extends Span {
  url: string;
}

export type DocumentFormat = 'txt' | 'html' | 'docx' | 'word';

export interface AgendaDocument {
  /** File name or title, for messages. */
  name: string;
  format: DocumentFormat;
  /** The flat text all offsets point into. */
  text: string;
  /** Top-level blocks in order. */
  blocks: Block[];
  /** Every paragraph in document order, those inside tables included (`paragraphs[p.index] === p`). */
  paragraphs: Paragraph[];
  /** Hyperlinks (docx `w:hyperlink`, html `<a href>`, Word hyperlinks) in text order, when the reader knows them. */
  links?: DocumentLink[];
  /** The list definitions `Paragraph.numbering` names (.docx numbering.xml). */
  lists?: ListDefinitions;
  /** How a text file (.txt, .html) was encoded, so that a fixed copy is written the same way. */
  encoding?: TextEncodingName;
}

/** Bad input: the message names the file and the cause (the CLI prints it and exits 2). */
export class DocumentError extends Error {
  constructor(
    readonly file: string,
    readonly cause_: string,
  ) {
    super(`${file}: ${cause_}`);
    this.name = 'DocumentError';
  }
}
