/**
 * Renders the preview state as DOM (built node by node; document text is never parsed as HTML). Each laid-out
 * paragraph element carries `data-paragraph="<model index>"`, so offsets map to DOM positions.
 */
import type { PreviewBlock, PreviewLayout, PreviewParagraph, PreviewState } from './preview-model';

export interface RenderOptions {
  /** Lets the reader edit paragraph text in place. */
  editable: boolean;
}

export function renderPreview(container: HTMLElement, state: PreviewState, layout: PreviewLayout, options: RenderOptions): void {
  const document = container.ownerDocument;
  const indexOf = new Map<PreviewParagraph, number>(layout.paragraphs.map((p, i) => [p, i]));

  const paragraphElement = (p: PreviewParagraph, inCell: boolean): HTMLElement => {
    const level = !inCell && p.headingLevel ? Math.min(p.headingLevel, 6) : 0;
    const element = document.createElement(level ? `h${level}` : 'p');
    element.className = p.isListItem ? 'list-item' : 'paragraph';
    if (p.isListItem) element.style.setProperty('--list-level', String(p.listLevel ?? 0));
    if (p.style) element.dataset.style = p.style;
    if (p.tag) element.dataset.tag = p.tag;
    const index = indexOf.get(p);
    if (index !== undefined) element.dataset.paragraph = String(index);
    if (options.editable) element.contentEditable = 'plaintext-only';
    for (const run of p.runs) {
      if (run.href) {
        const link = document.createElement('a');
        link.href = run.href;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        link.textContent = run.text;
        element.append(link);
      } else {
        element.append(document.createTextNode(run.text));
      }
    }
    return element;
  };

  const blockElement = (block: PreviewBlock): HTMLElement => {
    if (block.kind === 'paragraph') return paragraphElement(block, false);
    if (block.kind === 'group') {
      const group = document.createElement('div');
      group.className = 'group';
      group.dataset.tag = block.tag;
      if (block.title) group.title = block.title;
      group.append(...block.blocks.map(blockElement));
      return group;
    }
    const table = document.createElement('table');
    if (block.tag) table.dataset.tag = block.tag;
    const body = document.createElement('tbody');
    for (const row of block.rows) {
      const tr = document.createElement('tr');
      for (const cell of row.cells) {
        const td = document.createElement('td');
        if (cell.colSpan > 1) td.colSpan = cell.colSpan;
        td.append(...cell.paragraphs.map((p) => paragraphElement(p, true)));
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
    return table;
  };

  container.replaceChildren(...state.blocks.map(blockElement));
}

/** The DOM position `offset` characters into a paragraph element's text. */
export function domPosition(element: HTMLElement, offset: number): { node: Node; offset: number } {
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
