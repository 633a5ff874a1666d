/**
 * Word's text of a paragraph with tracked changes holds deleted text awaiting review (office-js issue 1267); what
 * TD Lens reads is the reviewed text, as it will read once the changes are accepted (`getReviewedText('Current')`).
 * Ranges in Word are found in Word's text, so offsets of the reviewed text must be carried over. The reviewed text
 * is Word's text with the deleted pieces left out, but Word does not say where they were: where the reviewed text
 * fits into Word's text in only one way around a span, that place is certain; where it fits in several ways
 * (deleted text that repeats kept text), the span is refused rather than guessed.
 *
 * Every reviewed character has a leftmost and a rightmost place it can take in Word's text (the greedy matches from
 * the left and from the right); any fitting puts it between the two. Where both are the same, the place is forced.
 */

export interface ReviewedMap {
  /** Word's text offsets of reviewed `[from, to)`; undefined when they are not certain or deleted text lies inside. */
  toWord(from: number, to: number): { from: number; to: number } | undefined;
  /** The reviewed offset of a Word's text offset (deleted characters count for nothing). */
  toReviewed(offset: number): number;
}

const IDENTITY: ReviewedMap = { toWord: (from, to) => ({ from, to }), toReviewed: (offset) => offset };

/** Maps offsets between `reviewed` and Word's text `text`; undefined when `reviewed` is not `text` minus deletions. */
export function reviewedMap(text: string, reviewed: string): ReviewedMap | undefined {
  if (text === reviewed) return IDENTITY;
  const n = reviewed.length;
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  for (let i = 0, at = 0; i < n; i++, at++) {
    while (at < text.length && text[at] !== reviewed[i]) at++;
    if (at >= text.length) return undefined;
    left[i] = at;
  }
  for (let i = n - 1, at = text.length - 1; i >= 0; i--, at--) {
    while (at >= 0 && text[at] !== reviewed[i]) at--;
    right[i] = at;
  }
  const forced = (i: number) => left[i] === right[i];
  return {
    toWord(from, to) {
      if (from < 0 || to > n || from > to) return undefined;
      if (from === to) {
        // A point: right after the reviewed character before it, or at the one after it.
        if (from > 0 && forced(from - 1)) return { from: left[from - 1] + 1, to: left[from - 1] + 1 };
        if (from < n && forced(from)) return { from: left[from], to: left[from] };
        return from === 0 && n === 0 ? { from: 0, to: 0 } : undefined;
      }
      for (let i = from; i < to; i++) if (!forced(i)) return undefined;
      // No deleted text inside: the span is contiguous in Word's text.
      if (left[to - 1] - left[from] !== to - 1 - from) return undefined;
      return { from: left[from], to: left[to - 1] + 1 };
    },
    toReviewed(offset) {
      // Reviewed characters placed before `offset` (the leftmost fitting; used for hyperlinks, which only mark).
      let low = 0;
      let high = n;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (left[mid] < offset) low = mid + 1;
        else high = mid;
      }
      return low;
    },
  };
}
