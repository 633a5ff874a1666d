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
