import { describe, expect, it } from 'vitest';
import { findActions, parseActionCode } from './action';

describe('parseActionCode', () => {
  it.each([
    ['WP2-4', 'WP2-4', 'WP2', 4],
    ['RG-WPR-1', 'RG-WPR-1', 'RG-WPR', 1],
    ['RG-DT-2', 'RG-DT-2', 'RG-DT', 2],
    ['RG-SC-01', 'RG-SC-1', 'RG-SC', 1],
  ])('%s → %s', (input, id, series, number) => {
    expect(parseActionCode(input)).toMatchObject({ kind: 'action', id, series, number });
  });

  it.each(['RG-WPR', 'RG-WM.', 'WP2/TSAG', 'WP1/12', 'WP2-', 'rg-wpr-1', 'RG-wpr-1', 'WP2-1234'])(
    '%s is not a code',
    (input) => {
      expect(parseActionCode(input)).toBeNull();
    },
  );
});

describe('findActions', () => {
  it('expands list forms, one ref per code spanning its own number', () => {
    const text = 'RG-WPR-2, 3, 4, 5: Adopt';
    const refs = findActions(text);
    expect(refs.map((r) => r.id)).toEqual(['RG-WPR-2', 'RG-WPR-3', 'RG-WPR-4', 'RG-WPR-5']);
    expect(refs.map((r) => r.text)).toEqual(['RG-WPR-2', '3', '4', '5']);
    expect(refs.map((r) => r.listed)).toEqual([false, true, true, true]);
  });

  it('expands "and" and short lists', () => {
    expect(findActions('RG-SC-1, 2 and WP1-3 and 4').map((r) => r.id)).toEqual([
      'RG-SC-1',
      'RG-SC-2',
      'WP1-3',
      'WP1-4',
    ]);
  });

  it('does not take groups for codes', () => {
    expect(findActions('RG-WPR alone, RG-WM. and WP2/TSAG, WP1/12, WP2-2025')).toEqual([]);
  });

  it('marks definitions that do not start their line as inline', () => {
    const text = 'Adopt Q10/20 (TD48) RG-WPR-6: Approve LS';
    expect(findActions(text)).toMatchObject([{ id: 'RG-WPR-6', inline: true }]);
  });

  it.each([
    ['· [bookmark: _Hlk173430768]WP2-4: Approve'],
    ['• RG-WPR-1: Approve'],
    ['- RG-WPR-1 : Approve'],
    ['   WP2-4: Approve'],
    ['Anticipated action WP2-9: Approve'],
    ['Anticipated actions: WP2-9: Approve'],
    ['see RG-WPR-1 for details'],
    ['text\nRG-WPR-2, 3: Adopt'],
  ])('not inline: %s', (text) => {
    const refs = findActions(text);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => !r.inline)).toBe(true);
  });

  it('marks a whole inline list as inline', () => {
    expect(findActions('and then RG-A-1, 2: do').map((r) => r.inline)).toEqual([true, true]);
  });
});
