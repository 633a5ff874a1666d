/**
 * Which meeting the references on a page belong to: the meeting most ITU document links on the page point to,
 * else the meeting the page's own text names (an agenda: `TSAG ... (Geneva, 26-30 May 2025)`), else the one the
 * delegate set in the options.
 */
import type { MeetingContext } from '../../shared/meeting/types';
import { dominantMeeting } from './links';

export type MeetingSource = 'links' | 'page' | 'options';

export interface PageMeeting {
  meeting: MeetingContext;
  from: MeetingSource;
}

export interface PageMeetingInput {
  linkMeetings: readonly MeetingContext[];
  /** Reads the page's text only when the links say nothing (it costs a layout on big pages). */
  pageText: () => string;
  detect: (text: string) => MeetingContext | null;
  options: MeetingContext | null;
}

/** Only the head of a long page is read: a meeting header sits at the top. */
export const PAGE_TEXT_LIMIT = 20_000;

export function resolvePageMeeting({ linkMeetings, pageText, detect, options }: PageMeetingInput): PageMeeting | null {
  const fromLinks = dominantMeeting(linkMeetings);
  if (fromLinks) return { meeting: fromLinks, from: 'links' };
  let fromPage: MeetingContext | null = null;
  try {
    fromPage = detect(pageText().slice(0, PAGE_TEXT_LIMIT));
  } catch {
    fromPage = null;
  }
  if (fromPage) return { meeting: fromPage, from: 'page' };
  return options ? { meeting: options, from: 'options' } : null;
}

export function describePageMeeting(found: PageMeeting | null): string | null {
  if (!found) return null;
  const { meeting, from } = found;
  const where =
    from === 'links'
      ? 'from the ITU links on this page'
      : from === 'page'
        ? "from this page's text"
        : 'from the options';
  return `${meeting.group}, meeting starting ${meeting.start} (${where})`;
}
