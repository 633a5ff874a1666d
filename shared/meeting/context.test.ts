import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectMeetingContext } from './context';
import { arbitraryText } from '../text/arbitrary-text';

const sample = readFileSync(new URL('../../samples/wp2-closing-agenda-2025-05.txt', import.meta.url), 'utf8');

describe('detectMeetingContext', () => {
  it('reads the sample: the whole meeting, not the one-day plenary', () => {
    expect(detectMeetingContext(sample)).toEqual({
      group: 'TSAG',
      place: 'Geneva',
      start: '2025-05-26',
      end: '2025-05-30',
      studyPeriod: 25,
    });
  });

  it.each([
    [
      'Study Group 17\nGeneva, 9-17 June 2026\n',
      { group: 'SG17', place: 'Geneva', start: '2026-06-09', end: '2026-06-17', studyPeriod: 25 },
    ],
    [
      'ITU-T SG12 meeting (Geneva, 9\u201318 September 2025)',
      { group: 'SG12', start: '2025-09-09', end: '2025-09-18' },
    ],
    [
      'Working Party 1/17\n(Geneva, 1 December 2023)',
      { group: 'SG17', start: '2023-12-01', end: '2023-12-01', studyPeriod: 22 },
    ],
    [
      'TSAG\n(Geneva, 30 January \u2013 3 February 2023)',
      { group: 'TSAG', start: '2023-01-30', end: '2023-02-03', studyPeriod: 22 },
    ],
    // The header forms of Question and working-party agendas (group.test.ts has where each was seen).
    [
      'Draft agenda of the Q4/17 rapporteur group session\n(Geneva, 2-11 December 2025)\n1 Opening',
      { group: 'SG17', place: 'Geneva', start: '2025-12-02', end: '2025-12-11' },
    ],
    [
      'Q2/12 rapporteur group meeting\nGeneva, 9-18 September 2025\n',
      { group: 'SG12', start: '2025-09-09', end: '2025-09-18' },
    ],
    [
      'Joint meeting of Q4/12 and Q5/12\nGeneva, Switzerland, 9-18 September 2025\n',
      { group: 'SG12', place: 'Geneva', start: '2025-09-09' },
    ],
    [
      'Questions 1 and 7/17\nE-meeting, 3-5 March 2026\n',
      { group: 'SG17', place: 'E-meeting', start: '2026-03-03', end: '2026-03-05' },
    ],
    ['WP3/12\nGeneva, 9 September 2025\n', { group: 'SG12', start: '2025-09-09' }],
    [
      'Subject: Meeting of Study Group 12; Geneva, Switzerland, 9-18 September 2025',
      { group: 'SG12', place: 'Geneva', start: '2025-09-09' },
    ],
  ])('%s', (text, expected) => {
    expect(detectMeetingContext(text)).toMatchObject(expected);
  });

  it.each([
    '',
    'no header here',
    'TSAG met on 5 May 2025',
    '(Geneva, 26-30 May 2025) without group',
    'Joint meeting of Q4/9 and Q13/16\n(Geneva, 2-6 March 2026)',
  ])('null for %s', (text) => {
    expect(detectMeetingContext(text)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(arbitraryText(200), (s) => {
        const ctx = detectMeetingContext(`TSAG (Geneva, ${s}`);
        expect(ctx === null || typeof ctx.start === 'string').toBe(true);
      }),
    );
  });
});

describe('pathological inputs finish', () => {
  it.each([
    ['(Geneva, 1 May 2025) '.repeat(10000)],
    ['Geneva, '.repeat(30000) + '1 May 2025'],
    ['A'.repeat(200000) + ', 1 May 2025'],
  ])('input %#', (text) => {
    const ctx = detectMeetingContext(text);
    expect(ctx === null || ctx.start.length === 10).toBe(true);
  });
});
