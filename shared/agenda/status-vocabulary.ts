/**
 * The status words of action tables (`TSAG 05-2025: Started, ...`) and a forgiving matcher: case variants
 * (`Not Started`) are the same word; near-misses (`No Started`, `Complted`) are guessed but flagged as not exact.
 */

/** Canonical spellings. `Under the remit of` takes free text after it (`Under the remit of RG-WM.`). */
export const STATUS_VOCABULARY = [
  'Not started',
  'Started',
  'In progress',
  'Ongoing',
  'Completed',
  'Closed',
  'Deferred',
  'Superseded',
  'Under the remit of',
] as const;

export type CanonicalStatus = (typeof STATUS_VOCABULARY)[number];

export interface StatusWordMatch {
  /** Offsets relative to the text given to `matchStatusWord`. */
  start: number;
  end: number;
  /** As written. */
  text: string;
  canonical: CanonicalStatus;
  /** True when the words equal the canonical spelling ignoring case and spacing (`Not Started`); false for guesses. */
  exact: boolean;
}

const WORD = /[\p{L}]+/uy;

/** Word positions at the start of `text` (up to `max` words separated by spaces or hyphens). */
function leadingWords(text: string, max: number): { start: number; end: number }[] {
  const words: { start: number; end: number }[] = [];
  let pos = 0;
  while (pos < text.length && /[\s\u00a0]/.test(text[pos])) pos++;
  while (words.length < max) {
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m) break;
    words.push({ start: pos, end: pos + m[0].length });
    pos += m[0].length;
    const sep = /^[ \t\u00a0-]{1,3}/.exec(text.slice(pos));
    if (!sep) break;
    pos += sep[0].length;
  }
  return words;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), in three rolling rows. With `max`,
 * gives up as soon as the distance must exceed it and returns `max + 1` (near-miss matching needs no more).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every later row costs at least the smallest entry of this one, minus one transposition's look-back: two rows.
    if (rowMin > max && i > 1 && Math.min(...previous) > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length], max + 1);
}

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0-]+/g, ' ')
    .trim();

/** How many edits a near-miss of `canonical` may have. */
const tolerance = (canonical: string) => (canonical.length >= 10 ? 2 : 1);

const ENTRIES = STATUS_VOCABULARY.map((canonical) => ({
  canonical,
  key: key(canonical),
  joined: key(canonical).replace(/ /g, ''),
  words: canonical.split(' ').length,
  tolerance: tolerance(canonical),
}));
const MAX_WORDS = Math.max(...ENTRIES.map((e) => e.words)) + 1;

/**
 * The status word(s) at the start of `text`, exact (case-insensitive) or guessed; null when none is close.
 * Exact matches win; among guesses the smallest distance wins, then the longer entry.
 */
export function matchStatusWord(text: string): StatusWordMatch | null {
  const words = leadingWords(text.slice(0, 120), MAX_WORDS);
  if (words.length === 0) return null;
  const start = words[0].start;
  // Keys of the first 1..n words, computed once.
  const prefixes = words.map((w) => {
    const written = text.slice(start, w.end);
    return { written, key: key(written), end: w.end };
  });
  let best: { match: StatusWordMatch; distance: number } | null = null;
  for (const entry of ENTRIES) {
    // Also try one word fewer/more: `Notstarted`, `Not yet started` are near-misses too.
    for (const count of [entry.words, entry.words - 1, entry.words + 1]) {
      if (count < 1 || count > prefixes.length) continue;
      const prefix = prefixes[count - 1];
      // Lengths further apart than the tolerance cannot match: skip the distance table.
      if (Math.abs(prefix.key.length - entry.key.length) > entry.tolerance) continue;
      const distance = prefix.key === entry.key ? 0 : editDistance(prefix.key, entry.key, entry.tolerance);
      if (distance > entry.tolerance) continue;
      if (distance > 0 && count !== entry.words && prefix.key.replace(/ /g, '') !== entry.joined) continue;
      const better =
        !best ||
        distance < best.distance ||
        (distance === best.distance && entry.canonical.length > best.match.canonical.length);
      if (better)
        best = {
          match: { start, end: prefix.end, text: prefix.written, canonical: entry.canonical, exact: distance === 0 },
          distance,
        };
    }
  }
  return best?.match ?? null;
}

/** The canonical status of a written status, or null. */
export function canonicalStatus(written: string): CanonicalStatus | null {
  return matchStatusWord(written)?.canonical ?? null;
}
