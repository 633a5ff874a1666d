import { describe, expect, it } from 'vitest';
import { meetingFromForm } from './meeting-form';

describe('meetingFromForm', () => {
  it('builds a meeting with its study period', () => {
    expect(meetingFromForm({ group: ' sg 017 ', start: '2026-06-09', subGroup: 'WP1' })).toEqual({
      meeting: { group: 'SG17', start: '2026-06-09', studyPeriod: 25, subGroup: 'WP1' },
    });
    expect(meetingFromForm({ group: 'TSAG', start: '2023-05-30', subGroup: '?' })).toEqual({
      meeting: { group: 'TSAG', start: '2023-05-30', studyPeriod: 22, subGroup: 'GEN' },
    });
  });

  it('says what is wrong', () => {
    expect(meetingFromForm({ group: 'WP2', start: '2025-05-26', subGroup: 'GEN' })).toEqual({
      error: 'Group "WP2" is not TSAG or SG<number> (e.g. SG17).',
    });
    expect(meetingFromForm({ group: 'TSAG', start: '', subGroup: 'GEN' })).toEqual({
      error: 'Start date: pick the first day of the meeting.',
    });
  });
});
