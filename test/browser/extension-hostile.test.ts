/**
 * Pages that make a lens work hard, with the BUILT extension in Chromium and Firefox ESR: a page that tries to open
 * and read the card, a page that puts its text back whenever it changes (frameworks do), one that keeps rewriting
 * it, a single-page app that keeps replacing its content, and big pages (a 4,000-message archive; 200,000 text
 * nodes). Counts, never wall-clock times: rounds of the page's own observer, marks written, references counted, runs
 * the lens still holds, removed paragraphs still alive after garbage collection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askSummary,
  configureOptions,
  LAUNCH,
  type BrowserName,
  type BrowserUnderTest,
  type TestPage,
} from './extension-browsers';
import { chromeExtensionDir, serveFixtures, unpackedExtensionId, type StaticServer } from './extension-harness';
import { archivePage, documentListPage } from './extension-pages';

const html = (title: string, body: string) => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
});

/** What a card says that the page itself does not: a page that finds any of these has read the card. */
const CARD_WORDS = [
  'temporary document',
  'action code',
  'Copy id',
  'meeting starting',
  'Links need a meeting',
  'ITU page',
  'Terms of reference',
  'TSAG Chair',
];

const PAGES = {
  // Opens the card the ways a script can (focus, synthetic hover, keys and clicks), then looks for its words with
  // find-in-page (which sees into closed shadow roots) and a selection of the whole document, and measures the host.
  '/spy.html': html(
    'spy',
    `<p id="p">Approve TD7 and WP2-5 today.</p><p id="away" style="margin-top:300px">Elsewhere.</p>
<script>
window.spy = async () => {
  for (const mark of document.querySelectorAll('[data-td-lens-ref]')) {
    mark.focus();
    const r = mark.getBoundingClientRect();
    for (const type of ['pointerover', 'mouseover', 'mouseenter', 'pointermove', 'mousemove']) {
      mark.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: r.x + 2, clientY: r.y + 2, screenX: r.x + 50, screenY: r.y + 90 }));
    }
    for (const key of ['Tab', 'Enter', ' ']) mark.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    mark.click();
  }
  await new Promise((done) => setTimeout(done, 800));
  return window.read();
};
window.read = () => {
  const host = document.querySelector('td-lens-card');
  const found = ${JSON.stringify(CARD_WORDS)}.filter((word) => {
    getSelection().removeAllRanges();
    return window.find(word, false, false, true);
  });
  getSelection().selectAllChildren(document.documentElement);
  const selected = getSelection().toString();
  getSelection().removeAllRanges();
  const box = host ? host.getBoundingClientRect() : null;
  return { open: !!host && !/display:\\s*none/.test(host.getAttribute('style') || ''), found, selected, size: box && [box.width, box.height], shadow: !!(host && host.shadowRoot) };
};
</script>`,
  ),
  // Keeps its DOM as it rendered it: any change to #app, and the text goes back (a new text node each time).
  '/puts-back.html': html(
    'puts back',
    `<p id="app">Approve TD106 and WP2-5 today.</p><p id="other">See also TD7.</p>
<script>
const app = document.getElementById('app'); const TEXT = app.textContent; window.rounds = 0;
new MutationObserver(() => {
  if (app.childNodes.length !== 1 || app.textContent !== TEXT) { window.rounds++; app.textContent = TEXT; }
}).observe(app, { childList: true, subtree: true, characterData: true });
</script>`,
  ),
  // Rewrites #app whenever it changes, with new text each time (a counter): it never settles by itself.
  '/keeps-fighting.html': html(
    'keeps fighting',
    `<p id="app">Approve TD1 today.</p>
<script>
const app = document.getElementById('app'); window.rounds = 0;
new MutationObserver(() => {
  if (app.childNodes.length !== 1) { window.rounds++; app.textContent = 'Approve TD' + (window.rounds + 1) + ' today.'; }
}).observe(app, { childList: true, subtree: true, characterData: true });
</script>`,
  ),
  // A single-page app: each view replaces the content with 20 new paragraphs (40 references). The page keeps a weak
  // reference to each paragraph it removed: one the lens still held (or any node of its text) would stay alive.
  '/spa.html': html(
    'spa',
    `<main id="app"></main>
<script>
window.views = 0;
const removed = [];
window.alive = () => removed.filter((r) => r.deref() !== undefined).length;
window.removed = () => removed.length;
// Firefox gives a page no way to ask for a collection: allocating is what makes it run.
window.allocate = () => { let junk = []; for (let i = 0; i < 10; i++) junk.push(new Array(250000).fill(i)); junk = null; };
window.show = () => {
  for (const p of document.getElementById('app').children) removed.push(new WeakRef(p));
  const ps = [];
  for (let i = 0; i < 20; i++) {
    const p = document.createElement('p');
    p.textContent = 'View ' + window.views + ': approve TD' + (window.views * 20 + i + 1) + ' and WP2-' + (i + 1) + ' today.';
    ps.push(p);
  }
  document.getElementById('app').replaceChildren(...ps);
  window.views++;
};
window.show();
</script>`,
  ),
  '/archive.html': { type: 'text/html; charset=utf-8', body: archivePage(4000).html },
  '/list.html': { type: 'text/html; charset=utf-8', body: documentListPage(50_000).html },
};

const rounds = (page: TestPage) => page.evaluate(() => (window as unknown as { rounds: number }).rounds);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(['chromium', 'firefox'] as BrowserName[])('TD Lens on hostile and big pages in %s', (name) => {
  let server: StaticServer;
  let browser: BrowserUnderTest;

  beforeAll(async () => {
    server = await serveFixtures(PAGES);
    browser = await LAUNCH[name]();
    // Chromium's cards then have a meeting and a register's facts (Terms of reference, TSAG Chair) for the page to find.
    if (browser.context) await configureOptions(browser.context);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<TestPage> {
    const page = await browser.newPage();
    await page.goto(`${server.url}${path}`);
    return page;
  }

  it("opens no card for the page's own script, and lets it read nothing of a card the delegate opened", async () => {
    const page = await open('/spy.html');
    await page.waitFor(() => document.querySelectorAll('[data-td-lens-ref]').length === 2);
    type Spied = { open: boolean; found: string[]; selected: string; size: [number, number] | null; shadow: boolean };
    const spied = await page.evaluate(() => (window as unknown as { spy(): Promise<Spied> }).spy());
    expect(spied.open).toBe(false);
    expect(spied.found).toEqual([]);
    // The delegate hovers TD7: the card opens, and the page's searches still find nothing of it.
    await page.hover('[data-td-lens-ref="TD7"]');
    await page.waitFor(() =>
      /display:\s*block/.test(document.querySelector('td-lens-card')?.getAttribute('style') ?? ''),
    );
    if (page.chromium) expect((await page.card()).text).toContain('temporary document');
    const read = await page.evaluate(() => (window as unknown as { read(): Spied }).read());
    expect(read).toMatchObject({ open: true, found: [], shadow: false });
    for (const word of CARD_WORDS) expect(read.selected).not.toContain(word);
    // An action code's card says far less than a TD's with its register facts: the same box all the same.
    await page.hover('#away');
    await page.waitFor(() =>
      /display:\s*none/.test(document.querySelector('td-lens-card')?.getAttribute('style') ?? ''),
    );
    await page.hover('[data-td-lens-ref="WP2-5"]');
    await page.waitFor(() =>
      /display:\s*block/.test(document.querySelector('td-lens-card')?.getAttribute('style') ?? ''),
    );
    if (page.chromium) expect((await page.card()).text).toContain('action code');
    const other = await page.evaluate(() => (window as unknown as { read(): Spied }).read());
    expect(other.found).toEqual([]);
    expect(other.size).toEqual(read.size);
    await page.close();
  });

  it('does not fight a page that puts its text back: one round, then that text is left alone', async () => {
    const page = await open('/puts-back.html');
    await page.waitFor(() => document.querySelector('#other [data-td-lens-ref="TD7"]') !== null);
    await pause(1000); // a page and a lens undoing each other would run thousands of rounds meanwhile
    expect(await rounds(page)).toBe(1);
    expect(
      await page.evaluate(() => {
        const app = document.getElementById('app')!;
        return [app.childNodes.length, app.textContent, document.querySelectorAll('#other [data-td-lens-ref]').length];
      }),
    ).toEqual([1, 'Approve TD106 and WP2-5 today.', 1]);
    await page.close();
  });

  it('stops following an element whose content keeps fighting', async () => {
    const page = await open('/keeps-fighting.html');
    await page.waitFor(() => (window as unknown as { rounds: number }).rounds > 0);
    await pause(1000);
    expect(await rounds(page)).toBe(3);
    expect(await page.evaluate(() => document.getElementById('app')!.childNodes.length)).toBe(1);
    await page.close();
  });

  it('marks every view of a single-page app, and keeps nothing of the views it replaced', async () => {
    const page = await open('/spa.html');
    const show = async (views: number) => {
      for (let i = 0; i < views; i++) {
        await page.evaluate(() => (window as unknown as { show: () => void }).show());
        await page.waitFor(() => document.querySelectorAll('#app [data-td-lens-ref]').length === 40);
      }
    };
    await show(10);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('#app p:first-child [data-td-lens-ref]')].map((m) => m.textContent),
      ),
    ).toEqual(['TD201', 'WP2-1']);
    // What the lens holds: the runs in its lists after its last sweep (its `td-lens:swept` mark, in both browsers).
    const tracked = async () => {
      await pause(700); // removed content leaves the lens's lists at its next sweep (at most every 500 ms)
      return page.evaluate(() => {
        const sweeps = performance.getEntriesByName('td-lens:swept');
        return (sweeps[sweeps.length - 1] as PerformanceMark | undefined)?.detail?.tracked as number | undefined;
      });
    };
    // The paragraphs the page removed that are still alive after garbage collection. Chromium collects when asked
    // (its DevTools protocol); Firefox, which gives no such command over BiDi, when the page allocates: up to 40
    // rounds, until at most two views' worth is left.
    const cdp = page.chromium ? await page.chromium.context().newCDPSession(page.chromium) : null;
    const removedAlive = async () => {
      const alive = () => page.evaluate(() => (window as unknown as { alive(): number }).alive());
      if (cdp) {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        return alive();
      }
      for (let round = 0; round < 40 && (await alive()) > 40; round++) {
        await page.evaluate(() => (window as unknown as { allocate(): void }).allocate());
        await pause(250);
      }
      return alive();
    };
    expect(await tracked()).toBe(20);
    await show(100);
    expect(await tracked()).toBe(20);
    await show(100);
    // The lens holds the runs of the view on screen (20 paragraphs, one run each), not of the 210 it saw.
    expect(await tracked()).toBe(20);
    // Of the 4,200 paragraphs the page removed, all marked by the lens, what stays alive is bounded: less than two
    // views' worth (a lens that kept removed runs would keep every one).
    expect(await page.evaluate(() => (window as unknown as { removed(): number }).removed())).toBe(4200);
    expect(await removedAlive()).toBeLessThanOrEqual(40);
    await cdp?.detach();
    await page.close();
  });

  it('marks the screen of a 4,000-message archive at once, the rest as it comes near, and Tab reaches every reference', async () => {
    const page = await open('/archive.html');
    await page.waitFor(() => document.querySelectorAll('#m1 [data-td-lens-ref]').length === 6);
    await page.waitFor(() => performance.getEntriesByName('td-lens:page-read').length > 0, undefined, 60_000);
    const marked = () => page.evaluate(() => document.querySelectorAll('[data-td-lens-ref]').length);
    // The screen and what is near it, not 24,000 marks: far messages wait until they come near.
    expect(await marked()).toBeGreaterThanOrEqual(6 * 5);
    expect(await marked()).toBeLessThan(1_000);
    expect(await page.evaluate(() => document.querySelector('#m3000 [data-td-lens-ref]'))).toBeNull();
    await page.evaluate(() => document.getElementById('m3000')!.scrollIntoView());
    await page.waitFor(() => document.querySelectorAll('#m3000 [data-td-lens-ref]').length === 6);

    // Keyboard: from the last mark written, Tab goes to the next reference in page order, written just in time.
    const last = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('[data-td-lens-ref][tabindex]')];
      const after = all.filter((m) => m.closest('.msg')!.id === 'm3000');
      const mark = after[after.length - 1];
      mark.focus();
      return mark.closest('.msg')!.id;
    });
    expect(last).toBe('m3000');
    const focusedIn: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.press('Tab');
      focusedIn.push(await page.evaluate(() => document.activeElement?.closest('.msg')?.id ?? 'none'));
    }
    // Ten messages further (well past the screen and what is near it), six references each, none skipped.
    expect(focusedIn).toEqual(Array.from({ length: 10 }, (_, m) => Array(6).fill(`m${3001 + m}`)).flat());
    await page.close();
  });

  it('handles 200,000 text nodes: the screen marked, every reference counted, marks written only near the screen', async () => {
    const page = await open('/list.html');
    await page.waitFor(() => performance.getEntriesByName('td-lens:page-read').length > 0, undefined, 120_000);
    const screen = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('.row')].slice(0, 10);
      return rows.map((row) => row.querySelector('[data-td-lens-ref]')?.textContent ?? null);
    });
    expect(screen).toEqual(Array.from({ length: 10 }, (_, i) => `TD${i + 1}`));
    expect(await page.evaluate(() => document.querySelectorAll('[data-td-lens-ref]').length)).toBeLessThan(500);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitFor(() => document.querySelector('.row:last-child [data-td-lens-ref]')?.textContent === 'TD50000');
    await page.close();
  });
});

describe('the popup counts what the parser read, not the marks (Chromium)', () => {
  let server: StaticServer;
  let browser: BrowserUnderTest;

  beforeAll(async () => {
    server = await serveFixtures(PAGES);
    browser = await LAUNCH.chromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('counts all 24,000 references of the archive while only the screen is marked', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/archive.html`);
    await page.waitFor(() => performance.getEntriesByName('td-lens:page-read').length > 0, undefined, 60_000);
    const ext = await browser.context!.newPage();
    await ext.goto(`chrome-extension://${unpackedExtensionId(chromeExtensionDir)}/options/options.html`);
    const summary = await askSummary(ext);
    expect(summary.groups.reduce((n, g) => n + g.total, 0)).toBe(24_000);
    expect(summary.groups.map((g) => g.kind)).toEqual(['td', 'contribution', 'action', 'question']);
    expect(await page.evaluate(() => document.querySelectorAll('[data-td-lens-ref]').length)).toBeLessThan(1_000);
    await ext.close();
    await page.close();
  });
});
