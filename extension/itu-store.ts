/**
 * How ITU's lists are kept in storage.local: one key per list (`ituIndex:T25-TSAG-250526-TD.xml`), so that nothing
 * reads, writes or sends them all at once, and one small ledger (`ituLedger`) that the background reads instead:
 * which lists are kept (fetched when, how many bytes), which lists were fetched in the last day (kept or not: a list
 * that left storage to make room is not fetched again within its day), and when the last fetches went to ITU (the
 * budget, shared by all tabs). Lists are kept within LIST_BYTES and MAX_KEPT_INDEXES, the one fetched longest ago
 * leaving first.
 */
import type { RegisterKind } from '../shared/register/types';
import {
  FETCH_BUDGET,
  INDEX_FRESH_MS,
  LIST_BYTES,
  MAX_KEPT_INDEXES,
  type NotKept,
  type StoredIndex,
} from './itu-index';

export const LIST_KEY_PREFIX = 'ituIndex:';
export const LEDGER_KEY = 'ituLedger';
/** Where versions before 0.2 kept every list, in one value: removed (its lists are fetched again when needed). */
export const LEGACY_LISTS_KEY = 'ituIndexes';

const MINUTE_MS = 60_000;

export const listKey = (name: string): string => `${LIST_KEY_PREFIX}${name}`;

export interface KeptList {
  kind: RegisterKind;
  /** ISO time of the fetch. */
  fetched: string;
  /** Its size in storage (UTF-8 of its JSON and its key, as Chrome counts the quota). */
  bytes: number;
  entries: number;
  /** ITU's date of the list. */
  indexUpdated?: string;
}

export interface Ledger {
  kept: Record<string, KeptList>;
  /** Lists fetched in the last day, kept or not: ms times. */
  fetched: Record<string, number>;
  /** Of those, the ones not in storage, and why. */
  notKept: Record<string, NotKept>;
  /** Fetches sent to ITU in the last day: ms times, oldest first. */
  requests: number[];
}

/** The part of a storage area the ledger's users need (storage.local, or a fake). */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isKeptList(value: unknown): value is KeptList {
  return (
    isRecord(value) &&
    (value.kind === 'td' || value.kind === 'contribution') &&
    typeof value.fetched === 'string' &&
    isTime(value.bytes) &&
    isTime(value.entries)
  );
}

/** The ledger from raw storage, anything malformed left out. */
export function readLedger(raw: unknown): Ledger {
  const ledger: Ledger = { kept: {}, fetched: {}, notKept: {}, requests: [] };
  if (!isRecord(raw)) return ledger;
  if (isRecord(raw.kept))
    for (const [name, kept] of Object.entries(raw.kept)) if (isKeptList(kept)) ledger.kept[name] = kept;
  if (isRecord(raw.fetched))
    for (const [name, at] of Object.entries(raw.fetched)) if (isTime(at)) ledger.fetched[name] = at;
  if (isRecord(raw.notKept)) {
    for (const [name, why] of Object.entries(raw.notKept))
      if (why === 'evicted' || why === 'too-big-to-keep' || why === 'quota') ledger.notKept[name] = why;
  }
  if (Array.isArray(raw.requests)) ledger.requests = raw.requests.filter(isTime).sort((a, b) => a - b);
  return ledger;
}

export async function loadLedger(storage: Pick<StorageArea, 'get'>): Promise<Ledger> {
  return readLedger((await storage.get(LEDGER_KEY))[LEDGER_KEY]);
}

/** The ledger without what is older than a day (it stays small: at most a day's budget of requests). */
export function pruneLedger(ledger: Ledger, now: number): Ledger {
  const recent = (at: number) => now - at < INDEX_FRESH_MS && at <= now + MINUTE_MS;
  const fetched = Object.fromEntries(Object.entries(ledger.fetched).filter(([, at]) => recent(at)));
  return {
    kept: ledger.kept,
    fetched,
    notKept: Object.fromEntries(Object.entries(ledger.notKept).filter(([name]) => name in fetched)),
    requests: ledger.requests.filter(recent),
  };
}

/** Which window of the budget is spent (`minute` or `day`), or null when a fetch may go out now. */
export function spentBudget(
  ledger: Ledger,
  now: number,
  budget: { perMinute: number; perDay: number } = FETCH_BUDGET,
): 'minute' | 'day' | null {
  const lastDay = ledger.requests.filter((at) => now - at < INDEX_FRESH_MS);
  if (lastDay.length >= budget.perDay) return 'day';
  return lastDay.filter((at) => now - at < MINUTE_MS).length >= budget.perMinute ? 'minute' : null;
}

/** Bytes a value takes in storage.local under `key`: Chrome counts the JSON of the value plus the key, in UTF-8. */
export function storedBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export interface Room {
  /** Lists to remove, fetched longest ago first. */
  evict: string[];
  /** False when the list is larger than all the room there is: it is not kept. */
  fits: boolean;
}

/** What must leave for a list of `bytes` to be kept (by bytes and by count), the one fetched longest ago first. */
export function makeRoom(
  ledger: Ledger,
  name: string,
  bytes: number,
  limits = { bytes: LIST_BYTES, count: MAX_KEPT_INDEXES },
): Room {
  if (bytes > limits.bytes) return { evict: [], fits: false };
  const others = Object.entries(ledger.kept)
    .filter(([other]) => other !== name)
    .sort(([, a], [, b]) => Date.parse(a.fetched) - Date.parse(b.fetched));
  let total = others.reduce((n, [, kept]) => n + kept.bytes, 0) + bytes;
  let count = others.length + 1;
  const evict: string[] = [];
  for (const [other, kept] of others) {
    if (total <= limits.bytes && count <= limits.count) break;
    evict.push(other);
    total -= kept.bytes;
    count--;
  }
  return { evict, fits: true };
}

/** What the ledger says of a kept list. */
export function keptEntry(index: StoredIndex, kind: RegisterKind, bytes: number): KeptList {
  return {
    kind,
    fetched: index.fetched,
    bytes,
    entries: index.register.entries.length,
    ...(index.register.indexUpdated ? { indexUpdated: index.register.indexUpdated } : {}),
  };
}

/** A storage error that says the quota is spent (Chrome: `QUOTA_BYTES quota exceeded`; IndexedDB: QuotaExceededError). */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/** Removes every kept list and the ledger (and the lists of versions before 0.2). */
export async function forgetLists(storage: StorageArea): Promise<void> {
  const all = await storage.get(null);
  const keys = Object.keys(all).filter((key) => key.startsWith(LIST_KEY_PREFIX));
  await storage.remove([...keys, LEDGER_KEY, LEGACY_LISTS_KEY]);
}
