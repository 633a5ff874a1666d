/**
 * Length-preserving normalization for matching: every code unit maps to exactly one code unit, so offsets found in
 * the normalized text are valid in the original. No-break and narrow spaces become ' ', non-breaking and other
 * typographic hyphens become '-'. The en dash (U+2013) is kept: it means "range" or "separator" and grammars accept it.
 */

// U+00A0 NBSP, U+2007 figure space, U+2009 thin space, U+202F narrow NBSP -> ' '
// U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash, U+2212 minus -> '-'
const SPACES = /[\u00a0\u2007\u2009\u202f]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2212]/g;
/** Any character normalization changes (no flags): text without one is its own normalized form. */
export const SPECIAL_CHARACTERS = /[\u00a0\u2007\u2009\u202f\u2010\u2011\u2012\u2212]/;

/** Same length as `text`; returns `text` itself when nothing needs replacing (the common case, and cheap). */
export function normalizeForMatching(text: string): string {
  if (!SPECIAL_CHARACTERS.test(text)) return text;
  // Two string replacements are much faster than one with a callback on large texts.
  return text.replace(SPACES, ' ').replace(HYPHENS, '-');
}

/** True for the characters `normalizeForMatching` turns into a plain space. */
export function isSpaceLike(ch: string): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u2007' || ch === '\u2009' || ch === '\u202f';
}

/**
 * Format characters (Unicode's Cf: zero-width space and joiners, soft hyphen, word joiner, byte-order mark, bidi
 * controls) are invisible: `TD1<U+200B>06` reads as TD106 to the person looking at it. `withoutFormatCharacters`
 * gives the text without them and the way back to the original's offsets, so that an id is found whole, the span
 * running from its first visible character to its last (format characters inside it included, those around it
 * left out) — never cut at the invisible character, never losing what follows it. Null when there are none (the
 * common case: one regex test).
 */
const FORMAT = /\p{Cf}/gu;
const FORMAT_TEST = /\p{Cf}/u;

export interface VisibleText {
  text: string;
  /** The original span of `[start, end)` of the visible text. */
  span(start: number, end: number): { start: number; end: number };
}

export function withoutFormatCharacters(text: string): VisibleText | null {
  if (!FORMAT_TEST.test(text)) return null;
  const origin = new Int32Array(text.length);
  const pieces: string[] = [];
  let length = 0;
  let at = 0;
  const keep = (end: number) => {
    for (let i = at; i < end; i++) origin[length++] = i;
    pieces.push(text.slice(at, end));
  };
  for (const m of text.matchAll(FORMAT)) {
    keep(m.index);
    at = m.index + m[0].length;
  }
  keep(text.length);
  return {
    text: pieces.join(''),
    span: (start, end) => ({ start: origin[start], end: end > start ? origin[end - 1] + 1 : origin[start] }),
  };
}
