// Fetching ITU's indexes from a stand-in of ITU's site on 127.0.0.1: the good answer, and each way it can go wrong.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  fixtureIndexes,
  repoRoot,
  SG12_C_INDEX,
  SG12_TD_INDEX,
  startItuSite,
  TSAG_TD_INDEX,
  type ItuSite,
} from '../../test/itu-site';
import type { MeetingContext } from '../meeting/types';
import { fetchItuIndex, ItuIndexError, readItuIndex } from './itu-fetch';
import { ituIndexFileName, ituIndexUrl, type ItuIndexRequest } from './itu-index';

const tsag: MeetingContext = {
  group: 'TSAG',
  place: 'Geneva',
  start: '2025-05-26',
  end: '2025-05-30',
  studyPeriod: 25,
};
const sg12: MeetingContext = { group: 'SG12', start: '2025-09-09', studyPeriod: 25 };
const tsagTds: ItuIndexRequest = { kind: 'td', meeting: tsag };

let site: ItuSite;
beforeAll(async () => {
  site = await startItuSite();
});
afterAll(() => site.close());
beforeEach(() => {
  site.answers = fixtureIndexes();
  site.requests.length = 0;
  site.headers.length = 0;
});

async function failure(
  request: ItuIndexRequest,
  options: Parameters<typeof fetchItuIndex>[1] = {},
): Promise<ItuIndexError> {
  try {
    await fetchItuIndex(request, { base: site.base, ...options });
  } catch (error) {
    if (error instanceof ItuIndexError) return error;
    throw error;
  }
  throw new Error('fetched, but a failure was expected');
}

describe('fetchItuIndex', () => {
  it("fetches a meeting's TD index and reads it as the meeting's register, sending only the URL", async () => {
    const { url, register, bytes } = await fetchItuIndex(tsagTds, { base: site.base });
    expect(url).toBe(`${site.base}${TSAG_TD_INDEX}`);
    expect(site.requests).toEqual([TSAG_TD_INDEX]);
    expect(register.fileName).toBe(url);
    expect(register.entries.map((e) => e.id)).toEqual([
      'TD7',
      'TD100',
      'TD106',
      'TD108',
      'TD139',
      'TD142',
      'TD144',
      'TD150',
    ]);
    expect(register.get(7)).toMatchObject({
      title: 'Terms of reference of TSAG rapporteur groups',
      source: 'TSAG Chair',
      date: '2025-05-20',
    });
    expect(register.updated).toBe('2025-05-29');
    expect(new TextDecoder().decode(bytes)).toBe(
      readFileSync(`${repoRoot}/samples/itu-td-index-T25-TSAG-250526.xml`, 'utf8'),
    );
    expect(site.headers[0].cookie).toBeUndefined();
    expect(site.headers[0].referer).toBeUndefined();
  });

  it("fetches a group's contributions index for the meeting's study period", async () => {
    const { url, register } = await fetchItuIndex({ kind: 'contribution', meeting: sg12 }, { base: site.base });
    expect(url).toBe(`${site.base}${SG12_C_INDEX}`);
    expect(register.kind).toBe('contribution');
    expect(register.get(5)).toMatchObject({ id: 'C5', source: 'Orange', questions: ['Q9/12'] });
  });

  it('waits for a slow answer within the timeout', async () => {
    site.answers[TSAG_TD_INDEX].delayMs = 400;
    const { register } = await fetchItuIndex(tsagTds, { base: site.base });
    expect(register.entries).toHaveLength(8);
  });

  it('gives up on an answer slower than the timeout', async () => {
    site.answers[TSAG_TD_INDEX].delayMs = 5_000;
    const error = await failure(tsagTds, { timeoutMs: 150 });
    expect(error.reason).toBe('timeout');
    expect(error.message).toBe(`${new URL(site.base).host} did not answer within 150 ms: ${site.base}${TSAG_TD_INDEX}`);
  });

  it.each([
    [404, 'not-found', /has no index at .*T25-TSAG-250526-TD\.xml \(HTTP 404\): not published yet/],
    [403, 'refused', /refused the index \(HTTP 403\)/],
    [503, 'server', /answered HTTP 503 for /],
  ])('HTTP %i is %s', async (status, reason, message) => {
    site.answers[TSAG_TD_INDEX] = { status, body: 'nope', type: 'text/plain' };
    const error = await failure(tsagTds);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
  });

  it('an index that is not there is not-found (the stand-in answers 404 with a page)', async () => {
    const error = await failure({ kind: 'td', meeting: { group: 'SG17', start: '2026-04-14', studyPeriod: 25 } });
    expect(error.reason).toBe('not-found');
    expect(site.requests).toEqual(['/dms_pages/itu-t/md/25/SG17/td/T25-SG17-260414-TD.xml']);
  });

  it('a web page where the index should be (a login page) is not an index', async () => {
    site.answers[TSAG_TD_INDEX] = {
      body: '<!DOCTYPE html><html><body><form>TIES login</form></body></html>',
      type: 'text/xml',
    };
    expect((await failure(tsagTds)).reason).toBe('not-an-index');
    site.answers[TSAG_TD_INDEX] = { body: '  <html><body>Not found</body></html>', type: 'text/html; charset=utf-8' };
    expect((await failure(tsagTds)).reason).toBe('not-an-index');
    // The body decides, not the Content-Type: the index labelled text/html is still read.
    site.answers[TSAG_TD_INDEX] = { ...fixtureIndexes()[TSAG_TD_INDEX], type: 'text/html' };
    expect((await fetchItuIndex(tsagTds, { base: site.base })).register.entries).toHaveLength(8);
  });

  it('a malformed index names the line', async () => {
    const broken = readFileSync(`${repoRoot}/samples/itu-td-index-T25-TSAG-250526.xml`, 'utf8').replace(
      '</folder>',
      '</foldr>',
    );
    site.answers[TSAG_TD_INDEX] = { body: broken };
    const error = await failure(tsagTds);
    expect(error.reason).toBe('malformed');
    expect(error.message).toBe(
      `not a readable ITU index: ${site.base}${TSAG_TD_INDEX}:52: malformed XML: unexpected close tag (expected </folder> of line 27)`,
    );
  });

  it("another meeting's index at the meeting's URL is refused, not used", async () => {
    site.answers[TSAG_TD_INDEX] = { body: readFileSync(`${repoRoot}/test/fixtures/register-sg12-2509.xml`) };
    const error = await failure(tsagTds);
    expect(error.reason).toBe('other-meeting');
    expect(error.message).toMatch(
      /lists the TDs of the SG12 meeting of 2025-09-09 .* not of this document's TSAG meeting of 2025-05-26/,
    );
    site.answers[TSAG_TD_INDEX] = fixtureIndexes()[SG12_C_INDEX];
    expect((await failure(tsagTds)).message).toMatch(
      /T25-TSAG-250526-TD\.xml is a contributions index, not a TD index$/,
    );
    // And the contributions index of another group.
    site.answers[SG12_C_INDEX] = fixtureIndexes()[SG12_TD_INDEX];
    expect((await failure({ kind: 'contribution', meeting: sg12 })).message).toMatch(
      /is a TD index, not a contributions index$/,
    );
  });

  it('stops reading past the size cap', async () => {
    const error = await failure(tsagTds, { maxBytes: 1000 });
    expect(error.reason).toBe('too-large');
  });

  it('a site that cannot be reached is offline', async () => {
    const closed = await startItuSite();
    const base = closed.base;
    await closed.close();
    const error = await failure(tsagTds, { base });
    expect(error.reason).toBe('offline');
    expect(error.message).toBe(
      `could not reach ${new URL(base).host} (offline, or the request was blocked): ${base}${TSAG_TD_INDEX}`,
    );
  });
});

describe('index names and URLs', () => {
  it('uses the meeting for TDs and the group and study period for contributions', () => {
    expect(ituIndexFileName(tsagTds)).toBe('T25-TSAG-250526-TD.xml');
    expect(ituIndexFileName({ kind: 'contribution', meeting: tsag })).toBe('T25-TSAG-C.xml');
    expect(ituIndexUrl(tsagTds)).toBe('https://www.itu.int/dms_pages/itu-t/md/25/TSAG/td/T25-TSAG-250526-TD.xml');
  });

  it('readItuIndex reads what a cache kept, with the same checks', () => {
    const text = readFileSync(`${repoRoot}/samples/itu-td-index-T25-TSAG-250526.xml`, 'utf8');
    expect(readItuIndex(text, tsagTds, 'cached.xml').entries).toHaveLength(8);
    expect(() => readItuIndex(text, { kind: 'td', meeting: sg12 }, 'cached.xml')).toThrow(
      /lists the TDs of the TSAG meeting/,
    );
  });
});

describe('fetchItuIndex and redirects', () => {
  const index = readFileSync(`${repoRoot}/samples/itu-td-index-T25-TSAG-250526.xml`);
  const base = 'https://www.itu.int';
  const url = ituIndexUrl(tsagTds, base);
  /** A fetch that answers from a table of URLs, as a platform that shows redirects (Node) does. */
  const fakeFetch = (answers: Record<string, () => Response>): typeof fetch =>
    (async (input: string | URL | Request) => {
      const answer = answers[String(input)];
      if (!answer) throw new TypeError('fetch failed');
      return answer();
    }) as typeof fetch;
  const redirect = (location: string) => () => new Response(null, { status: 302, headers: { location } });
  const caught = async (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error as ItuIndexError,
    );

  it('follows a redirect within https://www.itu.int', async () => {
    const moved = `${base}/moved.xml`;
    const { register } = await fetchItuIndex(tsagTds, {
      base,
      fetch: fakeFetch({ [url]: redirect(moved), [moved]: () => new Response(index) }),
    });
    expect(register.entries).toHaveLength(8);
  });

  it('refuses one to http, or to another host, without asking it', async () => {
    for (const elsewhere of [url.replace('https:', 'http:'), url.replace('www.itu.int', 'itu.example')]) {
      const error = await caught(fetchItuIndex(tsagTds, { base, fetch: fakeFetch({ [url]: redirect(elsewhere) }) }));
      expect(error).toMatchObject({
        reason: 'redirected',
        message: `www.itu.int redirected the index to ${elsewhere}, outside ${base}: not followed (${url})`,
      });
    }
  });

  it('checks where a redirect the platform hides (a browser) ended', async () => {
    const hidden = (final: string) =>
      (async (_input: unknown, init?: RequestInit) => {
        if (init?.redirect === 'manual')
          return Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' });
        return Object.defineProperty(new Response(index), 'url', { value: final });
      }) as unknown as typeof fetch;
    expect((await fetchItuIndex(tsagTds, { base, fetch: hidden(`${base}/moved.xml`) })).register.entries).toHaveLength(
      8,
    );
    const error = await caught(fetchItuIndex(tsagTds, { base, fetch: hidden('http://www.itu.int/moved.xml') }));
    expect(error).toMatchObject({ reason: 'redirected' });
  });
});
