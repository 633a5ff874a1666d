import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReferences } from '../../shared/refs/find-references';
import { findMarked, MARKED_KINDS } from './kinds';

describe('findMarked', () => {
  it('skips only text in which the parser finds nothing (property)', () => {
    const piece = fc.constantFrom('TD', '106', 'T', 'D', 'C', ' ', '\u00a0', '\u2011', '-', 'WP2', 'RG', 'WPR', 'Q', '3/17', 'R1', 'Rev.', 'SG12', 'x', '+', '2025-05-26');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (text) => {
        expect(findMarked(text)).toEqual(findReferences(text, { kinds: MARKED_KINDS }));
      }),
      { numRuns: 2000 },
    );
  });

  it('does not parse dates, counts and prices', () => {
    expect(findMarked('2025-05-26, 14:00, 3 items, EUR 120')).toEqual([]);
  });
});
