/**
 * ITU's indexes in the extension: what the background fetches and keeps in storage.local, and how a card words it.
 * Light (no parser, no browser API): the content script uses it. Consent is in itu-consent.ts.
 */
import type { ItuIndexFailure } from '../shared/register/itu-index';
import type { StoredRegister } from './register-store';

export const ITU_STORAGE_KEYS = {
  /** true once the delegate allowed fetching ITU's indexes. */
  allowed: 'ituFetchAllowed',
  /** The indexes fetched, by file name (`T25-TSAG-250526-TD.xml`): one per meeting, or per group for contributions. */
  indexes: 'ituIndexes',
} as const;

/** An index is fetched again when a card needs it and it is older than this. */
export const INDEX_FRESH_MS = 24 * 60 * 60 * 1000;

/** At most this many indexes are kept; the one fetched longest ago goes first. */
export const MAX_KEPT_INDEXES = 24;

export interface StoredIndex {
  url: string;
  /** ISO time of the fetch. */
  fetched: string;
  register: StoredRegister;
}

/** The background's answer. A failure keeps what is stored, if anything. */
export type IndexAnswer =
  | { state: 'ready'; index: StoredIndex }
  | { state: 'not-allowed' }
  | { state: 'failed'; reason: ItuIndexFailure; message: string; index?: StoredIndex };

export function isFresh(index: Pick<StoredIndex, 'fetched'>, now: number): boolean {
  const at = Date.parse(index.fetched);
  return Number.isFinite(at) && now - at < INDEX_FRESH_MS && at <= now + 60_000;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isStoredIndex(value: unknown): value is StoredIndex {
  return (
    isRecord(value) &&
    typeof value.url === 'string' &&
    typeof value.fetched === 'string' &&
    isRecord(value.register) &&
    Array.isArray(value.register.entries) &&
    typeof value.register.key === 'string'
  );
}

/** The kept indexes from raw storage, anything malformed left out. */
export function readIndexes(raw: unknown): Record<string, StoredIndex> {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, StoredIndex] => isStoredIndex(entry[1])));
}

/** `ITU's TD list of 2025-05-29`: the index's own date, else the day it was fetched. */
export function indexDate(index: StoredIndex): string {
  return index.register.indexUpdated ?? index.fetched.slice(0, 10);
}

/** The card's one line: `ITU's TD list: not reached (offline?)`. */
export function shortFailure(reason: ItuIndexFailure): string {
  switch (reason) {
    case 'offline':
      return 'not reached (offline?)';
    case 'timeout':
      return 'no answer from ITU';
    case 'not-found':
      return 'not published by ITU (yet)';
    case 'refused':
      return 'refused by ITU';
    case 'server':
      return 'ITU answered with an error';
    case 'not-an-index':
      return 'ITU answered with a web page';
    case 'malformed':
      return 'not readable';
    case 'other-meeting':
      return 'of another meeting';
    case 'too-large':
      return 'too large';
    case 'redirected':
      return 'ITU sent it elsewhere (not followed)';
  }
}
