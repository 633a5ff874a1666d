/** What every reader builds before numbering: blocks without indexes. `finalizeDocument` numbers them. */
import type { AgendaDocument, Block, DocumentFormat, Paragraph, Table } from './model';

export type DraftParagraph = Omit<Paragraph, 'index'> & { index?: number };
export type DraftBlock = DraftParagraph | Table;

export interface DraftDocument {
  name: string;
  format: DocumentFormat;
  text: string;
  blocks: DraftBlock[];
  /** Give a short row's last cell the missing columns (sources that lose gridSpan: .txt). */
  inferColSpans?: boolean;
}

const HEADING_GUESSES: RegExp[] = [
  /^Annex\s+\d+[A-Za-z]?\s*(?:[-–—:]|$)/,
  /^Appendix\s+(?:[IVX]+|\d+)\s*(?:[-–—:]|$)/,
  /^(?:Draft\s+)?Agenda\s+(?:for|of)\b/i,
];

/** Heading level guessed from the words of a paragraph (sources without styles). */
export function guessHeadingLevel(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 160) return undefined;
  return HEADING_GUESSES.some((re) => re.test(trimmed)) ? 1 : undefined;
}

/** Numbers paragraphs and tables, marks table paragraphs with their position, and collects `paragraphs`. */
export function finalizeDocument(draft: DraftDocument): AgendaDocument {
  const paragraphs: Paragraph[] = [];
  const add = (p: DraftParagraph): Paragraph => {
    p.index = paragraphs.length;
    paragraphs.push(p as Paragraph);
    return p as Paragraph;
  };
  let tableIndex = 0;
  const blocks: Block[] = draft.blocks.map((block) => {
    if (block.type === 'paragraph') {
      delete block.table;
      return add(block);
    }
    block.index = tableIndex++;
    const width = Math.max(...block.rows.map((row) => row.cells.reduce((n, c) => n + c.colSpan, 0)));
    block.rows.forEach((row, r) => {
      if (draft.inferColSpans) {
        const used = row.cells.reduce((n, c) => n + c.colSpan, 0);
        if (used < width) row.cells[row.cells.length - 1].colSpan += width - used;
      }
      row.cells.forEach((cell, c) => {
        for (const p of cell.paragraphs) {
          p.table = { table: block.index, row: r, cell: c };
          add(p);
        }
      });
    });
    return block;
  });
  return { name: draft.name, format: draft.format, text: draft.text, blocks, paragraphs };
}
