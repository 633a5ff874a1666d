import { describe, expect, it } from 'vitest';
import { parseNamedMeeting } from './named';

describe('parseNamedMeeting', () => {
  it.each([
    ['T25-SG12-250909', { group: 'SG12', start: '2025-09-09', studyPeriod: 25 }],
    ['t25-tsag-250526', { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 }],
    [
      'SG12, Geneva, 9-18 September 2025',
      { group: 'SG12', place: 'Geneva', start: '2025-09-09', end: '2025-09-18', studyPeriod: 25 },
    ],
    ['TSAG 2026-01-12', { group: 'TSAG', start: '2026-01-12', studyPeriod: 25 }],
    [
      'Study Group 17, Geneva, Switzerland, 2-11 December 2025',
      { group: 'SG17', place: 'Geneva, Switzerland', start: '2025-12-02', end: '2025-12-11' },
    ],
    ['WP3/12 9 September 2025', { group: 'SG12', start: '2025-09-09' }],
    ['Q4/17, E-meeting, 3 March 2026', { group: 'SG17', place: 'E-meeting', start: '2026-03-03' }],
    ['SG16, Geneva, 1 December 2023', { group: 'SG16', place: 'Geneva', start: '2023-12-01', studyPeriod: 22 }],
  ])('%s', (text, meeting) => {
    const named = parseNamedMeeting(text);
    expect(named).toMatchObject({ meeting });
    if ('meeting' in named && !('place' in meeting)) expect(named.meeting.place).toBeUndefined();
  });

  it.each([
    ['T25-SG12-2509', /is not a meeting id \(T25-SG12-250909/],
    ['T25-SG12-250931', /has no real first day \(2025-09-31\)/],
    [
      'T22-SG12-250909',
      /is of study period 22, but a meeting opening on 2025-09-09 is of period 25 \(T25-SG12-250909\)/,
    ],
    ['T25-SG16-250909', /names SG16, which is not a study group of study period 25/],
    ['Geneva, 9-18 September 2025', /names no group/],
    ['SG12, Geneva', /names no first day with its year/],
    ['SG12, 9-18 September', /names no first day with its year/],
    ['SG12 2025-02-30', /has no real first day \(2025-02-30\)/],
    ['SG12, 31 September 2025', /has no real first day/],
    ['SG12 2001-01-01', /before the study periods TD Lens knows/],
    ['Joint Q4/9 and Q13/16, 2 March 2026', /names no group/],
  ])('%s: %s', (text, error) => {
    const named = parseNamedMeeting(text);
    expect('error' in named && named.error).toMatch(error);
  });
});
