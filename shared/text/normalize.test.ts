import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSpaceLike, normalizeForMatching } from './normalize';
import { arbitraryText } from './arbitrary-text';

describe('normalizeForMatching', () => {
  it('maps no-break spaces and hyphens to plain ones, keeps the en dash', () => {
    expect(normalizeForMatching('TD\u00a0106 SG2\u2011TD9 a\u202fb c\u2007d e\u2010f g\u2012h 26\u201330')).toBe(
      'TD 106 SG2-TD9 a b c d e-f g-h 26\u201330',
    );
  });
  it('returns the same string when nothing changes', () => {
    const s = 'plain text';
    expect(normalizeForMatching(s)).toBe(s);
  });
  it('preserves length for any string', () => {
    fc.assert(fc.property(arbitraryText(), (s) => normalizeForMatching(s).length === s.length));
  });
  it('normalizes long texts, and each of several long texts of the same length on its own', () => {
    const long = 'TD\u00a0106 '.repeat(1000);
    const other = 'SG2\u2011TD9 '.repeat(1000).slice(0, long.length);
    expect(normalizeForMatching(long)).toBe('TD 106 '.repeat(1000));
    expect(normalizeForMatching(long)).toBe('TD 106 '.repeat(1000));
    expect(normalizeForMatching(other)).toBe('SG2-TD9 '.repeat(1000).slice(0, long.length));
    expect(normalizeForMatching('x'.repeat(long.length))).toBe('x'.repeat(long.length));
  });
  it('knows space-like characters', () => {
    expect(['\u00a0', ' ', '\u202f'].every(isSpaceLike)).toBe(true);
    expect(isSpaceLike('x')).toBe(false);
  });
});
