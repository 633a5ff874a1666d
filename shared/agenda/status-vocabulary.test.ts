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
        expect(matchStatusWord(`${written}, comment`)).toMatchObject({ canonical: entry, exact: true, start: 0, end: written.length });
      }),
    );
  });

  it('computes edit distances with transpositions', () => {
    expect(editDistance('started', 'strated')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('no started', 'not started')).toBe(1);
  });
});
