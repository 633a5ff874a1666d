import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewedMap } from './reviewed-text';

describe('reviewedMap', () => {
  it('is the identity without tracked changes', () => {
    const map = reviewedMap('See TD106.', 'See TD106.')!;
    expect(map.toWord(4, 9)).toEqual({ from: 4, to: 9 });
    expect(map.toReviewed(7)).toBe(7);
  });

  it('carries spans over deleted text when the place is certain', () => {
    // "TD 106" fixed to "TD106" with Track Changes on: the old text stays, deleted, before the new.
    const text = 'WP2-4: Approve the report, TD 106TD106, and TD7R1.';
    const reviewed = 'WP2-4: Approve the report, TD106, and TD7R1.';
    const map = reviewedMap(text, reviewed)!;
    expect(map.toWord(0, 5)).toEqual({ from: 0, to: 5 });
    const at = reviewed.indexOf('TD7R1');
    expect(map.toWord(at, at + 5)).toEqual({ from: text.indexOf('TD7R1'), to: text.indexOf('TD7R1') + 5 });
    expect(map.toReviewed(text.indexOf('TD7R1'))).toBe(at);
    // Right beside the change, the deleted "TD 106" and the kept "TD106" fit either way: not certain.
    expect(map.toWord(reviewed.indexOf('TD106'), reviewed.indexOf('TD106') + 5)).toBeUndefined();
  });

  it('refuses spans whose place is not certain, or with deleted text inside', () => {
    // "TD107 " deleted before or after: Word's text does not say which copy is kept.
    const map = reviewedMap('TD107 TD107', 'TD107')!;
    expect(map.toWord(0, 5)).toBeUndefined();
    const inside = reviewedMap('TD1xx06', 'TD106')!;
    expect(inside.toWord(0, 5)).toBeUndefined();
    expect(inside.toWord(0, 3)).toEqual({ from: 0, to: 3 });
    expect(inside.toWord(3, 5)).toEqual({ from: 5, to: 7 });
  });

  it('says when the reviewed text is not Word’s text without deletions', () => {
    expect(reviewedMap('abc', 'abd')).toBeUndefined();
  });

  it('never maps a span onto text that differs from it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ text: fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 4 }), deleted: fc.boolean() }),
          { maxLength: 6 },
        ),
        fc.nat(20),
        fc.nat(20),
        (pieces, a, b) => {
          const text = pieces.map((p) => p.text).join('');
          const reviewed = pieces
            .filter((p) => !p.deleted)
            .map((p) => p.text)
            .join('');
          const map = reviewedMap(text, reviewed)!;
          const from = Math.min(a, b) % (reviewed.length + 1);
          const to = Math.min((Math.max(a, b) % (reviewed.length + 1)) + from, reviewed.length);
          const span = map.toWord(from, to);
          if (span) expect(text.slice(span.from, span.to)).toBe(reviewed.slice(from, to));
        },
      ),
    );
  });
});
