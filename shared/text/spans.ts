/** Span lookups over lists sorted by start (references, entries, paragraphs): binary search instead of scans. */

/** A stretch of text: `text.slice(start, end)`. References, paragraphs, dates and findings all are. */
export interface Span {
  start: number;
  end: number;
}

/** Index of the first item with `start >= offset`. */
export function firstAtOrAfter(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items lying wholly inside `[start, end)`. */
export function within<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(sorted, start); i < sorted.length && sorted[i].start < end; i++) {
    if (sorted[i].end <= end) out.push(sorted[i]);
  }
  return out;
}

/** The item (of non-overlapping, sorted spans) that contains `[start, end)`, if any. */
export function containing<T extends Span>(sorted: readonly T[], start: number, end: number): T | undefined {
  const i = firstAtOrAfter(sorted, start + 1) - 1;
  const candidate = i >= 0 ? sorted[i] : undefined;
  return candidate && candidate.start <= start && end <= candidate.end ? candidate : undefined;
}
