/**
 * The background's one job: answer a card's request for ITU's index of a meeting (TDs) or group (contributions).
 * Content scripts cannot fetch another origin, the background can once the delegate allowed it.
 *
 * - Nothing is fetched without consent (`ituIndexesAllowed`): the answer is then `not-allowed`, at once.
 * - One index per meeting is kept in storage.local; a kept one younger than a day is the answer, no fetch.
 * - The same index is never fetched twice at once: requests for it while a fetch runs share that fetch.
 * - A failure is remembered for a while (longer when ITU answered than when it could not be reached), so hovering
 *   on while offline does not knock on ITU's door each time; the answer keeps the index kept before, if any.
 *
 * Pure of browser APIs: background.ts passes storage, the permission check and the fetch, tests pass fakes.
 */
import { ItuIndexError, type FetchedIndex } from '../../shared/register/itu-fetch';
import { ituIndexFileName, type ItuIndexFailure, type ItuIndexRequest } from '../../shared/register/itu-index';
import { toStoredRegister } from '../register-store';
import { ITU_STORAGE_KEYS, isFresh, MAX_KEPT_INDEXES, readIndexes, type IndexAnswer, type StoredIndex } from '../itu-index';

export interface IndexServiceDeps {
  storage: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  /** Consent and permission (`ituIndexesAllowed`). */
  allowed(): Promise<boolean>;
  fetchIndex(request: ItuIndexRequest): Promise<FetchedIndex>;
  now?: () => number;
}

/** How long a failure stands before the next request tries again. */
export function retryAfterMs(reason: ItuIndexFailure): number {
  return reason === 'offline' || reason === 'timeout' || reason === 'server' ? 60_000 : 10 * 60_000;
}

export interface IndexService {
  request(request: ItuIndexRequest): Promise<IndexAnswer>;
}

export function createIndexService(deps: IndexServiceDeps): IndexService {
  const now = deps.now ?? Date.now;
  const running = new Map<string, Promise<IndexAnswer>>();
  const failures = new Map<string, { reason: ItuIndexFailure; message: string; at: number }>();
  // Writes one after another: two fetches ending together must not drop each other's index.
  let writing: Promise<unknown> = Promise.resolve();

  const kept = async (): Promise<Record<string, StoredIndex>> => readIndexes((await deps.storage.get(ITU_STORAGE_KEYS.indexes))[ITU_STORAGE_KEYS.indexes]);

  const keep = (name: string, index: StoredIndex): Promise<void> => {
    const write = writing.then(async () => {
      const all = { ...(await kept()), [name]: index };
      const names = Object.keys(all).sort((a, b) => Date.parse(all[b].fetched) - Date.parse(all[a].fetched));
      for (const old of names.slice(MAX_KEPT_INDEXES)) delete all[old];
      await deps.storage.set({ [ITU_STORAGE_KEYS.indexes]: all });
    });
    writing = write.catch(() => undefined);
    return write;
  };

  const fetchAndKeep = async (name: string, request: ItuIndexRequest, before: StoredIndex | undefined): Promise<IndexAnswer> => {
    try {
      const fetched = await deps.fetchIndex(request);
      const index: StoredIndex = {
        url: fetched.url,
        fetched: new Date(now()).toISOString(),
        register: toStoredRegister({ ...fetched.register, fileName: name }, null, new Date(now())),
      };
      await keep(name, index);
      failures.delete(name);
      return { state: 'ready', index };
    } catch (error) {
      const failure = error instanceof ItuIndexError
        ? { reason: error.reason, message: error.message }
        : { reason: 'offline' as const, message: error instanceof Error ? error.message : String(error) };
      failures.set(name, { ...failure, at: now() });
      return { state: 'failed', ...failure, ...(before ? { index: before } : {}) };
    }
  };

  const answer = async (name: string, request: ItuIndexRequest): Promise<IndexAnswer> => {
    if (!(await deps.allowed())) return { state: 'not-allowed' };
    const before = (await kept())[name];
    if (before && isFresh(before, now())) return { state: 'ready', index: before };
    const failed = failures.get(name);
    if (failed && now() - failed.at < retryAfterMs(failed.reason)) {
      return { state: 'failed', reason: failed.reason, message: failed.message, ...(before ? { index: before } : {}) };
    }
    return fetchAndKeep(name, request, before);
  };

  return {
    request(request) {
      const name = ituIndexFileName(request);
      // Taken before any await: a second request arriving meanwhile shares this one.
      let pending = running.get(name);
      if (!pending) {
        pending = answer(name, request).finally(() => running.delete(name));
        running.set(name, pending);
      }
      return pending;
    },
  };
}
