/**
 * Follows what the PAGE does after load. TD Lens's own writes go through `quietly`, which drops the records they
 * cause, so nothing TD Lens does comes back to it as a change (and a page that reacts to TD Lens's change is seen
 * as what it is: the page undoing it).
 */

/** A node the page took out, and where from. */
export interface Removal {
  node: Node;
  from: Node;
}

export interface PageChanges {
  /** Elements and text nodes the page inserted. */
  added: Node[];
  /** Text nodes whose text the page changed. */
  changedText: Text[];
  /** Nodes the page removed (each record's direct children only). */
  removed: Removal[];
}

/** The page's changes among `records`; `ignore` says which targets are not followed (dropped subtrees). */
function pageChanges(records: readonly MutationRecord[], ignore: (target: Node) => boolean = () => false): PageChanges {
  const changes: PageChanges = { added: [], changedText: [], removed: [] };
  for (const record of records) {
    if (ignore(record.target)) continue;
    if (record.type === 'characterData') {
      changes.changedText.push(record.target as Text);
      continue;
    }
    for (const node of record.removedNodes) changes.removed.push({ node, from: record.target });
    for (const node of record.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) changes.added.push(node);
    }
  }
  return changes;
}

export interface PageObserver {
  /** Runs TD Lens's own DOM writes: the page's records up to now are kept and delivered, the writes' are dropped. */
  quietly<T>(write: () => T): T;
  disconnect(): void;
}

/** Observes `root`; `onChange` receives the page's changes only, in order. */
export function observePage(
  root: Node,
  onChange: (changes: PageChanges) => void,
  ignore?: (target: Node) => boolean,
): PageObserver {
  let held: MutationRecord[] = [];
  const deliver = (records: readonly MutationRecord[]) => {
    const changes = pageChanges(records, ignore);
    if (changes.added.length > 0 || changes.changedText.length > 0 || changes.removed.length > 0) onChange(changes);
  };
  const observer = new MutationObserver((records) => {
    // Records held back by `quietly` came first.
    const earlier = held;
    held = [];
    deliver(earlier.length > 0 ? [...earlier, ...records] : records);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  let depth = 0;
  return {
    quietly(write) {
      if (depth === 0) held.push(...observer.takeRecords());
      depth++;
      try {
        return write();
      } finally {
        depth--;
        if (depth === 0) {
          observer.takeRecords();
          if (held.length > 0) {
            queueMicrotask(() => {
              const earlier = held;
              held = [];
              if (earlier.length > 0) deliver(earlier);
            });
          }
        }
      }
    },
    disconnect() {
      observer.disconnect();
      held = [];
    },
  };
}
