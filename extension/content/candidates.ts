/**
 * Whether a page has anything for TD Lens, asked before the rest of it is loaded: a candidate is a text node TD Lens
 * would read that holds the lead of a marked kind (`TD 7`, `C 45`, `WP2`, `Q3`: kinds.ts MARKED_PRETEST, derived
 * from the table of kinds), or a link to an ITU document. A page without one costs a walk over its text and nothing
 * more. This runs on every page, in code the browser has not optimized yet (each page is a fresh start), so the
 * walk is the browser's own (a TreeWalker over text nodes) with one expression tested on each; where a hit sits
 * (not in a script, a field, an editable region) is asked of the hits alone.
 */
import { SPECIAL_CHARACTERS, normalizeForMatching } from '../../shared/text/normalize';
import { mayBeItuDocumentUrl } from './links';
import { isInsideRejected } from './walk';

export interface CandidateTest {
  /** Text that may hold a reference (where it sits is not looked at). */
  text(data: string): boolean;
  /** A link to an ITU document. */
  link(a: Element): boolean;
}

/** The test for `pretest` (MARKED_PRETEST, over normalized text). */
export function candidateTest(pretest: RegExp): CandidateTest {
  // One pass over raw text: a lead, or a character normalization would change (then the normalized text is tested).
  const raw = new RegExp(`${SPECIAL_CHARACTERS.source}|${pretest.source}`);
  return {
    text(data) {
      const m = raw.exec(data);
      return m !== null && (!SPECIAL_CHARACTERS.test(m[0]) || pretest.test(normalizeForMatching(data)));
    },
    link: (a) =>
      typeof (a as HTMLAnchorElement).href === 'string' && mayBeItuDocumentUrl((a as HTMLAnchorElement).href),
  };
}

/** Anchors worth asking `link` about: their href names ITU's site (a native query, no walk in script). */
const ITU_ANCHORS = 'a[href*="itu.int/" i]';

/** Whether the text under `root` (walked by `walker`, from where it stands) holds a candidate where the lens reads. */
function walkText(walker: TreeWalker, test: CandidateTest, deadline: number): 'found' | 'more' | 'seen' {
  for (let n = 1, node = walker.nextNode(); node; n++, node = walker.nextNode()) {
    if (test.text((node as Text).data) && !isInsideRejected(node)) return 'found';
    if ((n & 255) === 0 && performance.now() >= deadline) return 'more';
  }
  return 'seen';
}

export interface CandidateScan {
  /**
   * Looks at the text the document holds that this scan has not seen (while the page loads: what was parsed since
   * the last call), until `deadline` (a `performance.now()` time). `found`: a candidate; `more`: out of time;
   * `seen`: all the text there is now was looked at.
   */
  next(deadline: number): 'found' | 'more' | 'seen';
  /** Looks at the document's links (once its DOM is complete). */
  links(): boolean;
}

/**
 * A scan of `doc`'s text that can be resumed as the parser adds to it: a TreeWalker stays where it stopped and goes
 * on from there. Links are asked about once the DOM is complete (one query).
 */
export function createCandidateScan(doc: Document, test: CandidateTest): CandidateScan {
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  return {
    next(deadline) {
      // Where the walk stood was removed by the page: it starts over (what it passes again is cheap to test).
      if (!walker.currentNode.isConnected) walker.currentNode = doc;
      // A text node the parser was still filling may have grown since.
      const last = walker.currentNode;
      if (last.nodeType === Node.TEXT_NODE && test.text((last as Text).data) && !isInsideRejected(last)) return 'found';
      return walkText(walker, test, deadline);
    },
    links: () => [...doc.querySelectorAll(ITU_ANCHORS)].some((a) => test.link(a) && !isInsideRejected(a)),
  };
}

/** Whether content the page added or changed holds a candidate (its subtree looked at; rejected places skipped). */
export function holdsCandidate(node: Node, test: CandidateTest): boolean {
  if (node.nodeType === Node.TEXT_NODE) return test.text((node as Text).data) && !isInsideRejected(node);
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const el = node as Element;
  if (isInsideRejected(el)) return false;
  const doc = el.ownerDocument;
  if (walkText(doc.createTreeWalker(el, NodeFilter.SHOW_TEXT), test, Infinity) === 'found') return true;
  const anchors = el.matches(ITU_ANCHORS) ? [el] : [...el.querySelectorAll(ITU_ANCHORS)];
  return anchors.some((a) => test.link(a) && !isInsideRejected(a));
}
