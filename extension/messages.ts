/**
 * Messages: the popup asks the content script of the active tab for its summary; a card asks the background for
 * ITU's index of its meeting, and whether the text around its mark fits the TD's title (`extension/background/`).
 */
import type { MeetingContext } from '../shared/meeting/types';
import type { RefKind } from '../shared/refs/types';
import type { RegisterKind } from '../shared/register/types';
import { studyPeriodOf } from '../shared/meeting/id';
import { studyGroupExists } from '../shared/meeting/study-groups';
import { isMeetingContext } from './settings';

export const SUMMARY_REQUEST = 'td-lens:summary';

export interface SummaryRequest {
  type: typeof SUMMARY_REQUEST;
}

export interface SummaryGroup {
  kind: RefKind;
  label: string;
  /** Distinct ids in page order, with how often each is cited. */
  ids: { id: string; count: number }[];
  /** All mentions of this kind on the page (counted by the parser, marked yet or not). */
  total: number;
}

export interface PageSummary {
  hostname: string;
  enabled: boolean;
  groups: SummaryGroup[];
  /** The meeting the page's links use, or the options' one; null when none. */
  meeting: string | null;
}

export function isSummaryRequest(message: unknown): message is SummaryRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === SUMMARY_REQUEST;
}

/** What a card asks the background: the index of `kind` for `meeting`. The background builds the URL itself. */
export const ITU_INDEX_REQUEST = 'td-lens:itu-index';

export interface IndexRequestMessage {
  type: typeof ITU_INDEX_REQUEST;
  kind: RegisterKind;
  meeting: MeetingContext;
}

/** How far ahead a meeting may start: ITU announces meetings a year or two ahead, not more. */
const AHEAD_MS = 2 * 366 * 24 * 60 * 60 * 1000;

/**
 * A meeting worth asking ITU about: its group in ITU's one spelling (`TSAG`, `SG12`: upper case, no leading zero)
 * and existing in its study period, its first day a real calendar date inside that study period and not more than
 * two years ahead. Anything else has no list at ITU, and asking for it would only knock on ITU's door.
 */
export function isPlausibleMeeting(meeting: MeetingContext, now = Date.now()): boolean {
  const { group, start, studyPeriod } = meeting;
  if (!/^(?:TSAG|SG[1-9]\d?)$/.test(group) || !studyGroupExists(group, studyPeriod)) return false;
  const day = Date.parse(`${start}T00:00:00Z`);
  if (!Number.isFinite(day) || new Date(day).toISOString().slice(0, 10) !== start) return false;
  return studyPeriodOf(start) === studyPeriod && day <= now + AHEAD_MS;
}

export function isIndexRequest(message: unknown): message is IndexRequestMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<IndexRequestMessage>;
  // The group, period and date go into the URL: only plausible meetings in ITU's own spellings pass.
  return (
    m.type === ITU_INDEX_REQUEST &&
    (m.kind === 'td' || m.kind === 'contribution') &&
    isMeetingContext(m.meeting) &&
    isPlausibleMeeting(m.meeting)
  );
}

/**
 * What a card asks the background: does the text around a TD's mark (its paragraph, `text`, the mark at
 * `start`-`end`) name another kind of document or group than the TD's title? The comparison (shared/titles) runs in
 * the background so that the content script every page loads stays small.
 */
export const TITLE_FIT_REQUEST = 'td-lens:title-fit';

export interface TitleFitRequestMessage {
  type: typeof TITLE_FIT_REQUEST;
  text: string;
  start: number;
  end: number;
  title: string;
  source: string;
  questions?: string[];
  /** The meeting's group (`TSAG`): a bare `WP2` is its working party. */
  home?: string;
}

/** The answer: what the text is about (`RG-WPR's report`) when it disagrees with the title, else null. */
export interface TitleFitAnswer {
  about: string | null;
}

/** Bounds of what a page may make the background read: a paragraph and a title, not a page. */
export const TITLE_FIT_LIMITS = { text: 2000, title: 1000 } as const;

export function isTitleFitRequest(message: unknown): message is TitleFitRequestMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<TitleFitRequestMessage>;
  const str = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
  return (
    m.type === TITLE_FIT_REQUEST &&
    str(m.text, TITLE_FIT_LIMITS.text) &&
    str(m.title, TITLE_FIT_LIMITS.title) &&
    str(m.source, TITLE_FIT_LIMITS.title) &&
    Number.isInteger(m.start) &&
    Number.isInteger(m.end) &&
    0 <= (m.start as number) &&
    (m.start as number) < (m.end as number) &&
    (m.end as number) <= (m.text as string).length &&
    (m.home === undefined || str(m.home, 8)) &&
    (m.questions === undefined ||
      (Array.isArray(m.questions) && m.questions.length <= 20 && m.questions.every((q) => str(q, 16))))
  );
}
