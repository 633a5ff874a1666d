/**
 * Which parts of a page TD Lens reads: one TreeWalker over text nodes that skips whole subtrees it must not touch.
 */

/** Attribute on every mark (span or annotated link): its canonical reference id. */
export const REF_ATTR = 'data-td-lens-ref';
export const KIND_ATTR = 'data-td-lens-kind';
/** Tag of the element that hosts the card's shadow root. */
export const CARD_HOST_TAG = 'td-lens-card';

/**
 * Elements whose text is not prose: scripts and styles, form fields (editing them would lose the page's state),
 * inline code (literal text a reader copies; `<pre>` stays readable because mail archives use it for messages),
 * embedded documents and vector graphics.
 */
export const REJECTED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON',
  'CODE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'HEAD', 'TITLE',
]);

/** `contenteditable` values that make an element editable (`false` and `inherit`-like garbage do not). */
const EDITABLE_VALUES = new Set(['', 'true', 'plaintext-only']);

function isEditable(el: Element): boolean {
  const html = el as HTMLElement;
  // jsdom does not compute isContentEditable; the attribute covers it there.
  if (html.isContentEditable === true) return true;
  const value = el.getAttribute('contenteditable');
  return value !== null && EDITABLE_VALUES.has(value.toLowerCase());
}

/** True when TD Lens must not read or change anything inside `el`. */
export function isRejectedElement(el: Element): boolean {
  return (
    REJECTED_TAGS.has(el.tagName.toUpperCase()) ||
    el.hasAttribute(REF_ATTR) ||
    el.tagName.toLowerCase() === CARD_HOST_TAG ||
    isEditable(el)
  );
}

/** True when `node` sits inside a rejected element (for content added later, whose ancestors the walker never saw). */
export function isInsideRejected(node: Node, root: Node | null = null): boolean {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
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
  /** Text nodes already looked at (also the pieces TD Lens itself inserted). */
  seen?: WeakSet<Text>;
  /** Called for each element the walker enters; returns false to skip its subtree (used for ITU links). */
  onElement?: (el: Element) => boolean;
}

/**
 * A TreeWalker over the text nodes under `root` worth parsing. Rejected elements are skipped with their whole
 * subtree (FILTER_REJECT), so a `<script>` inside a `<div>` costs nothing.
 */
export function createTextWalker(root: Node, { seen, onElement }: WalkOptions = {}): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        if (seen?.has(text) || !mayHoldReference(text.data)) return NodeFilter.FILTER_SKIP;
        return NodeFilter.FILTER_ACCEPT;
      }
      const el = node as Element;
      if (isRejectedElement(el)) return NodeFilter.FILTER_REJECT;
      if (onElement && !onElement(el)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_SKIP;
    },
  });
}

/** All text nodes under `root` worth parsing, in document order (tests and small subtrees). */
export function textNodesUnder(root: Node, options: WalkOptions = {}): Text[] {
  const walker = createTextWalker(root, options);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
