/**
 * ITU's lists on the cards, and TD Lens's limits on them (a byte budget, a budget of fetches), in Chromium and
 * Firefox: test builds of the extension (itu-test-build.ts) fetch from a stand-in of ITU's `dms_pages` on 127.0.0.1
 * (test/itu-site.ts), which logs every request. Pages are mails of four
 * meetings: TSAG (its TD list is there), SG12 (TD and contributions lists, one answering slowly), SG17 (no list:
 * 404), SG13 (the connection drops: offline), SG2 (a malformed list) and SG5 (TSAG's list at SG5's address).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureIndexes, SG12_C_INDEX, SG12_TD_INDEX, startItuSite, TSAG_TD_INDEX, type ItuSite } from '../itu-site';
import { launchChromium, startFirefox, type BrowserUnderTest } from './extension-browsers';
import { readCard, repoRoot, serveFixtures, unpackedExtensionId, type StaticServer } from './extension-harness';
import { ituTestBuild } from './itu-test-build';
import { readItuIndex } from '../../shared/register/itu-fetch';
import type { ItuIndexRequest } from '../../shared/register/itu-index';
import { FETCH_BUDGET } from '../../extension/itu-index';
import { listKey, storedBytes } from '../../extension/itu-store';
import { toStoredRegister } from '../../extension/register-store';

const resultsDir = join(repoRoot, 'test-results');
const mail = (subject: string, header: string, body: string) => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${subject}</title></head><body style="font:15px/1.5 sans-serif;margin:24px">
<h1 style="font-size:18px">${subject}</h1><p>${header}</p><p id="body">${body}</p></body></html>`,
});
const PAGES = {
  '/tsag-mail.html': mail(
    '[tsag] Documents for the closing plenary',
    'TSAG meeting (Geneva, 26-30 May 2025)',
    'Dear all, please read TD7 (the terms of reference), TD 106 and TD212 before Friday.',
  ),
  '/sg12-mail.html': mail(
    '[sg12] Q9/12 documents',
    'Study Group 12 meeting (Geneva, 9-18 September 2025)',
    'C 5 and C 21 are on the agenda; TD 292 answers the LS.',
  ),
  '/sg17-mail.html': mail(
    '[sg17] Agenda',
    'Study Group 17 meeting (Geneva, 14-23 April 2026)',
    'TD5 is the draft agenda.',
  ),
  '/sg13-mail.html': mail(
    '[sg13] Agenda',
    'Study Group 13 meeting (Geneva, 3-13 March 2026)',
    'TD9 is the draft agenda.',
  ),
  '/sg2-mail.html': mail('[sg2] Agenda', 'Study Group 2 meeting (Geneva, 1-10 July 2026)', 'TD3 is the draft agenda.'),
  '/sg5-mail.html': mail('[sg5] Agenda', 'Study Group 5 meeting (Geneva, 2-11 June 2026)', 'TD4 is the draft agenda.'),
};
const TD7_TITLE = 'Terms of reference of TSAG rapporteur groups';

/** A page of 20 links to TDs of 20 SG12 meetings (one list each), that focuses and hovers them from its own script. */
const FLOOD_PAGE = {
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>flood</title></head><body><ul>${Array.from(
    { length: 20 },
    (_, i) =>
      `<li><a href="https://www.itu.int/md/T25-SG12-2506${String(i + 1).padStart(2, '0')}-TD-GEN-0001/en">document ${i + 1}</a></li>`,
  ).join('')}</ul>
<script>
window.flood = () => {
  for (const a of document.querySelectorAll('a[data-td-lens-ref]')) {
    a.focus();
    for (const type of ['mouseover', 'mousemove']) a.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: 5, clientY: 5, screenX: Math.random() * 500 }));
    a.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  }
};
</script></body></html>`,
};

let site: ItuSite;
let pages: StaticServer;
const builds: string[] = [];

beforeAll(async () => {
  mkdirSync(resultsDir, { recursive: true });
  site = await startItuSite();
  pages = await serveFixtures({ ...PAGES, '/flood.html': FLOOD_PAGE });
});

afterAll(async () => {
  await site?.close();
  await pages?.close();
  for (const dir of builds) rmSync(dir, { recursive: true, force: true });
});

/** A test build; its budget of fetches a minute is raised (these tests ask for more lists than that in a minute). */
function build(browser: 'chrome' | 'firefox', allowed = false): string {
  const dir = ituTestBuild(browser, site.base, { allowed, openCard: browser === 'firefox', perMinute: 30 });
  builds.push(dir);
  return dir;
}

describe("ITU's lists on the cards, in Chromium", () => {
  let browser: BrowserUnderTest;
  let context: BrowserContext;
  let extensionUrl: string;

  beforeAll(async () => {
    const dir = build('chrome');
    browser = await launchChromium(dir);
    context = browser.context as BrowserContext;
    extensionUrl = `chrome-extension://${unpackedExtensionId(dir)}`;
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, first: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${pages.url}${path}`);
    await page.waitForSelector(`[data-td-lens-ref="${first}"]`);
    return page;
  }

  /** Hovers a mark (after moving away, so the card opens afresh) and waits for the card to say `contains`. */
  async function cardOf(page: Page, id: string, contains: string) {
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400);
    await page.hover(`[data-td-lens-ref="${id}"]`);
    for (let i = 0; i < 200; i++) {
      const card = await readCard(page);
      if (card.visible && card.text.includes(contains)) return card;
      await page.waitForTimeout(50);
    }
    return readCard(page);
  }

  async function options(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${extensionUrl}/options/options.html`);
    await page.waitForSelector('#itu-status:not(:empty)');
    return page;
  }

  it('fetches nothing before the delegate allows it', async () => {
    const page = await open('/tsag-mail.html', 'TD7');
    const card = await cardOf(page, 'TD7', 'TSAG meeting starting 2025-05-26');
    expect(card.text).not.toContain(TD7_TITLE);
    expect(card.text).not.toContain("ITU's TD list");
    const popup = await context.newPage();
    await popup.goto(`${extensionUrl}/popup/popup.html`);
    await popup.waitForSelector('#itu-allow');
    expect(await popup.textContent('#itu')).toBe(
      "Titles from ITU's lists (fetched from www.itu.int when a card needs one): Allow",
    );
    // The background refuses too, whoever asks: cards do not ask before consent, and it would not fetch if they did.
    const answer = await popup.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'td-lens:itu-index',
        kind: 'td',
        meeting: { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 },
      }),
    );
    expect(answer).toEqual({ state: 'not-allowed' });
    await popup.close();
    expect(await (await cardOf(page, 'TD106', 'TD106')).text).not.toContain("ITU's TD list");
    expect(site.requests).toEqual([]);
    await page.close();
  });

  it("after Allow, a hovered TD shows its title, source and date from ITU's list, fetched once with nothing but its URL", async () => {
    const opts = await options();
    expect(await opts.textContent('#itu-status')).toBe('Off: nothing is fetched from ITU.');
    await opts.click('#itu-allow');
    await opts.waitForSelector('#itu-status:has-text("On:")');
    expect(site.requests).toEqual([]);

    const page = await open('/tsag-mail.html', 'TD7');
    // A cookie of the page's host: it must not ride along to ITU.
    await page.evaluate(() => (document.cookie = 'delegate=session-1'));
    const card = await cardOf(page, 'TD7', TD7_TITLE);
    expect(card.text).toContain(TD7_TITLE);
    expect(card.text).toContain('Source: TSAG Chair');
    expect(card.text).toContain('Received 2025-05-20');
    expect(card.text).toContain("From ITU's TD list of 2025-05-29");
    expect(card.links[0]).toEqual({ text: 'ITU page', href: 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0007/en' });
    await page.screenshot({ path: join(resultsDir, 'extension-itu-card.png') });
    expect(site.requests).toEqual([TSAG_TD_INDEX]);
    expect(site.headers[0].cookie).toBeUndefined();
    expect(site.headers[0].referer).toBeUndefined();

    // The kept list answers the next cards, in this tab and in a new one: no second fetch.
    expect((await cardOf(page, 'TD106', 'Source:')).text).toContain('Report of the TSAG RG-WPR meeting');
    expect((await cardOf(page, 'TD212', 'TD list')).text).toContain("Not in ITU's TD list of 2025-05-29");
    const again = await open('/tsag-mail.html', 'TD7');
    expect((await cardOf(again, 'TD7', TD7_TITLE)).text).toContain('Source: TSAG Chair');
    expect(site.requests).toEqual([TSAG_TD_INDEX]);
    await again.close();
    await page.close();

    await opts.reload();
    await opts.waitForSelector('#itu-indexes li:has-text("T25-TSAG-250526-TD.xml")');
    expect(await opts.textContent('#itu-indexes')).toMatch(
      /^T25-TSAG-250526-TD\.xml: 8 TDs, ITU's date 2025-05-29, fetched \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/,
    );
    await opts.screenshot({ path: join(resultsDir, 'extension-itu-options.png') });
    await opts.close();
  });

  it('asks once for a slow contributions list wanted by two tabs at once, and shows it in both', async () => {
    site.answers[SG12_C_INDEX] = { ...fixtureIndexes()[SG12_C_INDEX], delayMs: 2_000 };
    site.requests.length = 0;
    const [a, b] = [await open('/sg12-mail.html', 'C5'), await open('/sg12-mail.html', 'C21')];
    await a.hover('[data-td-lens-ref="C5"]');
    await b.hover('[data-td-lens-ref="C21"]');
    const getting = await cardOf(a, 'C5', "Getting ITU's contributions list");
    expect(getting.text).toContain("Getting ITU's contributions list…");
    expect((await cardOf(a, 'C5', 'Orange')).text).toContain('Proposal for a new work item on QoE of cloud gaming');
    expect((await cardOf(b, 'C21', 'China Telecom')).text).toContain('Revised draft P.1204.6 – text for consent');
    expect((await cardOf(b, 'TD292', 'Rapporteur Q2/12')).text).toContain("From ITU's TD list of 2025-09-18");
    expect(site.requests.filter((r) => r === SG12_C_INDEX)).toHaveLength(1);
    expect(site.requests.filter((r) => r === SG12_TD_INDEX)).toHaveLength(1);
    await a.close();
    await b.close();
  });

  it('says in one line when ITU has no list (404), when it cannot be reached, and when the list is broken or of another meeting', async () => {
    const sg17 = await open('/sg17-mail.html', 'TD5');
    const missing = await cardOf(sg17, 'TD5', 'TD list:');
    expect(missing.text).toContain("ITU's TD list: not published by ITU (yet)");
    expect(missing.text).toContain('SG17 meeting starting 2026-04-14');
    expect(site.requests).toContain('/dms_pages/itu-t/md/25/SG17/td/T25-SG17-260414-TD.xml');
    await sg17.close();

    // The network failing on the way: the connection closes without an answer.
    site.answers['/dms_pages/itu-t/md/25/SG13/td/T25-SG13-260303-TD.xml'] = { body: '', drop: true };
    const sg13 = await open('/sg13-mail.html', 'TD9');
    const unreachable = await cardOf(sg13, 'TD9', 'TD list:');
    expect(unreachable.text).toContain("ITU's TD list: not reached (offline?)");
    expect(unreachable.links[0]).toEqual({
      text: 'ITU page',
      href: 'https://www.itu.int/md/T25-SG13-260303-TD-GEN-0009/en',
    });
    await sg13.close();

    site.answers['/dms_pages/itu-t/md/25/SG2/td/T25-SG2-260701-TD.xml'] = {
      body: '<?xml version="1.0"?>\n<page_content><folder_list><folder></page_content>',
    };
    const sg2 = await open('/sg2-mail.html', 'TD3');
    expect((await cardOf(sg2, 'TD3', 'TD list:')).text).toContain("ITU's TD list: not readable");
    await sg2.close();
    site.answers['/dms_pages/itu-t/md/25/SG5/td/T25-SG5-260602-TD.xml'] = fixtureIndexes()[TSAG_TD_INDEX];
    const sg5 = await open('/sg5-mail.html', 'TD4');
    const other = await cardOf(sg5, 'TD4', 'TD list:');
    expect(other.text).toContain("ITU's TD list: of another meeting");
    expect(other.text).not.toContain('Source:');
    await sg5.close();
  });

  it('Stop forgets the lists and fetches no more', async () => {
    const opts = await options();
    await opts.click('#itu-stop');
    await opts.waitForSelector('#itu-status:has-text("Off:")');
    expect(await opts.textContent('#itu-indexes')).toBe('No list kept.');
    await opts.close();
    site.requests.length = 0;
    const page = await open('/tsag-mail.html', 'TD7');
    const card = await cardOf(page, 'TD7', 'TSAG meeting');
    expect(card.text).not.toContain(TD7_TITLE);
    expect(site.requests).toEqual([]);
    await page.close();
  });
});

/** Bytes the background keeps for the index at `path` of the stand-in (as the background stores it). */
function keptBytes(path: string, request: ItuIndexRequest): number {
  const url = `${site.base}${path}`;
  const name = path.slice(path.lastIndexOf('/') + 1);
  const register = toStoredRegister(
    { ...readItuIndex(fixtureIndexes()[path].body, request, url), fileName: name },
    null,
  );
  return storedBytes(listKey(name), { url, fetched: new Date().toISOString(), register });
}

describe("TD Lens's limits on ITU's lists, in Chromium", () => {
  let browser: BrowserUnderTest;
  let context: BrowserContext;
  let extensionUrl: string;

  beforeAll(async () => {
    // Room for the larger of TSAG's and SG12's TD lists, not for both; the shipped budget of fetches.
    const tsag = keptBytes(TSAG_TD_INDEX, {
      kind: 'td',
      meeting: { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 },
    });
    const sg12 = keptBytes(SG12_TD_INDEX, {
      kind: 'td',
      meeting: { group: 'SG12', start: '2025-09-09', studyPeriod: 25 },
    });
    const dir = ituTestBuild('chrome', site.base, {
      listBytes: Math.max(tsag, sg12) + Math.floor(Math.min(tsag, sg12) / 2),
    });
    builds.push(dir);
    browser = await launchChromium(dir);
    context = browser.context as BrowserContext;
    extensionUrl = `chrome-extension://${unpackedExtensionId(dir)}`;
    const opts = await context.newPage();
    await opts.goto(`${extensionUrl}/options/options.html`);
    await opts.click('#itu-allow');
    await opts.waitForSelector('#itu-status:has-text("On:")');
    await opts.close();
    site.requests.length = 0;
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function cardSays(page: Page, contains: string) {
    for (let i = 0; i < 200; i++) {
      const card = await readCard(page);
      if (card.visible && card.text.includes(contains)) return card.text;
      await page.waitForTimeout(50);
    }
    return (await readCard(page)).text;
  }

  async function hover(path: string, id: string, contains: string): Promise<string> {
    const page = await context.newPage();
    await page.goto(`${pages.url}${path}`);
    await page.hover(`[data-td-lens-ref="${id}"]`);
    const text = await cardSays(page, contains);
    await page.close();
    return text;
  }

  it('keeps lists within its byte budget, the one fetched longest ago leaving first, and the card says why', async () => {
    expect(await hover('/tsag-mail.html', 'TD7', TD7_TITLE)).toContain("From ITU's TD list of 2025-05-29");
    expect(await hover('/sg12-mail.html', 'TD292', 'Rapporteur Q2/12')).toContain("From ITU's TD list of 2025-09-18");
    const opts = await context.newPage();
    await opts.goto(`${extensionUrl}/options/options.html`);
    await opts.waitForSelector('#itu-indexes li:has-text("T25-SG12-250909-TD.xml")');
    expect(await opts.textContent('#itu-indexes')).not.toContain('T25-TSAG-250526-TD.xml');
    await opts.close();
    // TSAG's list left to make room: not fetched again today, and the card says so.
    expect(await hover('/tsag-mail.html', 'TD7', 'not kept')).toContain(
      "ITU's TD list: fetched today, not kept: TD Lens keeps 6 MB of ITU's lists",
    );
    expect(site.requests.filter((r) => r === TSAG_TD_INDEX)).toHaveLength(1);
  });

  it('sends no more than its budget to ITU for a flood page, whoever asks, and the cards say so', async () => {
    const before = site.requests.length;
    const page = await context.newPage();
    await page.goto(`${pages.url}/flood.html`);
    await page.waitForFunction(() => document.querySelectorAll('a[data-td-lens-ref]').length === 20);
    // The page's own script opens no card, so it asks for nothing.
    await page.evaluate(() => (window as unknown as { flood(): void }).flood());
    await page.waitForTimeout(1000);
    expect(site.requests.length).toBe(before);
    expect((await readCard(page)).visible).toBe(false);
    // The delegate tabs through the 20 links: 20 cards, 20 lists wanted; the budget lets 6 a minute go (2 went above).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
    expect(await cardSays(page, 'not asked')).toContain(
      `ITU's TD list: not asked: TD Lens asks ITU for at most ${FETCH_BUDGET.perMinute} lists a minute and ${FETCH_BUDGET.perDay} a day`,
    );
    await page.waitForTimeout(1000);
    expect(site.requests.length).toBeLessThanOrEqual(FETCH_BUDGET.perMinute);
    // Another tab (an extension page here) asking for other meetings gets the same answer: the budget is shared.
    const asked = await page.context().newPage();
    await asked.goto(`${extensionUrl}/options/options.html`);
    const answers = await asked.evaluate(() =>
      Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          chrome.runtime.sendMessage({
            type: 'td-lens:itu-index',
            kind: 'td',
            meeting: { group: 'SG13', start: `2025-07-${String(i + 10)}`, studyPeriod: 25 },
          }),
        ),
      ),
    );
    expect(answers.map((a) => (a as { reason?: string }).reason)).toEqual(Array(10).fill('budget'));
    expect(site.requests.length).toBeLessThanOrEqual(FETCH_BUDGET.perMinute);
    await asked.close();
    await page.close();
  });
});

describe("ITU's lists on the cards, in Firefox", () => {
  let firefox: Browser;

  beforeAll(async () => {
    firefox = await startFirefox();
  });

  afterAll(async () => {
    await firefox?.close();
  });

  async function open(path: string): Promise<FirefoxPage> {
    const page = await firefox.newPage();
    await page.setViewport({ width: 900, height: 560 });
    await page.goto(`${pages.url}${path}`);
    await page.waitForSelector('[data-td-lens-ref="TD7"]');
    return page;
  }

  /** Whether the open card shows `text`: the test build's card has an open shadow root, whose words are read here. */
  const cardShows = (page: FirefoxPage, text: string) =>
    page.evaluate((t) => {
      const host = document.querySelector('td-lens-card');
      if (!host?.shadowRoot || /display:\s*none/.test(host.getAttribute('style') ?? '')) return false;
      return [...host.shadowRoot.querySelectorAll('[data-text]')]
        .map((el) => el.getAttribute('data-text'))
        .join(' ')
        .includes(t);
    }, text);

  async function hoverUntil(page: FirefoxPage, id: string, text: string): Promise<boolean> {
    await page.hover(`[data-td-lens-ref="${id}"]`);
    for (let i = 0; i < 200; i++) {
      if (await cardShows(page, text)) return true;
      await new Promise((done) => setTimeout(done, 50));
    }
    return false;
  }

  it('fetches nothing before the delegate allows it', async () => {
    site.requests.length = 0;
    const id = await firefox.installExtension(build('firefox'));
    const page = await open('/tsag-mail.html');
    expect(await hoverUntil(page, 'TD7', 'TSAG meeting starting 2025-05-26')).toBe(true);
    expect(await cardShows(page, TD7_TITLE)).toBe(false);
    expect(site.requests).toEqual([]);
    await page.close();
    await firefox.uninstallExtension(id);
  });

  it("once allowed, a hovered TD shows its title and source from ITU's list", async () => {
    site.requests.length = 0;
    site.headers.length = 0;
    await firefox.installExtension(build('firefox', true));
    const page = await open('/tsag-mail.html');
    expect(await hoverUntil(page, 'TD7', TD7_TITLE)).toBe(true);
    expect(await cardShows(page, 'Source: TSAG Chair')).toBe(true);
    expect(await cardShows(page, "From ITU's TD list of 2025-05-29")).toBe(true);
    expect(site.requests).toEqual([TSAG_TD_INDEX]);
    expect(site.headers[0].cookie).toBeUndefined();
    await page.screenshot({ path: join(resultsDir, 'extension-itu-card-firefox.png') });
    await page.close();
  });
});

describe("TD Lens's limits on ITU's lists, in Firefox", () => {
  let firefox: Browser;

  beforeAll(async () => {
    // A profile of its own (nothing kept from the tests above); the same room as in Chromium, the shipped budget.
    firefox = await startFirefox();
    const tsag = keptBytes(TSAG_TD_INDEX, {
      kind: 'td',
      meeting: { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 },
    });
    const sg12 = keptBytes(SG12_TD_INDEX, {
      kind: 'td',
      meeting: { group: 'SG12', start: '2025-09-09', studyPeriod: 25 },
    });
    const dir = ituTestBuild('firefox', site.base, {
      allowed: true,
      openCard: true,
      listBytes: Math.max(tsag, sg12) + Math.floor(Math.min(tsag, sg12) / 2),
    });
    builds.push(dir);
    await firefox.installExtension(dir);
    site.requests.length = 0;
  });

  afterAll(async () => {
    await firefox?.close();
  });

  /** What the open card says (the test build's shadow root is open), or null when no card is open. */
  const cardText = (page: FirefoxPage) =>
    page.evaluate(() => {
      const host = document.querySelector('td-lens-card');
      if (!host?.shadowRoot || /display:\s*none/.test(host.getAttribute('style') ?? '')) return null;
      return [...host.shadowRoot.querySelectorAll('[data-text]')].map((el) => el.getAttribute('data-text')).join(' ');
    });

  async function cardSays(page: FirefoxPage, contains: string): Promise<string> {
    for (let i = 0; i < 200; i++) {
      const text = await cardText(page);
      if (text?.includes(contains)) return text;
      await new Promise((done) => setTimeout(done, 50));
    }
    return (await cardText(page)) ?? '';
  }

  async function hover(path: string, id: string, contains: string): Promise<string> {
    const page = await firefox.newPage();
    await page.setViewport({ width: 900, height: 560 });
    await page.goto(`${pages.url}${path}`);
    await page.waitForSelector(`[data-td-lens-ref="${id}"]`);
    await page.hover(`[data-td-lens-ref="${id}"]`);
    const text = await cardSays(page, contains);
    await page.close();
    return text;
  }

  it('keeps lists within its byte budget, the one fetched longest ago leaving first, and the card says why', async () => {
    expect(await hover('/tsag-mail.html', 'TD7', TD7_TITLE)).toContain("From ITU's TD list of 2025-05-29");
    expect(await hover('/sg12-mail.html', 'TD292', 'Rapporteur Q2/12')).toContain("From ITU's TD list of 2025-09-18");
    expect(await hover('/tsag-mail.html', 'TD7', 'not kept')).toContain(
      "ITU's TD list: fetched today, not kept: TD Lens keeps 6 MB of ITU's lists",
    );
    expect(site.requests.filter((r) => r === TSAG_TD_INDEX)).toHaveLength(1);
  });

  it('sends no more than its budget to ITU for a flood page, and the cards say so', async () => {
    const before = site.requests.length;
    const page = await firefox.newPage();
    await page.setViewport({ width: 900, height: 560 });
    await page.goto(`${pages.url}/flood.html`);
    await page.waitForFunction(() => document.querySelectorAll('a[data-td-lens-ref]').length === 20);
    await page.evaluate(() => (window as unknown as { flood(): void }).flood());
    await new Promise((done) => setTimeout(done, 1000));
    expect(site.requests.length).toBe(before);
    expect(await cardText(page)).toBeNull();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
    expect(await cardSays(page, 'not asked')).toContain(
      `ITU's TD list: not asked: TD Lens asks ITU for at most ${FETCH_BUDGET.perMinute} lists a minute and ${FETCH_BUDGET.perDay} a day`,
    );
    await new Promise((done) => setTimeout(done, 1000));
    expect(site.requests.length).toBeLessThanOrEqual(FETCH_BUDGET.perMinute);
    await page.close();
  });
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
