import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from './apply-fixes';
import type { Fix } from './types';

const fix = (start: number, end: number, replacement: string): Fix => ({ start, end, replacement, description: 'd' });

describe('applyFixes', () => {
  it('applies replacements and insertions right to left with original offsets', () => {
    const result = applyFixes('TD7R1 on 5 November', [fix(19, 19, ' 2025'), fix(0, 5, 'TD7R2')]);
    expect(result.text).toBe('TD7R2 on 5 November 2025');
    expect(result.applied.map((f) => f.start)).toEqual([0, 19]);
    expect(result.skipped).toEqual([]);
  });

  it('skips overlapping, duplicate and out-of-range fixes and says why', () => {
    const result = applyFixes('abcdef', [
      fix(0, 3, 'X'),
      fix(2, 4, 'Y'),
      fix(0, 3, 'X'),
      fix(5, 9, 'Z'),
      fix(3, 3, '+'),
    ]);
    expect(result.text).toBe('X+def');
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'same as another fix',
      'overlaps the fix at 0-3',
      'out of range',
    ]);
  });

  it('never applies two insertions at one point', () => {
    const result = applyFixes('ab', [fix(1, 1, 'x'), fix(1, 1, 'y')]);
    expect(result.text).toBe('axb');
    expect(result.skipped).toHaveLength(1);
  });

  it('property: each applied fix lands where it was aimed, the rest of the text is kept', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(40), fc.nat(5), fc.string({ maxLength: 4 })), { maxLength: 6 }),
        (text, raw) => {
          const fixes = raw.map(([s, len, r]) => fix(Math.min(s, text.length), Math.min(s + len, text.length), r));
          const { text: out, applied } = applyFixes(text, fixes);
          // Rebuild independently, left to right.
          let expected = '';
          let pos = 0;
          for (const f of applied) {
            expect(f.start).toBeGreaterThanOrEqual(pos);
            expected += text.slice(pos, f.start) + f.replacement;
            pos = f.end;
          }
          expected += text.slice(pos);
          expect(out).toBe(expected);
        },
      ),
    );
  });
});
