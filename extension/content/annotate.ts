/**
 * Turns one text node into text + marks, with ONE DOM replacement per text node: a DocumentFragment of text nodes
 * and `<span data-td-lens-ref>` elements built with createElement/createTextNode (never HTML parsing), so the
 * page's visible text stays exactly the same.
 */
import type { Reference } from '../../shared/refs/types';
import { KIND_LABELS } from '../../shared/refs/kinds';
import { KIND_ATTR, REF_ATTR } from './walk';

export const MARK_CLASS = 'td-lens-mark';

/** What one annotated text node became: enough to put the original node back. */
export interface AnnotatedRun {
  original: Text;
  nodes: Node[];
  marks: HTMLElement[];
}

export interface AnnotateOptions {
  /** The text pieces TD Lens inserts are recorded here so nothing parses them again. */
  seen?: WeakSet<Text>;
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
 * Replaces `node` with its text split around marks for `refs` (offsets into `node.data`).
 * Returns null (and leaves the node alone) when there is nothing to mark or the node is detached.
 */
export function annotateTextNode(node: Text, refs: readonly Reference[], options: AnnotateOptions = {}): AnnotatedRun | null {
  const parent = node.parentNode;
  const doc = node.ownerDocument;
  if (!parent || !doc) return null;
  const data = node.data;
  const usable = usableReferences(data, refs);
  if (usable.length === 0) return null;
  const interactive = !isInsideLink(node);
  const fragment = doc.createDocumentFragment();
  const nodes: Node[] = [];
  const marks: HTMLElement[] = [];
  const addText = (text: string) => {
    if (text === '') return;
    const piece = doc.createTextNode(text);
    options.seen?.add(piece);
    fragment.appendChild(piece);
    nodes.push(piece);
  };
  let at = 0;
  for (const ref of usable) {
    addText(data.slice(at, ref.start));
    const mark = createMark(doc, ref, ref.text, interactive);
    options.seen?.add(mark.firstChild as Text);
    options.refOf?.set(mark, ref);
    fragment.appendChild(mark);
    nodes.push(mark);
    marks.push(mark);
    at = ref.end;
  }
  addText(data.slice(at));
  options.seen?.add(node);
  parent.replaceChild(fragment, node);
  return { original: node, nodes, marks };
}

/**
 * Puts the page's own text node back in place of a run (site switched off). Skipped when the page has since
 * moved the pieces: then they are left as they are, which still reads the same.
 */
export function restoreRun(run: AnnotatedRun): boolean {
  const first = run.nodes[0];
  const parent = first?.parentNode;
  if (!parent || run.nodes.some((n) => n.parentNode !== parent)) return false;
  parent.insertBefore(run.original, first);
  for (const n of run.nodes) parent.removeChild(n);
  return true;
}
