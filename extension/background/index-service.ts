/**
 * The background's one job: answer a card's request for ITU's index of a meeting (TDs) or group (contributions).
 * Content scripts cannot fetch another origin, the background can once the delegate allowed it.
 *
 * - Nothing is fetched without consent (`ituIndexesAllowed`): the answer is then `not-allowed`, at once.
 * - Each index is kept under a key of its own (itu-store.ts); a kept one younger than a day is the answer, no fetch.
 * - The same index is never fetched twice at once: requests for it while a fetch runs share that fetch.
 * - A failure is remembered for a while (longer when ITU answered than when it could not be reached), and so is a
 *   success for a day, kept or not: an index that left storage to make room is not fetched again that day.
 * - At most FETCH_BUDGET fetches go to ITU, a minute and a day, whatever asks (every tab shares the ledger); past it
 *   the answer says so.
 * - Kept indexes stay within LIST_BYTES and MAX_KEPT_INDEXES, the one fetched longest ago leaving first; an index
 *   too large to keep, or refused by a full storage, is still the answer for the card that asked.
 *
 * Pure of browser APIs: background.ts passes storage, the permission check and the fetch, tests pass fakes.
 */
import { ItuIndexError, type FetchedIndex } from '../../shared/register/itu-fetch';
import { ituIndexFileName, type ItuIndexFailure, type ItuIndexRequest } from '../../shared/register/itu-index';
import {
  FETCH_BUDGET,
  isFresh,
  isStoredIndex,
  LIST_BYTES,
  MAX_KEPT_INDEXES,
  type IndexAnswer,
  type NotKept,
  type StoredIndex,
} from '../itu-index';
import {
  isQuotaError,
  keptEntry,
  LEDGER_KEY,
  listKey,
  loadLedger,
  makeRoom,
  pruneLedger,
  spentBudget,
  storedBytes,
  type Ledger,
  type StorageArea,
} from '../itu-store';
import { toStoredRegister } from '../register-store';

type Unkept = Exclude<NotKept, 'evicted'>;

export interface IndexServiceDeps {
  storage: StorageArea;
  /** Consent and permission (`ituIndexesAllowed`). */
  allowed(): Promise<boolean>;
  fetchIndex(request: ItuIndexRequest): Promise<FetchedIndex>;
  now?: () => number;
  /** TD Lens's limits (tests pass smaller ones). */
  limits?: { perMinute: number; perDay: number; bytes: number; count: number };
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
  const limits = deps.limits ?? { ...FETCH_BUDGET, bytes: LIST_BYTES, count: MAX_KEPT_INDEXES };
  const running = new Map<string, Promise<IndexAnswer>>();
  const failures = new Map<string, { reason: ItuIndexFailure; message: string; at: number }>();
  // Ledger updates one after another: two fetches ending together must not drop each other's lists or requests.
  let writing: Promise<unknown> = Promise.resolve();
  const serially = <T>(update: () => Promise<T>): Promise<T> => {
    const done = writing.then(update);
    writing = done.catch(() => undefined);
    return done;
  };
  const saveLedger = (ledger: Ledger) => deps.storage.set({ [LEDGER_KEY]: ledger });

  const kept = async (name: string, ledger: Ledger): Promise<StoredIndex | undefined> => {
    if (!ledger.kept[name]) return undefined;
    const stored = (await deps.storage.get(listKey(name)))[listKey(name)];
    return isStoredIndex(stored) ? stored : undefined;
  };

  /** Counts a fetch against the budget, unless it is spent: then which window is. */
  const reserve = (): Promise<'minute' | 'day' | null> =>
    serially(async () => {
      const ledger = pruneLedger(await loadLedger(deps.storage), now());
      const spent = spentBudget(ledger, now(), limits);
      if (spent) return spent;
      ledger.requests.push(now());
      await saveLedger(ledger);
      return null;
    });

  /** Stores a fetched index, making room; says why it was not kept, if it was not. */
  const keep = (name: string, kind: ItuIndexRequest['kind'], index: StoredIndex): Promise<Unkept | undefined> =>
    serially(async () => {
      const ledger = pruneLedger(await loadLedger(deps.storage), now());
      ledger.fetched[name] = now();
      delete ledger.notKept[name];
      const bytes = storedBytes(listKey(name), index);
      const room = makeRoom(ledger, name, bytes, limits);
      for (const old of room.evict) {
        delete ledger.kept[old];
        if (old in ledger.fetched) ledger.notKept[old] = 'evicted';
      }
      if (room.evict.length > 0) await deps.storage.remove(room.evict.map(listKey));
      const notKept = (why: Unkept) => {
        delete ledger.kept[name];
        ledger.notKept[name] = why;
        return saveLedger(ledger).then(
          () => why,
          () => why,
        );
      };
      if (!room.fits) return notKept('too-big-to-keep');
      try {
        await deps.storage.set({
          [listKey(name)]: index,
          [LEDGER_KEY]: { ...ledger, kept: { ...ledger.kept, [name]: keptEntry(index, kind, bytes) } },
        });
        return undefined;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        return notKept('quota');
      }
    });

  const fetchAndKeep = async (
    name: string,
    request: ItuIndexRequest,
    before: StoredIndex | undefined,
  ): Promise<IndexAnswer> => {
    let index: StoredIndex;
    try {
      const fetched = await deps.fetchIndex(request);
      index = {
        url: fetched.url,
        fetched: new Date(now()).toISOString(),
        register: toStoredRegister({ ...fetched.register, fileName: name }, null, new Date(now())),
      };
    } catch (error) {
      const failure =
        error instanceof ItuIndexError
          ? { reason: error.reason, message: error.message }
          : { reason: 'offline' as const, message: error instanceof Error ? error.message : String(error) };
      failures.set(name, { ...failure, at: now() });
      return { state: 'failed', ...failure, ...(before ? { index: before } : {}) };
    }
    failures.delete(name);
    const unkept = await keep(name, request.kind, index).catch((error: unknown) =>
      isQuotaError(error) ? ('quota' as const) : undefined,
    );
    return { state: 'ready', index, ...(unkept ? { unkept } : {}) };
  };

  const answer = async (name: string, request: ItuIndexRequest): Promise<IndexAnswer> => {
    if (!(await deps.allowed())) return { state: 'not-allowed' };
    const ledger = pruneLedger(await loadLedger(deps.storage), now());
    const before = await kept(name, ledger);
    if (before && isFresh(before, now())) return { state: 'ready', index: before };
    const had = before ? { index: before } : {};
    const failed = failures.get(name);
    if (failed && now() - failed.at < retryAfterMs(failed.reason))
      return { state: 'failed', reason: failed.reason, message: failed.message, ...had };
    if (!before && ledger.fetched[name] !== undefined) {
      const why = ledger.notKept[name] ?? 'evicted';
      return { state: 'failed', reason: why, message: `fetched today, not kept (${why})` };
    }
    const spent = await reserve();
    if (spent)
      return { state: 'failed', reason: 'budget', message: `TD Lens's budget of fetches a ${spent} is spent`, ...had };
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
