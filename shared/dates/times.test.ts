import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTimeRanges } from './times';

describe('findTimeRanges', () => {
  it.each([
    ['13:00 \u2013 15:00 CEST', '13:00', '15:00', 'CEST'],
    ['13:00-15:00 CET', '13:00', '15:00', 'CET'],
    ['12:00 UTC', '12:00', null, 'UTC'],
    ['1 pm', '13:00', null, null],
    ['9:30 a.m. to 12 p.m.', '09:30', '12:00', null],
    ['13h00-15h00 (Geneva time)', '13:00', '15:00', 'Geneva time'],
    ['12 am', '00:00', null, null],
  ])('%s', (text, from, to, zone) => {
    const [t] = findTimeRanges(text);
    expect(t).toMatchObject({ text, from, to, zone, start: 0, end: text.length });
    if (zone !== null) expect(text.slice(t.zoneSpan?.start, t.zoneSpan?.end)).toBe(zone);
    else expect(t.zoneSpan).toBeNull();
  });

  it.each(['25:00', '12:60', '3.14', 'Q3/17 12', 'version 1:2', '13 pm', '2025-05-29'])('no time in %s', (text) => {
    expect(findTimeRanges(text)).toEqual([]);
  });

  it('never throws and slices back', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('1', '3', ':', '0', ' ', '-', 'p', 'm', 'C', 'E', 'T', 'S', '(', ')'),
          maxLength: 60,
        }),
        (s) => {
          for (const t of findTimeRanges(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
        },
      ),
    );
  });
});

describe('pathological inputs finish', () => {
  it.each([['1:00 - '.repeat(30000)], ['1 p'.repeat(50000)], ['12:00 ('.repeat(30000)], ['1'.repeat(100000)]])(
    'input %#',
    (text) => {
      expect(Array.isArray(findTimeRanges(text))).toBe(true);
    },
  );
});
