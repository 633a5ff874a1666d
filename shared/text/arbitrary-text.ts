/**
 * Test-only fast-check arbitrary: strings of printable ASCII mixed with any code point (lone surrogates included).
 * fast-check's own 'grapheme'/'binary' units pay seconds of set-up per test file; this one is cheap.
 */
import fc from 'fast-check';

const anyChar = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\n', '\t', '\u00a0', '\u2011', '\u2013', '\u202f', '·'),
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);

export function arbitraryText(maxLength = 200): fc.Arbitrary<string> {
  return fc.array(anyChar, { maxLength }).map((chars) => chars.join(''));
}
