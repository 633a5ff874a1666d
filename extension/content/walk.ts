/**
 * Which parts of a page TD Lens reads: one walk over text nodes that skips whole subtrees it must not touch.
 */

/** Attribute on every mark (span or annotated link): its canonical reference id. */
export const REF_ATTR = 'data-td-lens-ref';
export const KIND_ATTR = 'data-td-lens-kind';
/** Tag of the element that hosts the card's shadow root. */
export const CARD_HOST_TAG = 'td-lens-card';

/**
 * Elements whose text is not prose: scripts and styles, form fields (editing them would lose the page's state),
 * inline code (literal text a reader copies; `<pre>` stays readable because mail archives use it for messages),
 * embedded documents and vector graphics. By `localName` (lower case, also for SVG and MathML roots).
 */
export const REJECTED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'button',
  'code',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  CARD_HOST_TAG,
]);

/** `contenteditable` values that make an element editable (`false` and `inherit`-like garbage do not). */
const EDITABLE_VALUES = new Set(['', 'true', 'plaintext-only']);

/**
 * An element that makes its subtree editable. The attribute, not `isContentEditable`: that one reads computed
 * style on every element walked (a style recalculation when anything changed); descendants of an editable
 * element are skipped with it, and content added later is checked against its ancestors.
 */
function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && EDITABLE_VALUES.has(value.toLowerCase());
}

/** True when TD Lens must not read or change anything inside `el`. */
export function isRejectedElement(el: Element): boolean {
  if (REJECTED_TAGS.has(el.localName)) return true;
  // Most elements have no attributes at all: one cheap test before two lookups.
  return el.hasAttributes() && (el.hasAttribute(REF_ATTR) || isEditable(el));
}

/** True when `node` sits inside a rejected element (for content added later, whose ancestors the walker never saw). */
export function isInsideRejected(node: Node, root: Node | null = null): boolean {
  for (
    let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (isRejectedElement(el)) return true;
    if (el === root) break;
  }
  return false;
}

/** Cheap test before running the parser: every reference TD Lens marks contains a digit. */
export function mayHoldReference(text: string): boolean {
  return text.length >= 2 && /\d/.test(text);
}

export interface WalkOptions {
  /** Text nodes not to read (the pieces TD Lens itself inserted). */
  seen?: WeakSet<Node>;
  /** Called for each element the walker enters; returns false to skip its subtree (used for ITU links). */
  onElement?: (el: Element) => boolean;
}

export interface TextWalker {
  /** The next text node worth parsing, in document order; null at the end. */
  nextNode(): Text | null;
}

/**
 * The text nodes under `root` worth parsing. Rejected elements are skipped with their whole subtree, so a
 * `<script>` inside a `<div>` costs nothing. A walk by hand over firstChild/nextSibling: a TreeWalker with a filter
 * calls back into script for every node, which cost more than the walk itself on big pages. When the page removes
 * the node the walk would go on to, it goes on from the node it came from, or starts over from `root` when that one
 * is gone too (nodes already read are cheap to pass).
 */
export function createTextWalker(root: Node, { seen, onElement }: WalkOptions = {}): TextWalker {
  const after = (node: Node): Node | null => {
    for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
    return null;
  };
  /** Where the walk goes from `node`: into it (an element not skipped), else past it. */
  const from = (node: Node): Node | null => {
    if (node.nodeType !== Node.ELEMENT_NODE) return after(node);
    const el = node as Element;
    const skip = isRejectedElement(el) || (onElement !== undefined && !onElement(el));
    return (!skip && el.firstChild) || after(el);
  };
  let last: Node | null = null;
  let next: Node | null = root.firstChild;
  return {
    nextNode() {
      while (next) {
        if (!next.isConnected && root.isConnected) {
          if (last?.isConnected) next = from(last);
          else [last, next] = [null, root.firstChild];
          continue;
        }
        const node = next;
        last = node;
        next = from(node);
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const text = node as Text;
        if (!seen?.has(text) && mayHoldReference(text.data)) return text;
      }
      return null;
    },
  };
}

/** All text nodes under `root` worth parsing, in document order (tests and small subtrees). */
export function textNodesUnder(root: Node, options: WalkOptions = {}): Text[] {
  const walker = createTextWalker(root, options);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}

/** Elements that start a line of their own in rendered text (a fixed list: reading computed styles costs layout). */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const UNRENDERED_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

/**
 * The first `limit` characters of the text under `root`, a line per block: what `innerText` would start with,
 * without the layout of the whole page that `innerText` costs on a big one.
 */
export function headText(root: Element, limit: number): string {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.TEXT_NODE
        ? NodeFilter.FILTER_ACCEPT
        : UNRENDERED_TAGS.has((node as Element).tagName.toUpperCase())
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  });
  let out = '';
  let lastBlock: Element | null = null;
  for (let node = walker.nextNode(); node && out.length < limit; node = walker.nextNode()) {
    let block = node.parentElement;
    while (block && block !== root && !BLOCK_TAGS.has(block.tagName.toUpperCase())) block = block.parentElement;
    if (block !== lastBlock && out !== '') out += '\n';
    lastBlock = block;
    out += (node as Text).data;
  }
  return out.slice(0, limit);
}
