import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeetingContext } from '../../shared/meeting/types';
import { ItuIndexError, readItuIndex, type FetchedIndex } from '../../shared/register/itu-fetch';
import { ituIndexUrl, type ItuIndexRequest } from '../../shared/register/itu-index';
import { FETCH_BUDGET, INDEX_FRESH_MS, shortFailure, type StoredIndex } from '../itu-index';
import { LEDGER_KEY, listKey, readLedger, storedBytes } from '../itu-store';
import { createIndexService, retryAfterMs, type IndexServiceDeps } from './index-service';

const tsag: MeetingContext = {
  group: 'TSAG',
  place: 'Geneva',
  start: '2025-05-26',
  end: '2025-05-30',
  studyPeriod: 25,
};
const tsagTds: ItuIndexRequest = { kind: 'td', meeting: tsag };
const sgTds = (n: number): ItuIndexRequest => ({
  kind: 'td',
  meeting: { group: `SG${n}`, start: '2025-06-02', studyPeriod: 25 },
});
const sample = readFileSync(join(import.meta.dirname, '../../samples/itu-td-index-T25-TSAG-250526.xml'));
const T0 = Date.parse('2025-05-27T09:00:00Z');
const MINUTE = 60_000;

/** storage.local as Chrome keeps it: values cloned, and an optional quota in bytes (Chrome's message past it). */
function fakeStorage(quota = Infinity) {
  const items: Record<string, unknown> = {};
  const used = () => Object.entries(items).reduce((n, [k, v]) => n + storedBytes(k, v), 0);
  return {
    items,
    async get(keys: string | string[] | null) {
      const wanted = keys === null ? Object.keys(items) : typeof keys === 'string' ? [keys] : keys;
      return structuredClone(Object.fromEntries(wanted.filter((k) => k in items).map((k) => [k, items[k]])));
    },
    async set(added: Record<string, unknown>) {
      const before = { ...items };
      Object.assign(items, structuredClone(added));
      if (used() > quota) {
        for (const key of Object.keys(items)) if (!(key in before)) delete items[key];
        Object.assign(items, before);
        throw new Error('QUOTA_BYTES quota exceeded');
      }
    },
    async remove(keys: string | string[]) {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete items[key];
    },
  };
}

/** A background with fake storage, consent and fetch; `fetches` counts what would have gone to ITU. */
function setup(
  options: { allowed?: boolean; fail?: ItuIndexError; quota?: number; limits?: IndexServiceDeps['limits'] } = {},
) {
  const storage = fakeStorage(options.quota);
  const world = {
    now: T0,
    allowed: options.allowed ?? true,
    fetches: [] as string[],
    fail: options.fail as ItuIndexError | undefined,
    /** Resolves the fetches in flight (they wait until then). */
    release: () => {},
  };
  let gate = Promise.resolve();
  const hold = () => {
    gate = new Promise<void>((done) => (world.release = done));
  };
  const service = createIndexService({
    storage,
    allowed: async () => world.allowed,
    fetchIndex: async (request): Promise<FetchedIndex> => {
      const url = ituIndexUrl(request);
      world.fetches.push(url);
      await gate;
      if (world.fail) throw world.fail;
      // Every request gets the sample read as its own meeting's list.
      const xml =
        request.meeting.group === 'TSAG'
          ? sample
          : Buffer.from(
              sample
                .toString('utf8')
                .replaceAll('TSAG', request.meeting.group)
                .replaceAll('250526', '250602')
                .replaceAll('2025-05-26', '2025-06-02'),
            );
      return { url, register: readItuIndex(xml, request, url), bytes: xml };
    },
    now: () => world.now,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const ledger = () => readLedger(storage.items[LEDGER_KEY]);
  const kept = (name: string) => storage.items[listKey(name)] as StoredIndex | undefined;
  return { world, service, hold, storage, ledger, kept };
}

const TSAG_LIST = 'T25-TSAG-250526-TD.xml';

describe('the background index service', () => {
  it('fetches nothing without consent', async () => {
    const { world, service } = setup({ allowed: false });
    expect(await service.request(tsagTds)).toEqual({ state: 'not-allowed' });
    expect(world.fetches).toEqual([]);
  });

  it('fetches the index once, keeps it under a key of its own, and answers from it within the day', async () => {
    const { world, service, kept, ledger } = setup();
    const first = await service.request(tsagTds);
    expect(first.state).toBe('ready');
    expect(world.fetches).toEqual(['https://www.itu.int/dms_pages/itu-t/md/25/TSAG/td/T25-TSAG-250526-TD.xml']);
    const index = kept(TSAG_LIST)!;
    expect(index).toMatchObject({ url: world.fetches[0], fetched: new Date(T0).toISOString() });
    expect(index.register).toMatchObject({
      key: 'TSAG 2025-05-26',
      fileName: TSAG_LIST,
      format: 'xml',
      indexUpdated: '2025-05-29',
    });
    expect(index.register.entries.find((e) => e.number === 7)).toMatchObject({
      title: 'Terms of reference of TSAG rapporteur groups',
      source: 'TSAG Chair',
      date: '2025-05-20',
    });
    expect(ledger().kept[TSAG_LIST]).toMatchObject({
      kind: 'td',
      entries: index.register.entries.length,
      indexUpdated: '2025-05-29',
      bytes: storedBytes(listKey(TSAG_LIST), index),
    });

    world.now = T0 + INDEX_FRESH_MS - 1;
    expect(await service.request(tsagTds)).toEqual({ state: 'ready', index });
    expect(world.fetches).toHaveLength(1);
    world.now = T0 + INDEX_FRESH_MS;
    expect((await service.request(tsagTds)).state).toBe('ready');
    expect(world.fetches).toHaveLength(2);
  });

  it('never fetches the same index twice at once', async () => {
    const { world, service, hold } = setup();
    hold();
    const answers = [service.request(tsagTds), service.request(tsagTds), service.request(tsagTds)];
    await new Promise((done) => setTimeout(done, 10));
    world.release();
    expect((await Promise.all(answers)).map((a) => a.state)).toEqual(['ready', 'ready', 'ready']);
    expect(world.fetches).toHaveLength(1);
    // Another index is another fetch.
    await service.request({ kind: 'contribution', meeting: tsag }).catch(() => undefined);
    expect(world.fetches).toHaveLength(2);
  });

  it('remembers a failure for a while and keeps the index it had', async () => {
    const { world, service, kept } = setup();
    await service.request(tsagTds);
    const before = kept(TSAG_LIST);
    world.now = T0 + INDEX_FRESH_MS + 1;
    world.fail = new ItuIndexError('offline', 'u', 'could not reach www.itu.int');
    expect(await service.request(tsagTds)).toEqual({
      state: 'failed',
      reason: 'offline',
      message: 'could not reach www.itu.int',
      index: before,
    });
    expect(world.fetches).toHaveLength(2);
    world.now += retryAfterMs('offline') - 1;
    expect((await service.request(tsagTds)).state).toBe('failed');
    expect(world.fetches).toHaveLength(2);
    world.now += 1;
    world.fail = undefined;
    expect((await service.request(tsagTds)).state).toBe('ready');
    expect(world.fetches).toHaveLength(3);
  });

  it('waits longer after ITU said no than after it could not be reached', () => {
    expect(retryAfterMs('not-found')).toBeGreaterThan(retryAfterMs('offline'));
    expect(retryAfterMs('timeout')).toBe(retryAfterMs('offline'));
  });
});

describe('the budget of fetches, shared by whatever asks', () => {
  it(`sends at most ${FETCH_BUDGET.perMinute} fetches a minute and ${FETCH_BUDGET.perDay} a day, and says so`, async () => {
    const { world, service } = setup();
    const answers = [];
    for (let n = 1; n <= FETCH_BUDGET.perMinute + 3; n++) answers.push(await service.request(sgTds(n)));
    expect(world.fetches).toHaveLength(FETCH_BUDGET.perMinute);
    expect(answers.slice(-3).map((a) => a.state === 'failed' && a.reason)).toEqual(['budget', 'budget', 'budget']);
    expect(shortFailure('budget')).toBe(
      `not asked: TD Lens asks ITU for at most ${FETCH_BUDGET.perMinute} lists a minute and ${FETCH_BUDGET.perDay} a day`,
    );
    // A kept list is still the answer: the budget counts fetches only.
    expect((await service.request(sgTds(1))).state).toBe('ready');
    world.now += MINUTE;
    expect((await service.request(sgTds(FETCH_BUDGET.perMinute + 1))).state).toBe('ready');
    // A day's worth, a minute's worth at a time: then nothing more until the first leaves the window.
    for (let n = 100; world.fetches.length < FETCH_BUDGET.perDay; n++) {
      await service.request(sgTds(n));
      if (world.fetches.length % FETCH_BUDGET.perMinute === 0) world.now += MINUTE;
    }
    world.now += MINUTE;
    const refused = await service.request(tsagTds);
    expect(refused).toMatchObject({ state: 'failed', reason: 'budget' });
    expect(world.fetches).toHaveLength(FETCH_BUDGET.perDay);
    world.now = T0 + INDEX_FRESH_MS;
    expect((await service.request(tsagTds)).state).toBe('ready');
  });

  it('counts failed fetches too', async () => {
    const { world, service } = setup({ fail: new ItuIndexError('not-found', 'u', '404') });
    for (let n = 1; n <= FETCH_BUDGET.perMinute + 1; n++) await service.request(sgTds(n));
    expect(world.fetches).toHaveLength(FETCH_BUDGET.perMinute);
  });
});

describe('what is kept', () => {
  it('keeps at most `count` lists, dropping the one fetched longest ago', async () => {
    const { world, service, storage, ledger } = setup({
      limits: { perMinute: 100, perDay: 100, bytes: 10_000_000, count: 3 },
    });
    for (let n = 2; n <= 5; n++) {
      await service.request(sgTds(n));
      world.now += 1000;
    }
    expect(Object.keys(ledger().kept)).toEqual([
      'T25-SG3-250602-TD.xml',
      'T25-SG4-250602-TD.xml',
      'T25-SG5-250602-TD.xml',
    ]);
    expect(Object.keys(storage.items).filter((k) => k.startsWith('ituIndex:'))).toHaveLength(3);
  });

  it('keeps lists within the byte budget, the oldest leaving first; one that left is not fetched again that day, and the card says why', async () => {
    const probe = setup();
    await probe.service.request(sgTds(2));
    const size = probe.ledger().kept['T25-SG2-250602-TD.xml'].bytes;
    const { world, service, storage, ledger } = setup({
      limits: { perMinute: 100, perDay: 100, bytes: Math.floor(size * 2.5), count: 24 },
    });
    for (let n = 2; n <= 4; n++) {
      await service.request(sgTds(n));
      world.now += 1000;
    }
    expect(Object.keys(ledger().kept)).toEqual(['T25-SG3-250602-TD.xml', 'T25-SG4-250602-TD.xml']);
    expect(storage.items[listKey('T25-SG2-250602-TD.xml')]).toBeUndefined();
    const again = await service.request(sgTds(2));
    expect(again).toMatchObject({ state: 'failed', reason: 'evicted' });
    expect(world.fetches).toHaveLength(3);
    expect(shortFailure('evicted')).toBe(
      "fetched today, not kept: TD Lens keeps 6 MB of ITU's lists and newer ones took the room",
    );
    world.now = T0 + INDEX_FRESH_MS + 5000;
    expect((await service.request(sgTds(2))).state).toBe('ready');
    expect(world.fetches).toHaveLength(4);
  });

  it('answers with a list too large to keep, without keeping it', async () => {
    const { service, storage, ledger } = setup({ limits: { perMinute: 100, perDay: 100, bytes: 1000, count: 24 } });
    const answer = await service.request(tsagTds);
    expect(answer).toMatchObject({ state: 'ready', unkept: 'too-big-to-keep' });
    expect(storage.items[listKey(TSAG_LIST)]).toBeUndefined();
    expect(ledger().notKept[TSAG_LIST]).toBe('too-big-to-keep');
    expect(await service.request(tsagTds)).toMatchObject({ state: 'failed', reason: 'too-big-to-keep' });
  });

  it("reports the browser's full storage as such, not as ITU being offline", async () => {
    const { service, storage } = setup({ quota: 2_000 });
    const answer = await service.request(tsagTds);
    expect(answer).toMatchObject({ state: 'ready', unkept: 'quota' });
    expect(storage.items[listKey(TSAG_LIST)]).toBeUndefined();
    expect(await service.request(tsagTds)).toMatchObject({ state: 'failed', reason: 'quota' });
    expect(shortFailure('quota')).toBe("fetched today, not kept: the browser's storage for TD Lens is full");
  });
});
