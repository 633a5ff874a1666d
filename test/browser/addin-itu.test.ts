/**
 * "Get TD list from ITU" in the add-in preview's register panel, against stand-ins of ITU's site on 127.0.0.1 (the
 * pane's test-only localStorage key points it there): one answering with CORS headers, where the pane fetches the
 * index and the TD table fill gets its titles; one without, where the browser refuses the answer to the pane and
 * the panel shows the exact URL to download, one click away.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startItuSite, TSAG_TD_INDEX, type ItuSite } from '../itu-site';
import { addinDist, ensureAddinBuilt, resultsDir, startAddinSession, type AddinSession } from './addin-harness';

let session: AddinSession;
let page: Page;
let cors: ItuSite;
let noCors: ItuSite;
const errors: string[] = [];

beforeAll(async () => {
  cors = await startItuSite({ cors: true });
  noCors = await startItuSite();
  // The built pages allow connections to ITU's site only (their Content-Security-Policy): the stand-ins take its place.
  ensureAddinBuilt();
  const preview = readFileSync(join(addinDist, 'preview.html'), 'utf8').replaceAll(
    'https://www.itu.int',
    `${cors.base} ${noCors.base}`,
  );
  session = await startAddinSession(() => ({ '/preview.html': { type: 'text/html; charset=utf-8', body: preview } }));
  page = await session.context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript((base) => localStorage.setItem('td-lens:test-itu-base', base), cors.base);
  await page.goto(`${session.url}/preview.html`);
  await page.locator('[data-testid="document"] [data-paragraph]').first().waitFor();
});

afterAll(async () => {
  await session?.close();
  await cors?.close();
  await noCors?.close();
});

const doc = () => page.locator('[data-testid="document"]');

describe('Get TD list from ITU, in the add-in preview', () => {
  it('waits for the meeting from the header, then fetches its TD index and imports it as the register', async () => {
    await page.getByRole('button', { name: 'TD register', exact: true }).click();
    const get = page.getByTestId('get-itu-td-list');
    expect(await get.isDisabled()).toBe(true);
    await page.getByTestId('check').click();
    await expect.poll(() => get.isDisabled()).toBe(false);
    expect(cors.requests).toEqual([]);

    await get.click();
    await expect
      .poll(() => page.getByTestId('register').innerText())
      .toContain(
        '8 TDs from T25-TSAG-250526-TD.xml, of the TSAG meeting of 2025-05-26 to 2025-05-30, Geneva (T25-TSAG-250526); updated 2025-05-29',
      );
    expect(cors.requests).toEqual([TSAG_TD_INDEX]);
    expect(cors.headers[0].cookie).toBeUndefined();
  });

  it("fills the TD table with the titles and sources of ITU's list", async () => {
    await page.getByRole('button', { name: 'Fill', exact: true }).click();
    const result = page.getByTestId('fill-result');
    await page.getByTestId('td-table').click();
    await expect
      .poll(async () => ((await result.count()) > 0 ? result.innerText() : ''))
      .toMatch(/^Inserted a table \(\d+ rows\)/);
    const rows = doc().locator('[data-tag="td-lens:td-table"] table tr');
    const row = (n: number) => rows.filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${n}$`) }) });
    expect(await row(106).innerText()).toMatch(
      /^106\s+Report of the TSAG RG-WPR meeting\s+Rapporteur, TSAG RG-WPR\s+ITU page\s+3\.1$/,
    );
    expect(await row(7).innerText()).toMatch(/^7\s+\S*\s*Terms of reference of TSAG rapporteur groups\s+TSAG Chair\s/);
    await doc().locator('[data-tag="td-lens:td-table"] table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'addin-itu-td-table.png') });
    expect(errors).toEqual([]);
  });

  it("shows the exact URL to download when the browser refuses ITU's answer to the pane (no CORS header)", async () => {
    await page.evaluate((base) => localStorage.setItem('td-lens:test-itu-base', base), noCors.base);
    // The register section is still open from the first test.
    await page.getByTestId('get-itu-td-list').click();
    const failure = page.getByTestId('itu-td-list-failure');
    await failure.waitFor();
    const url = `${noCors.base}${TSAG_TD_INDEX}`;
    expect(await failure.innerText()).toBe(
      `This pane could not fetch T25-TSAG-250526-TD.xml (offline, or ITU's site does not let it). Download it from ${url}, then import T25-TSAG-250526-TD.xml here.`,
    );
    // The request reached the site: it is the browser that kept the answer from the pane.
    expect(noCors.requests).toEqual([TSAG_TD_INDEX]);
    await failure.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'addin-itu-download.png') });
    // One click opens the index, where the browser can save it.
    const [opened] = await Promise.all([
      session.context.waitForEvent('page'),
      page.getByTestId('itu-td-list-url').click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(url);
    await opened.close();
    expect(errors).toEqual([]);
  });
});
