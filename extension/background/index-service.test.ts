import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeetingContext } from '../../shared/meeting/types';
import { ItuIndexError, readItuIndex, type FetchedIndex } from '../../shared/register/itu-fetch';
import { ituIndexUrl, type ItuIndexRequest } from '../../shared/register/itu-index';
import { INDEX_FRESH_MS, MAX_KEPT_INDEXES, type StoredIndex } from '../itu-index';
import { createIndexService, retryAfterMs } from './index-service';

const tsag: MeetingContext = { group: 'TSAG', place: 'Geneva', start: '2025-05-26', end: '2025-05-30', studyPeriod: 25 };
const tsagTds: ItuIndexRequest = { kind: 'td', meeting: tsag };
const sample = readFileSync(join(import.meta.dirname, '../../samples/itu-td-index-T25-TSAG-250526.xml'));
const T0 = Date.parse('2025-05-27T09:00:00Z');

/** A background with fake storage, consent and fetch; `fetches` counts what would have gone to ITU. */
function setup(options: { allowed?: boolean; fail?: ItuIndexError; stored?: Record<string, StoredIndex> } = {}) {
  const world = {
    now: T0,
    allowed: options.allowed ?? true,
    fetches: [] as string[],
    stored: { ituIndexes: options.stored ?? {} } as Record<string, unknown>,
    fail: options.fail as ItuIndexError | undefined,
    /** Resolves the fetches in flight (they wait until then). */
    release: () => {},
  };
  let gate = Promise.resolve();
  const hold = () => {
    gate = new Promise<void>((done) => (world.release = done));
  };
  const service = createIndexService({
    storage: {
      get: async (key) => structuredClone({ [key]: world.stored[key] }),
      set: async (items) => void Object.assign(world.stored, structuredClone(items)),
    },
    allowed: async () => world.allowed,
    fetchIndex: async (request): Promise<FetchedIndex> => {
      const url = ituIndexUrl(request);
      world.fetches.push(url);
      await gate;
      if (world.fail) throw world.fail;
      return { url, register: readItuIndex(sample, request, url), bytes: sample };
    },
    now: () => world.now,
  });
  return { world, service, hold, kept: () => world.stored.ituIndexes as Record<string, StoredIndex> };
}

describe('the background index service', () => {
  it('fetches nothing without consent', async () => {
    const { world, service } = setup({ allowed: false });
    expect(await service.request(tsagTds)).toEqual({ state: 'not-allowed' });
    expect(world.fetches).toEqual([]);
  });

  it('fetches the index once, keeps it by file name, and answers from it within the day', async () => {
    const { world, service, kept } = setup();
    const first = await service.request(tsagTds);
    expect(first.state).toBe('ready');
    expect(world.fetches).toEqual(['https://www.itu.int/dms_pages/itu-t/md/25/TSAG/td/T25-TSAG-250526-TD.xml']);
    const index = kept()['T25-TSAG-250526-TD.xml'];
    expect(index).toMatchObject({ url: world.fetches[0], fetched: new Date(T0).toISOString() });
    expect(index.register).toMatchObject({ key: 'TSAG 2025-05-26', fileName: 'T25-TSAG-250526-TD.xml', format: 'xml', indexUpdated: '2025-05-29' });
    expect(index.register.entries.find((e) => e.number === 7)).toMatchObject({ title: 'Terms of reference of TSAG rapporteur groups', source: 'TSAG Chair', date: '2025-05-20' });

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
    const before = kept()['T25-TSAG-250526-TD.xml'];
    world.now = T0 + INDEX_FRESH_MS + 1;
    world.fail = new ItuIndexError('offline', 'u', 'could not reach www.itu.int');
    expect(await service.request(tsagTds)).toEqual({ state: 'failed', reason: 'offline', message: 'could not reach www.itu.int', index: before });
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

  it(`keeps at most ${MAX_KEPT_INDEXES} indexes, dropping the one fetched longest ago`, async () => {
    const stored: Record<string, StoredIndex> = {};
    for (let day = 1; day <= MAX_KEPT_INDEXES; day++) {
      const name = `T25-SG${day}-C.xml`;
      stored[name] = { url: name, fetched: new Date(T0 - (100 - day) * 60_000).toISOString(), register: { key: name, fileName: name, format: 'xml', entries: [], updated: '' } };
    }
    const { service, kept } = setup({ stored });
    await service.request(tsagTds);
    const names = Object.keys(kept());
    expect(names).toHaveLength(MAX_KEPT_INDEXES);
    expect(names).toContain('T25-TSAG-250526-TD.xml');
    expect(names).not.toContain('T25-SG1-C.xml');
    expect(names).toContain('T25-SG2-C.xml');
  });
});
