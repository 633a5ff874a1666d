/**
 * ITU's indexes in the extension: what the background fetches and keeps in storage.local, and how a card words it.
 * Light (no parser, no browser API): the content script uses it. Consent is in itu-consent.ts.
 */
import type { ItuIndexFailure } from '../shared/register/itu-index';
import type { StoredRegister } from './register-store';

export const ITU_STORAGE_KEYS = {
  /** true once the delegate allowed fetching ITU's indexes. */
  allowed: 'ituFetchAllowed',
} as const;

/** An index is fetched again when a card needs it and it is older than this. */
export const INDEX_FRESH_MS = 24 * 60 * 60 * 1000;

/**
 * What the background asks of ITU at most, for all tabs together: a page (or a flood of cards) cannot make it knock
 * on ITU's door more often. A refusal is said on the card as such.
 */
export const FETCH_BUDGET = { perMinute: 6, perDay: 60 } as const;

/** At most this many indexes are kept, and at most LIST_BYTES of them; the one fetched longest ago leaves first. */
export const MAX_KEPT_INDEXES = 24;
/** 6 MiB, written out: test builds replace this number (test/browser/itu-test-build.ts). */
export const LIST_BYTES = 6_291_456;

export interface StoredIndex {
  url: string;
  /** ISO time of the fetch. */
  fetched: string;
  register: StoredRegister;
}

/** Why a fetched index is not in storage: it left to make room, it is larger than LIST_BYTES, the storage is full. */
export type NotKept = 'evicted' | 'too-big-to-keep' | 'quota';

/** Why a card has no fresh index: ITU's answer (ItuIndexFailure), TD Lens's budget (not asked), or NotKept. */
export type IndexFailure = ItuIndexFailure | 'budget' | NotKept;

/** The background's answer. A failure keeps what is stored, if anything; a fetched index may not have been kept. */
export type IndexAnswer =
  | { state: 'ready'; index: StoredIndex; unkept?: Exclude<NotKept, 'evicted'> }
  | { state: 'not-allowed' }
  | { state: 'failed'; reason: IndexFailure; message: string; index?: StoredIndex };

export function isFresh(index: Pick<StoredIndex, 'fetched'>, now: number): boolean {
  const at = Date.parse(index.fetched);
  return Number.isFinite(at) && now - at < INDEX_FRESH_MS && at <= now + 60_000;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

/** `ITU's TD list of 2025-05-29`: the index's own date, else the day it was fetched. */
export function indexDate(index: StoredIndex): string {
  return index.register.indexUpdated ?? index.fetched.slice(0, 10);
}

const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The card's one line: `ITU's TD list: not reached (offline?)`. */
export function shortFailure(reason: IndexFailure): string {
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
    case 'budget':
      return `not asked: TD Lens asks ITU for at most ${FETCH_BUDGET.perMinute} lists a minute and ${FETCH_BUDGET.perDay} a day`;
    case 'evicted':
      return `fetched today, not kept: TD Lens keeps ${MB(LIST_BYTES)} of ITU's lists and newer ones took the room`;
    case 'too-big-to-keep':
      return `fetched today, not kept: larger than the ${MB(LIST_BYTES)} TD Lens keeps`;
    case 'quota':
      return "fetched today, not kept: the browser's storage for TD Lens is full";
  }
}
