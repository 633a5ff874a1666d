/**
 * The text around a mark, read when its card opens: the paragraph, list item or table cell it sits in, as plain
 * text, with the mark's span in it. Read only (the page's text is never changed or parsed as markup), bounded: a
 * block of more than MAX_NODES text nodes (a page with no paragraphs) gives nothing rather than a long walk.
 */

/** Elements whose text is one piece of prose: the mark's nearest one is what "around it" means. */
const BLOCKS: ReadonlySet<string> = new Set([
  'p',
  'li',
  'td',
  'th',
  'dd',
  'dt',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'figcaption',
  'caption',
  'body',
]);

const MAX_NODES = 2000;
/** Characters kept either side of the mark. */
const REACH = 600;

export interface MarkContext {
  text: string;
  /** The mark's span in `text`. */
  start: number;
  end: number;
}

export function textAround(mark: Element): MarkContext | null {
  let block = mark.parentElement;
  while (block && !BLOCKS.has(block.localName)) block = block.parentElement;
  if (!block) return null;
  const walker = mark.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let text = '';
  let start = -1;
  let end = -1;
  for (let node = walker.nextNode(), count = 0; node; node = walker.nextNode(), count++) {
    if (count > MAX_NODES) return null;
    const data = (node as Text).data;
    if (mark.contains(node)) {
      if (start < 0) start = text.length;
      end = text.length + data.length;
    }
    text += data;
    // Before the mark only the last REACH characters matter; after it, REACH more.
    if (start < 0 && text.length > REACH) text = text.slice(-REACH);
    if (end >= 0 && text.length > end + REACH) {
      text = text.slice(0, end + REACH);
      break;
    }
  }
  return start < 0 ? null : { text, start, end };
}
