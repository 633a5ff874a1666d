/**
 * Messages: the popup asks the content script of the active tab for its summary; a card asks the background for
 * ITU's index of its meeting (`extension/background/`).
 */
import type { MeetingContext } from '../shared/meeting/types';
import type { RefKind } from '../shared/refs/types';
import type { RegisterKind } from '../shared/register/types';
import { isItuGroup } from '../shared/meeting/id';
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

export function isIndexRequest(message: unknown): message is IndexRequestMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<IndexRequestMessage>;
  // The group and period go into the URL path: only ITU's own spellings pass.
  return (
    m.type === ITU_INDEX_REQUEST &&
    (m.kind === 'td' || m.kind === 'contribution') &&
    isMeetingContext(m.meeting) &&
    isItuGroup(m.meeting.group) &&
    Number.isInteger(m.meeting.studyPeriod) &&
    m.meeting.studyPeriod >= 0 &&
    m.meeting.studyPeriod < 100
  );
}
