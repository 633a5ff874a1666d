import { describe, expect, it } from 'vitest';
import {
  groupId,
  groupIdPattern,
  isItuGroup,
  meetingId,
  meetingIdPattern,
  parseGroupId,
  parseMeetingId,
  studyPeriodOf,
  yymmddToIso,
} from './id';

describe('study periods', () => {
  it.each([
    ['2025-05-26', 25],
    ['2025-01-13', 25],
    ['2024-10-25', 25],
    ['2024-10-24', 22],
    ['2022-03-10', 22],
    ['2022-03-09', 17],
    ['2020-09-01', 17],
    ['2016-11-04', 17],
    ['2016-11-03', 13],
    ['2012-11-30', 13],
    ['2012-11-29', 9],
  ])('%s → T%i', (iso, period) => {
    expect(studyPeriodOf(iso)).toBe(period);
  });
  it('has no period for old or malformed dates', () => {
    expect(studyPeriodOf('2001-01-01')).toBeNull();
    expect(studyPeriodOf('May 2025')).toBeNull();
  });
});

describe('meeting and group ids', () => {
  // One canonical form each, read back in any case.
  it.each([
    ['T25-TSAG-250526', { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 }],
    ['T25-SG12-250909', { group: 'SG12', start: '2025-09-09', studyPeriod: 25 }],
    ['T09-SG12-090203', { group: 'SG12', start: '2009-02-03', studyPeriod: 9 }],
  ])('%s', (id, meeting) => {
    expect(parseMeetingId(id)).toEqual(meeting);
    expect(parseMeetingId(id.toLowerCase())).toEqual(meeting);
    expect(meetingId(meeting)).toBe(id);
  });
  it.each(['T25-SG12', 'T25-SG12-25090', 'T25-SG 12-250909', 'T25-WP1-250909', 'SG12-250909', 'T25-SG12-250909-TD'])(
    '%s is not a meeting id',
    (id) => {
      expect(parseMeetingId(id)).toBeNull();
    },
  );
  it('reads and writes group ids', () => {
    expect(parseGroupId('T25-SG12')).toEqual({ group: 'SG12', studyPeriod: 25 });
    expect(parseGroupId('t22-tsag')).toEqual({ group: 'TSAG', studyPeriod: 22 });
    expect(parseGroupId('T25-SG12-250909')).toBeNull();
    expect(groupId({ group: 'sg12', studyPeriod: 9 })).toBe('T09-SG12');
  });
  it('gives the grammar to larger patterns, captured under the names asked for', () => {
    const docGroup = new RegExp(`^${meetingIdPattern({ group: 'g' })}-TD`).exec('T25-SG12-250909-TD-GEN-0001');
    expect(docGroup?.groups).toEqual({ g: 'SG12' });
    expect(new RegExp(`^${groupIdPattern()}$`).test('T25-TSAG')).toBe(true);
  });
  it('knows the groups of ids', () => {
    expect(['TSAG', 'SG12', 'sg5'].every(isItuGroup)).toBe(true);
    expect(['SG 12', 'WP1', 'SG123', 'RG-WM', ''].some(isItuGroup)).toBe(false);
  });
  it('reads the first day of ids', () => {
    expect(yymmddToIso('250909')).toBe('2025-09-09');
    expect(yymmddToIso('990301')).toBe('1999-03-01');
  });
});
