import { describe, expect, it } from 'vitest';
import { isIndexRequest, isPlausibleMeeting, ITU_INDEX_REQUEST } from './messages';

const NOW = Date.parse('2025-05-27T09:00:00Z');
const meeting = (group: string, start: string, studyPeriod = 25) => ({ group, start, studyPeriod });

describe("requests for ITU's lists", () => {
  it('take meetings that exist: a group of the study period, a real date inside it, not years ahead', () => {
    expect(isPlausibleMeeting(meeting('TSAG', '2025-05-26'), NOW)).toBe(true);
    expect(isPlausibleMeeting(meeting('SG12', '2025-09-09'), NOW)).toBe(true);
    expect(isPlausibleMeeting(meeting('SG16', '2023-01-16', 22), NOW)).toBe(true);
    expect(isPlausibleMeeting(meeting('SG21', '2026-07-06'), NOW)).toBe(true);
  });

  it('refuse other spellings of a group, groups of another period, impossible dates and dates outside the period', () => {
    for (const [group, start, period] of [
      ['SG01', '2025-06-02', 25],
      ['sg12', '2025-06-02', 25],
      ['SG 12', '2025-06-02', 25],
      ['SG1', '2025-06-02', 25],
      ['SG16', '2025-06-02', 25],
      ['SG99', '2025-06-02', 25],
      ['TSAG', '2025-02-30', 25],
      ['TSAG', '2025-13-01', 25],
      ['TSAG', '2023-05-30', 25],
      ['TSAG', '2025-05-26', 22],
      ['TSAG', '2025-05-26', 99],
      ['TSAG', '2031-01-12', 25],
      ['TSAG', '2099-01-12', 25],
    ] as const) {
      expect(isPlausibleMeeting(meeting(group, start, period), NOW), `${group} ${start} T${period}`).toBe(false);
    }
  });

  it('are checked whole', () => {
    expect(isIndexRequest({ type: ITU_INDEX_REQUEST, kind: 'td', meeting: meeting('TSAG', '2025-05-26') })).toBe(true);
    expect(isIndexRequest({ type: ITU_INDEX_REQUEST, kind: 'td', meeting: meeting('SG01', '2025-05-26') })).toBe(false);
    expect(isIndexRequest({ type: ITU_INDEX_REQUEST, kind: 'other', meeting: meeting('TSAG', '2025-05-26') })).toBe(
      false,
    );
  });
});
