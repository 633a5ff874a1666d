/**
 * Turns one text node into text + marks. The page's own text node STAYS in the page, holding the text before the
 * first reference; the marks (`<span data-td-lens-ref>`) and the text between and after them are inserted after
 * it, built with createElement/createTextNode (never HTML parsing), so the page's visible text stays the same.
 *
 * Why keep the page's node: scripts hold on to their text nodes. A framework that later sets `node.nodeValue`, moves
 * or removes the node (React, Vue, Svelte all do) would otherwise write to a node that is no longer in the page,
 * or fail to remove it. Here every such operation still works; TD Lens sees it (a change to, or removal of, the
 * node of a run) and takes its own nodes away (`restoreRun`).
 */
import type { Reference } from '../../shared/refs/types';
import { KIND_LABELS } from '../../shared/refs/kinds';
import { KIND_ATTR, REF_ATTR } from './walk';

export const MARK_CLASS = 'td-lens-mark';

/** What one annotated text node became: enough to put it back as it was. */
export interface AnnotatedRun {
  /** The page's text node; it now holds `head`. */
  original: Text;
  /** Its text before TD Lens touched it. */
  text: string;
  /** The text before the first reference (possibly empty). */
  head: string;
  /** What TD Lens inserted after it, in order: marks and text pieces. */
  nodes: Node[];
  marks: HTMLElement[];
}

export interface AnnotateOptions {
  /** The text pieces TD Lens inserts are recorded here so nothing parses them again. */
  own?: WeakSet<Text>;
  /** Each mark's full reference (revision, group...) for the card. */
  refOf?: WeakMap<Element, Reference>;
}

/** True when `el` is inside a link: a mark there must not be a second interactive element. */
export function isInsideLink(node: Node): boolean {
  return node.parentElement?.closest('a[href], [role="link"], button') != null;
}

export function createMark(doc: Document, ref: Reference, text: string, interactive: boolean): HTMLSpanElement {
  const mark = doc.createElement('span');
  mark.className = MARK_CLASS;
  mark.setAttribute(REF_ATTR, ref.id);
  mark.setAttribute(KIND_ATTR, ref.kind);
  if (interactive) {
    // Keyboard users reach the card the way mouse users do: focus opens it.
    mark.tabIndex = 0;
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-label', `${ref.id}, ${KIND_LABELS[ref.kind]}: show details`);
  }
  mark.appendChild(doc.createTextNode(text));
  return mark;
}

/** The references that can be marked in `data`: in order, inside it, matching their offsets, not overlapping. */
export function usableReferences(data: string, refs: readonly Reference[]): Reference[] {
  const out: Reference[] = [];
  let last = 0;
  for (const ref of refs) {
    if (ref.start < last || ref.end > data.length || ref.end <= ref.start) continue;
    if (data.slice(ref.start, ref.end) !== ref.text) continue;
    out.push(ref);
    last = ref.end;
  }
  return out;
}

/**
 * Marks `refs` (offsets into `node.data`) in `node`: the node keeps the text before the first reference, the rest
 * follows it as marks and text. Returns null (and leaves the node alone) when there is nothing to mark or the node
 * is detached.
 */
export function annotateTextNode(
  node: Text,
  refs: readonly Reference[],
  options: AnnotateOptions = {},
): AnnotatedRun | null {
  const parent = node.parentNode;
  const doc = node.ownerDocument;
  if (!parent || !doc) return null;
  const text = node.data;
  const usable = usableReferences(text, refs);
  if (usable.length === 0) return null;
  const interactive = !isInsideLink(node);
  const fragment = doc.createDocumentFragment();
  const nodes: Node[] = [];
  const marks: HTMLElement[] = [];
  const addText = (piece: string) => {
    if (piece === '') return;
    const added = doc.createTextNode(piece);
    options.own?.add(added);
    fragment.appendChild(added);
    nodes.push(added);
  };
  let at = usable[0].start;
  for (const ref of usable) {
    addText(text.slice(at, ref.start));
    const mark = createMark(doc, ref, ref.text, interactive);
    options.own?.add(mark.firstChild as Text);
    options.refOf?.set(mark, ref);
    fragment.appendChild(mark);
    nodes.push(mark);
    marks.push(mark);
    at = ref.end;
  }
  addText(text.slice(at));
  const head = text.slice(0, usable[0].start);
  parent.insertBefore(fragment, node.nextSibling);
  node.data = head;
  return { original: node, text, head, nodes, marks };
}

/**
 * Takes TD Lens's nodes of a run out of the page and gives the page's node its text back, unless the page has
 * written its own text into it since (then the page's text stands). Safe to call more than once.
 */
export function restoreRun(run: AnnotatedRun): void {
  for (const node of run.nodes) node.parentNode?.removeChild(node);
  if (run.original.data === run.head) run.original.data = run.text;
}
