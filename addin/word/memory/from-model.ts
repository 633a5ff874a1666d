/**
 * A read document (.txt, .html, .docx: shared/document) as the body of an in-memory Word document, as Word would
 * show it after opening the file: paragraphs with their styles, lists with their definitions (a .docx's own
 * numbering; bullets; HTML's numbered lists as decimal lists starting where they start), manual line breaks as
 * `\v` inside one paragraph, tables with merged cells, links as hyperlinked runs. The preview opens files this way;
 * tests build Word documents from samples the same way.
 */
import type { ListDefinitions, ListLevel } from '../../../shared/document/docx-numbering';
import type { AgendaDocument, Paragraph } from '../../../shared/document/model';
import { formatRuns, normalizeRuns } from '../runs';
import { memoryParagraph, type MemoryBlock, type MemoryParagraph } from './memory-document';

export interface MemoryWordContent {
  blocks: MemoryBlock[];
  lists: ListDefinitions;
}

/**
 * Numbered paragraphs without a list of their own (HTML's `<ol>`): one decimal list per run of numbers that
 * follow each other at a level, starting at its first number, so Word's count gives the same numbers back.
 */
class LabelledLists {
  readonly abstracts = new Map<string, ReadonlyMap<number, ListLevel>>();
  readonly instances = new Map<string, { abstractId: string }>();
  private readonly open = new Map<number, { numId: string; last: number }>();

  numIdOf(label: string, level: number): string {
    const match = /^(\d+)(\.?)$/.exec(label);
    const n = Number(match?.[1] ?? NaN);
    const current = this.open.get(level);
    if (current && n === current.last + 1) {
      current.last = n;
      return current.numId;
    }
    const numId = `td-lens-numbered-${this.instances.size + 1}`;
    const definition: ListLevel = Number.isNaN(n)
      ? { format: 'none', text: label, start: 1 }
      : { format: 'decimal', text: `%${level + 1}${match?.[2] ?? ''}`, start: n };
    this.abstracts.set(numId, new Map([[level, definition]]));
    this.instances.set(numId, { abstractId: numId });
    this.open.set(level, { numId, last: n });
    return numId;
  }
}

export function memoryWordOf(doc: AgendaDocument): MemoryWordContent {
  const links = doc.links ?? [];
  const labelled = new LabelledLists();

  const withLinks = (paragraph: MemoryParagraph, p: Paragraph, offset: number) => {
    for (const link of links) {
      if (link.end <= p.start || link.start >= p.end) continue;
      paragraph.runs = formatRuns(paragraph.runs, offset + link.start - p.start, offset + link.end - p.start, {
        hyperlink: link.url,
      });
    }
  };

  const paragraphOf = (p: Paragraph): MemoryParagraph => {
    const heading = p.headingLevel !== undefined && !p.table ? p.headingLevel : undefined;
    const list = p.numbering
      ? { numId: p.numbering.numId, listLevel: p.numbering.level }
      : p.listLabel
        ? { numId: labelled.numIdOf(p.listLabel, p.listLevel ?? 0), listLevel: p.listLevel ?? 0 }
        : p.isListItem
          ? { listLevel: p.listLevel ?? 0 }
          : {};
    const paragraph = memoryParagraph(p.text, {
      style: p.style ?? (heading ? `Heading ${heading}` : 'Normal'),
      ...(heading ? { styleBuiltIn: `Heading${heading}` } : {}),
      ...list,
    });
    withLinks(paragraph, p, 0);
    return paragraph;
  };

  /** The paragraphs of a block or cell; a line after a manual line break joins the paragraph before it. */
  const paragraphsOf = (paragraphs: Paragraph[]): MemoryParagraph[] => {
    const out: MemoryParagraph[] = [];
    for (const p of paragraphs) {
      const previous = out[out.length - 1];
      if (p.afterLineBreak && previous) {
        const offset = previous.runs.reduce((n, run) => n + run.text.length, 0) + 1;
        previous.runs = normalizeRuns([...previous.runs, { text: `\v${p.text}` }], { text: '' });
        withLinks(previous, p, offset);
      } else {
        out.push(paragraphOf(p));
      }
    }
    return out;
  };

  const blocks: MemoryBlock[] = [];
  let run: Paragraph[] = [];
  const flush = () => {
    blocks.push(...paragraphsOf(run));
    run = [];
  };
  for (const block of doc.blocks) {
    if (block.type === 'paragraph') {
      run.push(block);
      continue;
    }
    flush();
    blocks.push({
      kind: 'table',
      headerRowCount: 0,
      rows: block.rows.map((row) => ({
        cells: row.cells.map((cell) => ({
          columnSpan: cell.colSpan,
          blocks: cell.paragraphs.length > 0 ? paragraphsOf(cell.paragraphs) : [memoryParagraph('')],
        })),
      })),
    });
  }
  flush();
  return {
    blocks,
    lists: {
      abstracts: new Map([...(doc.lists?.abstracts ?? []), ...labelled.abstracts]),
      instances: new Map([...(doc.lists?.instances ?? []), ...labelled.instances]),
    },
  };
}
