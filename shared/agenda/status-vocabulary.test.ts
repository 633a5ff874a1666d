import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STATUS_VOCABULARY, canonicalStatus, editDistance, matchStatusWord } from './status-vocabulary';

describe('status vocabulary', () => {
  it.each([
    ['Started, LS in TD142.', 'Started', 'Started', true],
    ['Not started.', 'Not started', 'Not started', true],
    ['Not Started.', 'Not Started', 'Not started', true],
    ['NOT  STARTED', 'NOT  STARTED', 'Not started', true],
    ['No Started. ', 'No Started', 'Not started', false],
    ['Complted', 'Complted', 'Completed', false],
    ['In-progress', 'In-progress', 'In progress', true],
    ['Under the remit of RG-WM.', 'Under the remit of', 'Under the remit of', true],
    ['Started JCA-MV has been established', 'Started', 'Started', true],
    ['Notstarted', 'Notstarted', 'Not started', false],
    ['ongoing work', 'ongoing', 'Ongoing', true],
  ])('%s → %s (%s, exact %s)', (text, written, canonical, exact) => {
    expect(matchStatusWord(text)).toMatchObject({ text: written, canonical, exact });
  });

  it('gives no status for other text', () => {
    expect(matchStatusWord('Liaison sent to SGs')).toBeNull();
    expect(matchStatusWord('')).toBeNull();
    expect(matchStatusWord('Stopped')).toBeNull();
    expect(canonicalStatus('Closd')).toBe('Closed');
  });

  it('matches every entry exactly whatever the case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATUS_VOCABULARY), fc.boolean(), (entry, upper) => {
        const written = upper ? entry.toUpperCase() : entry.toLowerCase();
        expect(matchStatusWord(`${written}, comment`)).toMatchObject({
          canonical: entry,
          exact: true,
          start: 0,
          end: written.length,
        });
      }),
    );
  });

  it('computes edit distances with transpositions', () => {
    expect(editDistance('started', 'strated')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('no started', 'not started')).toBe(1);
  });

  it('property: the rolling-row distance equals the full-table one, and `max` only caps it', () => {
    const full = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
      return d[a.length][b.length];
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.nat(4), (a, b, max) => {
        const exact = full(a, b);
        expect(editDistance(a, b)).toBe(exact);
        expect(editDistance(a, b, max)).toBe(Math.min(exact, max + 1));
      }),
    );
  });
});
