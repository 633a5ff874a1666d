/**
 * Whether a page has anything for TD Lens, asked before the rest of it is loaded: a candidate is a text node TD Lens
 * would read that holds a digit and a trigger of a marked kind (the parser's own pretest, derived from the table of
 * kinds: kinds.ts MARKED_PRETEST), or a link to an ITU document. A page without one costs a walk over its text and
 * nothing more. Small on purpose: this runs on every page (boot.ts), the parser does not.
 */
import { normalizeForMatching } from '../../shared/text/normalize';
import { mayBeItuDocumentUrl } from './links';
import { isInsideRejected, isRejectedElement, mayHoldReference } from './walk';

export interface CandidateTest {
  text(data: string): boolean;
  element(el: Element): boolean;
}

/** The test for `pretest` (MARKED_PRETEST, over normalized text). */
export function candidateTest(pretest: RegExp): CandidateTest {
  return {
    text: (data) => mayHoldReference(data) && pretest.test(normalizeForMatching(data)),
    // `localName`, not `tagName`: an anchor is an `a` in HTML and SVG alike; only HTML anchors have `href` as a URL.
    element: (el) => el.localName === 'a' && typeof (el as HTMLAnchorElement).href === 'string' && mayBeItuDocumentUrl((el as HTMLAnchorElement).href),
  };
}

/** The next node of a walk after `node`, not going below `node` itself. */
function after(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

export interface CandidateScan {
  /**
   * Looks at what the document holds that this scan has not seen (while the page loads: what was parsed since the
   * last call), until `deadline` (a `performance.now()` time). `found`: a candidate; `more`: out of time; `seen`:
   * everything there is now was looked at.
   */
  next(deadline: number): 'found' | 'more' | 'seen';
}

/**
 * A walk over `doc` that can be resumed as the parser adds to it: it remembers the last node it looked at and goes
 * on from there (into it, when it was an element whose children came later). Rejected subtrees (scripts, fields,
 * editable regions) are skipped as the lens skips them.
 */
export function createCandidateScan(doc: Document, test: CandidateTest): CandidateScan {
  let last: Node | null = null;
  /** Where the walk goes from `node`: into it (an element not skipped), else past it. */
  const from = (node: Node): Node | null => {
    const into = node.nodeType === Node.ELEMENT_NODE && !isRejectedElement(node as Element) ? node.firstChild : null;
    return into ?? after(node, doc);
  };
  const candidate = (node: Node): boolean =>
    node.nodeType === Node.TEXT_NODE ? test.text((node as Text).data) : node.nodeType === Node.ELEMENT_NODE && test.element(node as Element);
  return {
    next(deadline) {
      // A text node the parser was still filling may have grown since.
      if (last && !last.isConnected) last = null;
      if (last?.nodeType === Node.TEXT_NODE && candidate(last)) return 'found';
      let node = last ? from(last) : doc.documentElement;
      for (let n = 0; node; n++) {
        if (candidate(node)) return 'found';
        last = node;
        node = from(node);
        if ((n & 63) === 63 && performance.now() >= deadline) return 'more';
      }
      return 'seen';
    },
  };
}

/** Whether content the page added or changed holds a candidate (its subtree walked; rejected places skipped). */
export function holdsCandidate(node: Node, test: CandidateTest): boolean {
  if (isInsideRejected(node)) return false;
  if (node.nodeType === Node.TEXT_NODE) return test.text((node as Text).data);
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  for (let n: Node | null = node; n; ) {
    if (n.nodeType === Node.TEXT_NODE ? test.text((n as Text).data) : n.nodeType === Node.ELEMENT_NODE && test.element(n as Element)) return true;
    const into: Node | null = n.nodeType === Node.ELEMENT_NODE && !isRejectedElement(n as Element) ? n.firstChild : null;
    n = into ?? after(n, node);
  }
  return false;
}
