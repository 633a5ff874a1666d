import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containing, firstAtOrAfter, within } from './spans';

const spans = [
  { start: 0, end: 5 },
  { start: 5, end: 9 },
  { start: 12, end: 20 },
];

describe('span lookups', () => {
  it('find the first span at or after an offset, spans within a range, and the span containing one', () => {
    expect(firstAtOrAfter(spans, 6)).toBe(2);
    expect(within(spans, 4, 20)).toEqual([spans[1], spans[2]]);
    expect(containing(spans, 13, 15)).toBe(spans[2]);
    expect(containing(spans, 9, 10)).toBeUndefined();
    expect(containing(spans, 0, 0)).toBe(spans[0]);
  });

  it('property: agree with linear scans', () => {
    const sorted = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 5 })), { maxLength: 12 }).map((gaps) => {
      let at = 0;
      return gaps.map(([gap, len]) => {
        const start = at + gap;
        at = start + len;
        return { start, end: start + len };
      });
    });
    fc.assert(
      fc.property(sorted, fc.nat(60), fc.nat(10), (list, start, len) => {
        const end = start + len;
        expect(within(list, start, end)).toEqual(list.filter((s) => s.start >= start && s.end <= end));
        const found = containing(list, start, end);
        const expected = list.filter((s) => s.start <= start && end <= s.end);
        if (found) expect(expected).toContain(found);
        else expect(expected).toEqual([]);
      }),
    );
  });
});
