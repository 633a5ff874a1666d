import { describe, expect, it } from 'vitest';
import type { MeetingContext } from '../../shared/meeting/types';
import type { IndexAnswer, StoredIndex } from '../itu-index';
import { INDEX_FRESH_MS } from '../itu-index';
import type { IndexRequestMessage } from '../messages';
import { createIndexRequests, RETRY_AFTER_MS } from './index-requests';

// The browser wiring (browserIndexRequests) is exercised by the browser tests; these drive the logic with fakes.

const tsag: MeetingContext = { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 };
const T0 = Date.parse('2025-05-27T09:00:00Z');
const index = (fetched = T0): StoredIndex => ({
  url: 'https://www.itu.int/dms_pages/itu-t/md/25/TSAG/td/T25-TSAG-250526-TD.xml',
  fetched: new Date(fetched).toISOString(),
  register: {
    key: 'TSAG 2025-05-26',
    fileName: 'T25-TSAG-250526-TD.xml',
    format: 'xml',
    entries: [],
    updated: '',
    indexUpdated: '2025-05-29',
  },
});

/** A page's requests with a fake background: `answer` is what it says next; `changes` counts card rebuilds. */
function setup(allowed: boolean) {
  const world = {
    now: T0,
    sent: [] as IndexRequestMessage[],
    answer: { state: 'ready', index: index() } as IndexAnswer | Error,
    changes: 0,
    setAllowed: (_value: boolean) => {},
  };
  const requests = createIndexRequests({
    send: async (message) => {
      world.sent.push(message);
      if (world.answer instanceof Error) throw world.answer;
      return world.answer;
    },
    watchAllowed: (callback) => {
      world.setAllowed = callback;
      queueMicrotask(() => callback(allowed));
    },
    onChange: () => void world.changes++,
    now: () => world.now,
  });
  return { world, requests };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe("a page's requests for ITU's indexes", () => {
  it('asks nothing while fetching is not allowed', async () => {
    const { world, requests } = setup(false);
    expect(requests.viewFor('td', tsag)).toBeUndefined();
    await settle();
    expect(requests.viewFor('td', tsag)).toBeUndefined();
    expect(world.sent).toEqual([]);
    expect(world.changes).toBe(0);
  });

  it('asks once when allowed, shows "loading", then the index; the card is rebuilt on each news', async () => {
    const { world, requests } = setup(true);
    expect(requests.viewFor('td', tsag)).toBeUndefined();
    await settle();
    expect(world.changes).toBe(1);
    expect(requests.viewFor('td', tsag)).toEqual({ state: 'loading' });
    expect(requests.viewFor('td', tsag)).toEqual({ state: 'loading' });
    expect(world.sent).toEqual([{ type: 'td-lens:itu-index', kind: 'td', meeting: tsag }]);
    await settle();
    expect(world.changes).toBe(2);
    expect(requests.viewFor('td', tsag)).toEqual({ state: 'ready', index: index() });
    expect(world.sent).toHaveLength(1);
    // The contributions list of the group is another request.
    requests.viewFor('contribution', tsag);
    expect(world.sent.map((m) => m.kind)).toEqual(['td', 'contribution']);
  });

  it('asks again for an index older than a day, showing the old one meanwhile', async () => {
    const { world, requests } = setup(true);
    requests.viewFor('td', tsag);
    await settle();
    requests.viewFor('td', tsag);
    await settle();
    world.now = T0 + INDEX_FRESH_MS;
    world.answer = { state: 'ready', index: index(world.now) };
    expect(requests.viewFor('td', tsag)).toEqual({ state: 'ready', index: index() });
    expect(world.sent).toHaveLength(2);
    await settle();
    expect(requests.viewFor('td', tsag)).toEqual({ state: 'ready', index: index(world.now) });
  });

  it('says a failure in one line, keeps what it had, and asks again only after a minute', async () => {
    const { world, requests } = setup(true);
    requests.viewFor('td', tsag);
    await settle();
    // The background kept yesterday's list and could not fetch today's.
    const old = index(T0 - INDEX_FRESH_MS);
    world.answer = { state: 'failed', reason: 'offline', message: 'could not reach www.itu.int', index: old };
    requests.viewFor('td', tsag);
    await settle();
    expect(requests.viewFor('td', tsag)).toEqual({
      state: 'failed',
      message: "ITU's TD list: not reached (offline?)",
      index: old,
    });
    world.now += RETRY_AFTER_MS - 1;
    requests.viewFor('td', tsag);
    expect(world.sent).toHaveLength(1);
    world.now += 1;
    world.answer = new Error('Could not establish connection. Receiving end does not exist.');
    requests.viewFor('td', tsag);
    expect(world.sent).toHaveLength(2);
    await settle();
    expect(requests.viewFor('contribution', tsag)).toEqual({ state: 'loading' });
    expect(requests.viewFor('td', tsag)).toEqual({
      state: 'failed',
      message: "ITU's TD list: TD Lens's background did not answer",
      index: old,
    });
  });

  it("asks nothing for a meeting ITU cannot have a list for, and keeps the background's reasons", async () => {
    const { world, requests } = setup(true);
    requests.viewFor('td', tsag); // consent read
    await settle();
    expect(requests.viewFor('td', { group: 'SG01', start: '2025-06-02', studyPeriod: 25 })).toBeUndefined();
    expect(requests.viewFor('td', { group: 'TSAG', start: '2025-02-30', studyPeriod: 25 })).toBeUndefined();
    expect(world.sent).toEqual([]);
    world.answer = { state: 'failed', reason: 'budget', message: 'spent' };
    requests.viewFor('td', tsag);
    await settle();
    expect(requests.viewFor('td', tsag)).toEqual({
      state: 'failed',
      message: "ITU's TD list: not asked: TD Lens asks ITU for at most 6 lists a minute and 60 a day",
    });
    world.now += RETRY_AFTER_MS;
    world.answer = { state: 'ready', index: index(), unkept: 'too-big-to-keep' };
    requests.viewFor('td', tsag);
    await settle();
    expect(requests.viewFor('td', tsag)).toEqual({ state: 'ready', index: index(), unkept: 'too-big-to-keep' });
  });

  it('stops asking when the background says it is not allowed, and starts again when the delegate allows it', async () => {
    const { world, requests } = setup(true);
    world.answer = { state: 'not-allowed' };
    requests.viewFor('td', tsag);
    await settle();
    requests.viewFor('td', tsag);
    await settle();
    expect(requests.viewFor('td', tsag)).toBeUndefined();
    expect(world.sent).toHaveLength(1);
    world.answer = { state: 'ready', index: index() };
    world.setAllowed(true);
    expect(requests.viewFor('td', tsag)).toEqual({ state: 'loading' });
    expect(world.sent).toHaveLength(2);
  });
});
