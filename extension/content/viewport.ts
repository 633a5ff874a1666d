/**
 * Where the delegate is looking. On a big page only what is on screen or near it (one screen above and below) is
 * marked; the rest is marked as it comes near. Runs are kept in document order, and in-flow content is in vertical
 * order too, so a binary search over their rectangles finds the ones near the screen in O(log n) reads, on every
 * scroll frame. (An IntersectionObserver per element cost 165–240 ms a scroll frame with 50,000 targets.)
 */

export interface Band {
  top: number;
  bottom: number;
}

export interface View {
  /** The band worth marking now, in viewport coordinates. */
  band(): Band;
  /** Where `node` is on screen (viewport coordinates), or null when it is not rendered (hidden, detached). */
  rectOf(node: Node): Band | null;
}

/** The browser's view of `win`: its viewport and a screen's height above and below; a text node's box is its parent's. */
export function windowView(win: Window): View {
  return {
    band: () => ({ top: -win.innerHeight, bottom: 2 * win.innerHeight }),
    rectOf(node) {
      const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      if (!el?.isConnected) return null;
      const r = el.getBoundingClientRect();
      return r.width === 0 && r.height === 0 ? null : { top: r.top, bottom: r.bottom };
    },
  };
}

/** Entries past the band's end read before the scan stops (a little out-of-order content is still found). */
const LOOK_PAST = 3;
/** How far a probe looks for a rendered neighbour when it hits hidden content. */
const PROBE_REACH = 8;

/**
 * Indexes of the items in `[from, items.length)` whose box meets `band`, for items in document order. Hidden items
 * are skipped; out-of-flow content that breaks the vertical order may be missed here and is found when the
 * delegate scrolls to it.
 */
export function itemsInBand<T>(
  items: readonly T[],
  nodeOf: (item: T) => Node,
  view: View,
  band: Band,
  from = 0,
): number[] {
  const rect = (i: number) => view.rectOf(nodeOf(items[i]));
  const probe = (i: number) => {
    for (let j = i; j < items.length && j < i + PROBE_REACH; j++) {
      const r = rect(j);
      if (r) return r;
    }
    return null;
  };
  let lo = from;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = probe(mid);
    if (r === null || r.bottom < band.top) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  let past = 0;
  for (let i = Math.max(from, lo - 1); i < items.length && past < LOOK_PAST; i++) {
    const r = rect(i);
    if (!r) continue;
    if (r.top > band.bottom) {
      past++;
      continue;
    }
    past = 0;
    if (r.bottom >= band.top) out.push(i);
  }
  return out;
}

/** Index of the first item at or after `node` in document order (items in document order). */
export function firstAtOrAfter<T>(items: readonly T[], nodeOf: (item: T) => Node, node: Node): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const other = nodeOf(items[mid]);
    const before = other !== node && (node.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
