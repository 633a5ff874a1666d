/**
 * A read document (.txt, .html, .docx: shared/document) as the body of an in-memory Word document, as Word would
 * show it after opening the file: paragraphs with their styles and list levels, tables with merged cells, links as
 * hyperlinked runs. The preview opens files this way; tests build Word documents from the sample the same way.
 */
import type { AgendaDocument, Paragraph } from '../../../shared/document/model';
import { formatRuns } from '../runs';
import { memoryParagraph, type MemoryBlock, type MemoryParagraph } from './memory-document';

export function memoryBlocksOf(doc: AgendaDocument): MemoryBlock[] {
  const links = doc.links ?? [];
  const paragraphOf = (p: Paragraph): MemoryParagraph => {
    const heading = p.headingLevel !== undefined && !p.table ? p.headingLevel : undefined;
    const paragraph = memoryParagraph(p.text, {
      style: p.style ?? (heading ? `Heading ${heading}` : 'Normal'),
      ...(heading ? { styleBuiltIn: `Heading${heading}` } : {}),
      ...(p.isListItem ? { listLevel: p.listLevel ?? 0 } : {}),
    });
    for (const link of links) {
      if (link.end <= p.start || link.start >= p.end) continue;
      paragraph.runs = formatRuns(paragraph.runs, link.start - p.start, link.end - p.start, { hyperlink: link.url });
    }
    return paragraph;
  };
  return doc.blocks.map(
    (block): MemoryBlock =>
      block.type === 'paragraph'
        ? paragraphOf(block)
        : {
            kind: 'table',
            headerRowCount: 0,
            rows: block.rows.map((row) => ({
              cells: row.cells.map((cell) => ({
                columnSpan: cell.colSpan,
                blocks: cell.paragraphs.length > 0 ? cell.paragraphs.map(paragraphOf) : [memoryParagraph('')],
              })),
            })),
          },
  );
}
