/**
 * ITU's own indexes, named: which index a request means, its file name and URL, and what the delegate calls it.
 * Light on purpose (no parser): the extension's content script uses it for every card.
 *
 *   TD index      {base}/dms_pages/itu-t/md/{pp}/{GROUP}/td/T{pp}-{GROUP}-{yymmdd}-TD.xml   one per meeting
 *   C index       {base}/dms_pages/itu-t/md/{pp}/{GROUP}/c/T{pp}-{GROUP}-C.xml              one per group and period
 */
import type { MeetingContext } from '../meeting/types';
import {
  contributionIndexFileName,
  contributionIndexUrl,
  ITU_BASE,
  tdIndexFileName,
  tdIndexUrl,
} from '../meeting/urls';
import type { RegisterKind } from './types';

/** Which index: the TDs of `meeting`, or the contributions of its group in its study period. */
export interface ItuIndexRequest {
  kind: RegisterKind;
  meeting: MeetingContext;
}

/** Why an index could not be had (`ItuIndexError.reason`). */
export type ItuIndexFailure =
  | 'offline'
  | 'timeout'
  | 'not-found'
  | 'refused'
  | 'server'
  | 'not-an-index'
  | 'malformed'
  | 'other-meeting'
  | 'too-large'
  | 'redirected';

export function ituIndexFileName({ kind, meeting }: ItuIndexRequest): string {
  return kind === 'contribution' ? contributionIndexFileName(meeting) : tdIndexFileName(meeting);
}

export function ituIndexUrl({ kind, meeting }: ItuIndexRequest, base: string = ITU_BASE): string {
  return kind === 'contribution' ? contributionIndexUrl(meeting, base) : tdIndexUrl(meeting, base);
}

/** `ITU's TD list` / `ITU's contributions list`: what the delegate calls the index. */
export function indexLabel(kind: RegisterKind): string {
  return kind === 'contribution' ? "ITU's contributions list" : "ITU's TD list";
}
