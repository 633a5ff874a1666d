/** Messages between the popup and the content script of the active tab (no background page in between). */
import type { RefKind } from '../shared/refs/types';

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
