import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectMeetingContext } from './context';
import { arbitraryText } from '../text/arbitrary-text';

const sample = readFileSync(new URL('../../samples/wp2-closing-agenda-2025-05.txt', import.meta.url), 'utf8');

describe('detectMeetingContext', () => {
  it('reads the sample: the whole meeting, not the one-day plenary', () => {
    expect(detectMeetingContext(sample)).toEqual({ group: 'TSAG', place: 'Geneva', start: '2025-05-26', end: '2025-05-30', studyPeriod: 25 });
  });

  it.each([
    ['Study Group 17\nGeneva, 9-17 June 2026\n', { group: 'SG17', place: 'Geneva', start: '2026-06-09', end: '2026-06-17', studyPeriod: 25 }],
    ['ITU-T SG12 meeting (Geneva, 9\u201318 September 2025)', { group: 'SG12', start: '2025-09-09', end: '2025-09-18' }],
    ['Working Party 1/17\n(Geneva, 1 December 2023)', { group: 'SG17', start: '2023-12-01', end: '2023-12-01', studyPeriod: 22 }],
    ['TSAG\n(Geneva, 30 January \u2013 3 February 2023)', { group: 'TSAG', start: '2023-01-30', end: '2023-02-03', studyPeriod: 22 }],
  ])('%s', (text, expected) => {
    expect(detectMeetingContext(text)).toMatchObject(expected);
  });

  it.each(['', 'no header here', 'TSAG met on 5 May 2025', '(Geneva, 26-30 May 2025) without group'])('null for %s', (text) => {
    expect(detectMeetingContext(text)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(fc.property(arbitraryText(200), (s) => {
      const ctx = detectMeetingContext(`TSAG (Geneva, ${s}`);
      expect(ctx === null || typeof ctx.start === 'string').toBe(true);
    }));
  });
});

describe('pathological inputs finish', () => {
  it.each([['(Geneva, 1 May 2025) '.repeat(10000)], ['Geneva, '.repeat(30000) + '1 May 2025'], ['A'.repeat(200000) + ', 1 May 2025']])('input %#', (text) => {
    const ctx = detectMeetingContext(text);
    expect(ctx === null || ctx.start.length === 10).toBe(true);
  });
});
