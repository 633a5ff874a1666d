import { describe, expect, it, vi } from 'vitest';
import { detectMeetingContext } from '../../shared/meeting/context';
import type { MeetingContext } from '../../shared/meeting/types';
import { describePageMeeting, resolvePageMeeting } from './page-context';

const tsag: MeetingContext = { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 };
const sg17: MeetingContext = { group: 'SG17', start: '2026-06-09', studyPeriod: 25 };

describe('page meeting', () => {
  it('prefers the meeting most ITU links point to, without reading the page text', () => {
    const pageText = vi.fn(() => '');
    const found = resolvePageMeeting({
      linkMeetings: [sg17, tsag, tsag],
      pageText,
      detect: detectMeetingContext,
      options: sg17,
    });
    expect(found).toEqual({ meeting: tsag, from: 'links' });
    expect(pageText).not.toHaveBeenCalled();
    expect(describePageMeeting(found)).toBe('TSAG, meeting starting 2025-05-26 (from the ITU links on this page)');
  });

  it('reads the meeting from the page text, then falls back to the options', () => {
    const fromText = resolvePageMeeting({
      linkMeetings: [],
      pageText: () => 'Agenda of TSAG\n(Geneva, 26-30 May 2025)\nTD106',
      detect: detectMeetingContext,
      options: sg17,
    });
    expect(fromText?.from).toBe('page');
    expect(fromText?.meeting).toMatchObject({ group: 'TSAG', start: '2025-05-26' });
    expect(
      resolvePageMeeting({ linkMeetings: [], pageText: () => 'nothing', detect: detectMeetingContext, options: sg17 }),
    ).toEqual({ meeting: sg17, from: 'options' });
    expect(
      resolvePageMeeting({
        linkMeetings: [],
        pageText: () => 'x',
        detect: () => {
          throw new Error('x');
        },
        options: null,
      }),
    ).toBeNull();
    expect(describePageMeeting(null)).toBeNull();
  });
});
