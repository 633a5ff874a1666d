import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFERENCE_KINDS } from '../../shared/refs/kinds';
import { findReferences } from '../../shared/refs/find-references';
import { findMarked, MARKED_KINDS, MARKED_PRETEST, mayHoldMarked } from './kinds';

describe('the marked kinds', () => {
  it("pretest is the union of the marked kinds' leads, from the table of kinds", () => {
    const leads = REFERENCE_KINDS.filter((k) => MARKED_KINDS.includes(k.id)).map(
      (k) => ('lead' in k && k.lead ? k.lead : k.trigger).source,
    );
    expect(MARKED_PRETEST.source).toBe(leads.join('|'));
  });

  it('are found exactly as the parser finds them: the pretest rejects only text where it finds nothing (property)', () => {
    const piece = fc.constantFrom(
      'TD',
      '106',
      'T',
      'D',
      'C',
      ' ',
      '\u00a0',
      '\u2011',
      '-',
      'WP2',
      'RG',
      'WPR',
      'Q',
      '3/17',
      'R1',
      'Rev.',
      'SG12',
      'x',
      '+',
      '2025-05-26',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 14 }).map((p) => p.join('')),
        (text) => {
          expect(findMarked(text)).toEqual(findReferences(text, { kinds: MARKED_KINDS }));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('does not parse dates, counts and prices', () => {
    expect(mayHoldMarked('2025-05-26, 14:00, 3 items, EUR 120')).toBe(false);
    expect(findMarked('RG\u2011DT\u20111')).toHaveLength(1);
    expect(mayHoldMarked('RG\u2011DT\u20111')).toBe(true);
  });
});
