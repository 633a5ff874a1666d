// The pane's "Get TD list from ITU" against a stand-in of ITU's site: with CORS headers (fetched), without (the URL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureIndexes, startItuSite, TSAG_TD_INDEX, type ItuSite } from '../../test/itu-site';
import type { MeetingContext } from '../../shared/meeting/types';
import { getItuTdList, TEST_ITU_BASE_KEY } from './itu-td-list';

const tsag: MeetingContext = {
  group: 'TSAG',
  place: 'Geneva',
  start: '2025-05-26',
  end: '2025-05-30',
  studyPeriod: 25,
};
let site: ItuSite;
const storage = (base: string | null) => ({ getItem: (key: string) => (key === TEST_ITU_BASE_KEY ? base : null) });

beforeAll(async () => {
  site = await startItuSite({ cors: true });
});
afterAll(() => site.close());

describe('getItuTdList', () => {
  it("gives the meeting's TD index as a file named as ITU names it", async () => {
    const result = await getItuTdList(tsag, { storage: storage(site.base) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.name).toBe('T25-TSAG-250526-TD.xml');
    expect(await result.file.text()).toContain('<object_name>T25-TSAG-250526-TD-GEN-0007</object_name>');
    expect(site.requests).toEqual([TSAG_TD_INDEX]);
  });

  it('says where to download it when it cannot be fetched, and why', async () => {
    const down = await startItuSite();
    await down.close();
    expect(await getItuTdList(tsag, { storage: storage(down.base) })).toEqual({
      ok: false,
      url: `${down.base}${TSAG_TD_INDEX}`,
      fileName: 'T25-TSAG-250526-TD.xml',
      reason: 'offline',
      message: "This pane could not fetch T25-TSAG-250526-TD.xml (offline, or ITU's site does not let it)",
    });
    site.answers[TSAG_TD_INDEX] = fixtureIndexes()['/dms_pages/itu-t/md/25/SG12/td/T25-SG12-250909-TD.xml'];
    const other = await getItuTdList(tsag, { storage: storage(site.base) });
    expect(other).toMatchObject({ ok: false, reason: 'other-meeting' });
  });

  it("goes to ITU's site unless a test set the key", async () => {
    const urls: string[] = [];
    const fetch = (async (url: string) => {
      urls.push(url);
      throw new TypeError('fetch failed');
    }) as unknown as typeof globalThis.fetch;
    const result = await getItuTdList(tsag, { fetch, storage: storage('javascript:alert(1)') });
    expect(urls).toEqual(['https://www.itu.int/dms_pages/itu-t/md/25/TSAG/td/T25-TSAG-250526-TD.xml']);
    expect(result).toMatchObject({ ok: false, url: urls[0] });
  });
});
