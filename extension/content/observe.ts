/**
 * Follows content the page adds or changes after load. TD Lens's own insertions (marks, the text pieces around
 * them, the card host) are recognised and dropped, so nothing is processed twice.
 */
import { CARD_HOST_TAG, REF_ATTR } from './walk';

export interface PageChanges {
  /** Elements and text nodes the page inserted. */
  added: Node[];
  /** Text nodes whose text the page changed. */
  changedText: Text[];
}

/** True for nodes TD Lens itself inserted. */
export function isOwnNode(node: Node, seen: WeakSet<Text>): boolean {
  if (node.nodeType === Node.TEXT_NODE) return seen.has(node as Text);
  if (node.nodeType !== Node.ELEMENT_NODE) return true; // comments and the like: nothing to read
  const el = node as Element;
  return el.hasAttribute(REF_ATTR) || el.tagName.toLowerCase() === CARD_HOST_TAG;
}

/** The page's own changes among `records`. */
export function pageChanges(records: readonly MutationRecord[], seen: WeakSet<Text>): PageChanges {
  const added: Node[] = [];
  const changedText: Text[] = [];
  for (const record of records) {
    if (record.type === 'characterData') {
      const text = record.target as Text;
      // A change inside a mark is the page editing a node it no longer owns; leave it.
      if (text.parentElement?.hasAttribute(REF_ATTR)) continue;
      changedText.push(text);
      continue;
    }
    for (const node of record.addedNodes) {
      if (!isOwnNode(node, seen)) added.push(node);
    }
  }
  return { added, changedText };
}

/** Observes `root`; `onChange` receives the page's changes only. Returns the disconnect function. */
export function observePage(root: Node, seen: WeakSet<Text>, onChange: (changes: PageChanges) => void): () => void {
  const observer = new MutationObserver((records) => {
    const changes = pageChanges(records, seen);
    if (changes.added.length > 0 || changes.changedText.length > 0) onChange(changes);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
