/** A small element tree from htmlparser2's streaming parser (runs in browsers and Node), with source offsets. */
import { Parser } from 'htmlparser2';

export interface MarkupElement {
  name: string;
  attribs: Record<string, string>;
  children: MarkupNode[];
  /** Offset of the opening tag in the source. */
  start: number;
}

export type MarkupNode = MarkupElement | string;

export function parseMarkup(content: string, xmlMode: boolean): MarkupElement {
  const root: MarkupElement = { name: '#root', attribs: {}, children: [], start: 0 };
  const stack: MarkupElement[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: MarkupElement = { name: xmlMode ? name : name.toLowerCase(), attribs, children: [], start: parser.startIndex };
        stack[stack.length - 1].children.push(element);
        stack.push(element);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        stack[stack.length - 1].children.push(text);
      },
    },
    { xmlMode, decodeEntities: true, recognizeCDATA: xmlMode },
  );
  parser.write(content);
  parser.end();
  return root;
}

/** Text content with whitespace collapsed. */
export function textOf(node: MarkupNode): string {
  return rawText(node).replace(/[\s\u00a0]+/g, ' ').trim();
}

function rawText(node: MarkupNode): string {
  if (typeof node === 'string') return node;
  // Line breaks separate what they separate.
  if (node.name === 'br') return ' ';
  return node.children.map(rawText).join('');
}

/** Every element below `node` (depth first, document order) that satisfies `test`. */
export function findAll(node: MarkupElement, test: (e: MarkupElement) => boolean, out: MarkupElement[] = []): MarkupElement[] {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}

/** Local name without a namespace prefix, lower case. */
export function localName(element: MarkupElement): string {
  const colon = element.name.indexOf(':');
  return (colon >= 0 ? element.name.slice(colon + 1) : element.name).toLowerCase();
}
