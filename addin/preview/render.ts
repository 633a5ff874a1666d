/**
 * Renders an in-memory Word document (../word/memory/) as HTML, node by node (document text is never parsed as
 * HTML): paragraphs (headings, list items with Word's number or bullet), runs (links, bold, highlight, tracked
 * insertions and deletions), tables with merged cells, and content controls as tagged groups. Each paragraph element
 * carries `data-paragraph` (its place in Word's paragraph order) and is mapped back to its paragraph, so typing
 * edits the right one and a Word selection becomes a DOM range. The DOM text of a paragraph is Word's text,
 * character for character (deleted text included), but for a manual line break (`\v`), shown as a line feed.
 */
import type { Run } from '../word/runs';
import {
  paragraphText,
  styleBuiltInOf,
  type MemoryBlock,
  type MemoryParagraph,
  type MemoryWordDocument,
  type Position,
} from '../word/memory/memory-document';

export interface Rendered {
  elementOf: Map<MemoryParagraph, HTMLElement>;
  paragraphOf: WeakMap<Element, MemoryParagraph>;
}

export function renderWordDocument(
  container: HTMLElement,
  doc: MemoryWordDocument,
  options: { editable: boolean },
): Rendered {
  const document = container.ownerDocument;
  const elementOf = new Map<MemoryParagraph, HTMLElement>();
  const paragraphOf = new WeakMap<Element, MemoryParagraph>();
  const order = new Map(doc.allParagraphs().map((p, i) => [p, i]));

  const marks = doc.listMarks();
  const runNode = (run: Run): Node => {
    let node: Node = document.createTextNode(run.text.replaceAll('\v', '\n'));
    const wrap = (tag: string) => {
      const element = document.createElement(tag);
      element.append(node);
      node = element;
      return element;
    };
    if (run.revision === 'inserted') wrap('ins');
    if (run.revision === 'deleted') wrap('del');
    if (run.bold) wrap('strong');
    if (run.highlightColor) wrap('mark').dataset.highlight = run.highlightColor;
    if (run.hyperlink) {
      const link = wrap('a') as HTMLAnchorElement;
      link.href = run.hyperlink;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
    return node;
  };

  const paragraphElement = (p: MemoryParagraph, inCell: boolean): HTMLElement => {
    const heading = /^Heading([1-9])$/.exec(styleBuiltInOf(p));
    const level = heading && !inCell ? Math.min(Number(heading[1]), 6) : 0;
    const element = document.createElement(level ? `h${level}` : 'p');
    element.className = p.listLevel !== undefined ? 'list-item' : 'paragraph';
    if (p.listLevel !== undefined) element.style.setProperty('--list-level', String(p.listLevel));
    const mark = marks.get(p);
    // Word shows bullets in their font (Symbol's private-use bullet is a plain bullet there).
    if (mark) element.dataset.listString = mark.kind === 'bullet' ? '•' : mark.label;
    element.dataset.style = p.style;
    element.dataset.paragraph = String(order.get(p) ?? -1);
    if (options.editable) element.contentEditable = 'plaintext-only';
    element.append(...p.runs.map(runNode));
    elementOf.set(p, element);
    paragraphOf.set(element, p);
    return element;
  };

  const blockElement = (block: MemoryBlock, inCell: boolean): HTMLElement => {
    if (block.kind === 'paragraph') return paragraphElement(block, inCell);
    if (block.kind === 'control') {
      const group = document.createElement('div');
      group.className = 'group';
      group.dataset.tag = block.tag;
      if (block.title) group.title = block.title;
      if (block.color) group.style.borderLeftColor = block.color;
      group.append(...block.blocks.map((inner) => blockElement(inner, inCell)));
      return group;
    }
    const table = document.createElement('table');
    const body = document.createElement('tbody');
    block.rows.forEach((row, r) => {
      const tr = document.createElement('tr');
      for (const cell of row.cells) {
        const td = document.createElement(r < block.headerRowCount ? 'th' : 'td');
        if (cell.columnSpan > 1) td.colSpan = cell.columnSpan;
        td.append(...cell.blocks.map((inner) => blockElement(inner, true)));
        tr.append(td);
      }
      body.append(tr);
    });
    table.append(body);
    return table;
  };

  container.replaceChildren(...doc.body.map((block) => blockElement(block, false)));
  return { elementOf, paragraphOf };
}

/** The DOM position `offset` characters into a paragraph element's text. */
function domPosition(element: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.data.length) return { node, offset: remaining };
    remaining -= node.data.length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: element, offset: element.childNodes.length };
}

/** The DOM range of a Word selection, when its paragraphs are shown. */
export function domRangeOf(rendered: Rendered, start: Position, end: Position): Range | undefined {
  const first = rendered.elementOf.get(start.paragraph);
  const last = rendered.elementOf.get(end.paragraph);
  if (!first || !last) return undefined;
  const clamp = (p: Position) => Math.min(Math.max(p.offset, 0), paragraphText(p.paragraph).length);
  const from = domPosition(first, clamp(start));
  const to = domPosition(last, clamp(end));
  const range = first.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
