/**
 * The BUILT extension, loaded the way a delegate's browser loads it, against fixture pages served on 127.0.0.1.
 * The page tests run in Chromium and in Firefox ESR (one test, two browsers: extension-browsers.ts): marks and
 * ids, ITU links, untouched fields and editors, unchanged text, no script from page text, late content, the card
 * (mouse and keyboard), a strict CSP. Chromium alone (WebDriver BiDi cannot open moz-extension:// pages): the
 * options page (meeting, register import), the popup's message and the per-site switch, registers learned from an
 * ITU listing, and what the card says (its closed shadow root is read through the DevTools protocol).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askSummary,
  configureOptions,
  LAUNCH,
  type ExtensionGlobals,
  type BrowserName,
  type BrowserUnderTest,
  type TestPage,
} from './extension-browsers';
import {
  cardStyle,
  repoRoot,
  serveFixtures,
  unpackedExtensionId,
  chromeExtensionDir,
  type StaticServer,
} from './extension-harness';

const STRICT_CSP_PAGE = {
  type: 'text/html; charset=utf-8',
  headers: { 'content-security-policy': "default-src 'none'; style-src 'self'; script-src 'none'" },
  body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title></head><body><p id="p">Approve TD106 today.</p></body></html>',
};

// Two lines of an agenda as a web page shows them: the first cites RG-WPR's report (TD106 in the options' register)
// for RG-DT's, the second the right one.
const TITLES_PAGE = {
  type: 'text/html; charset=utf-8',
  body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agenda</title></head><body><ul><li>WP2-4: Approve the RG-DT meeting report, TD106.</li><li>WP2-6: Approve the RG-DT meeting report, TD108.</li></ul></body></html>',
};

const marks = (page: TestPage) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-td-lens-ref]')].map((el) => el.getAttribute('data-td-lens-ref')),
  );

async function waitForCard(page: TestPage, contains: string) {
  for (let i = 0; i < 100; i++) {
    const card = await page.card();
    if (card.visible && (card.text === null || card.text.includes(contains))) return card;
    await new Promise((r) => setTimeout(r, 50));
  }
  return page.card();
}

describe.each(['chromium', 'firefox'] as BrowserName[])('TD Lens extension in %s', (name) => {
  let server: StaticServer;
  let browser: BrowserUnderTest;
  /** Chromium reads the card's text; there the options page also gave it a meeting and a register. */
  const readsCards = name === 'chromium';

  async function open(path: string, minimum = 1): Promise<TestPage> {
    const page = await browser.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitFor((n) => document.querySelectorAll('[data-td-lens-ref]').length >= n, minimum);
    return page;
  }

  beforeAll(async () => {
    server = await serveFixtures({ '/strict-csp.html': STRICT_CSP_PAGE, '/titles.html': TITLES_PAGE });
    browser = await LAUNCH[name]();
    if (browser.context) await configureOptions(browser.context);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks references on a page, annotates ITU links in place, and leaves fields and code alone', async () => {
    const page = await open('/extension-refs.html', 9);
    expect(await marks(page)).toEqual([
      'TD106',
      'WP2-5',
      'TD7R1',
      'Q3/17',
      'TD89',
      'C5R1',
      'TD150',
      'TD138R1',
      'TD144',
    ]);
    const facts = await page.evaluate(() => {
      const itu = document.getElementById('itu-link')!;
      const other = document.getElementById('other-link')!;
      return {
        ituAttr: itu.getAttribute('data-td-lens-ref'),
        ituChildren: itu.children.length,
        otherInner: other.querySelector('span[data-td-lens-ref]')?.hasAttribute('tabindex'),
        nestedLinks: document.querySelectorAll('a a').length,
        textarea: (document.getElementById('ta') as HTMLTextAreaElement).value,
        input: (document.getElementById('in') as HTMLInputElement).value,
        editableMarks: document.querySelectorAll('#editable [data-td-lens-ref], #code [data-td-lens-ref]').length,
        prose: document.getElementById('prose')!.innerText,
        focusable: document.querySelector('#prose [data-td-lens-ref]')!.getAttribute('tabindex'),
        label: document.querySelector('#prose [data-td-lens-ref]')!.getAttribute('aria-label'),
      };
    });
    expect(facts).toEqual({
      ituAttr: 'TD150',
      ituChildren: 0,
      otherInner: false,
      nestedLinks: 0,
      textarea: 'TD1 in a textarea',
      input: 'TD2 in an input',
      editableMarks: 0,
      prose: 'Report – TD106. WP2-5: Approve the ToR in TD7R1. Adopt Q3/17 (TD89) and C 005 Rev.1.',
      focusable: '0',
      label: 'TD106, temporary document: show details',
    });
    await page.close();
  });

  it('keeps the page text unchanged and runs no script written as text', async () => {
    const page = await open('/extension-refs.html', 9);
    const result = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const pristine = new DOMParser().parseFromString(html, 'text/html');
      return {
        same: pristine.body.textContent === document.body.textContent,
        xss: (window as unknown as { __tdLensXss?: number }).__tdLensXss ?? null,
        images: document.querySelectorAll('#html-text img, #html-text script').length,
        marked: document.querySelector('#html-text [data-td-lens-ref]')?.textContent,
      };
    });
    expect(result).toEqual({ same: true, xss: null, images: 0, marked: 'TD144' });
    await page.close();
  });

  it('shows a hover card below the mark', async () => {
    const page = await open('/extension-refs.html', 9);
    await page.hover('#prose [data-td-lens-ref="TD7R1"]');
    const card = await waitForCard(page, 'TD7R1');
    expect(card.visible).toBe(true);
    const mark = await page.evaluate(() => {
      const r = document.querySelector('#prose [data-td-lens-ref="TD7R1"]')!.getBoundingClientRect();
      return { bottom: r.bottom, left: r.left };
    });
    expect(card.box.y).toBeGreaterThanOrEqual(mark.bottom);
    expect(card.box.width).toBeGreaterThan(150);
    expect(card.box.width).toBeLessThanOrEqual(360);
    expect(card.box.height).toBeGreaterThan(40);
    if (readsCards) {
      expect(card.text).toContain('Terms of reference of TSAG rapporteur groups, as agreed');
      expect(card.text).toContain('Source: TSAG Chair');
      expect(card.text).toContain('Newer revision exists: TD7R2');
      expect(card.links).toEqual([
        { text: 'ITU page', href: 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0007/en' },
        {
          text: 'Word file',
          href: 'https://www.itu.int/dms_pub/itu-t/md/25/tsag/td/250526/GEN/T25-TSAG-250526-TD-GEN-0007%21R1%21MSW-E.docx',
        },
      ]);
    }
    // The page cannot reach into the card.
    expect(
      await page.evaluate(() => (document.querySelector('td-lens-card') as HTMLElement | null)?.shadowRoot ?? null),
    ).toBeNull();
    mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
    await page.screenshot(join(repoRoot, `test-results/extension-card${name === 'chromium' ? '' : `-${name}`}.png`));
    await page.close();
  });

  it('opens the card on keyboard focus, moves into it with Enter, closes it with Escape', async () => {
    const page = await open('/extension-refs.html', 9);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-td-lens-ref') ?? null);
    for (let i = 0; i < 5 && (await focused()) !== 'TD106'; i++) await page.press('Tab');
    expect(await focused()).toBe('TD106');
    const card = await waitForCard(page, 'TD106');
    expect(card.visible).toBe(true);
    if (readsCards) expect(card.text).toContain('temporary document');
    await page.press('Escape');
    expect((await page.card()).visible).toBe(false);
    expect(await focused()).toBe('TD106');
    await page.press('Enter');
    await waitForCard(page, 'TD106');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TD-LENS-CARD');
    await page.press('Escape');
    expect((await page.card()).visible).toBe(false);
    expect(await focused()).toBe('TD106');
    await page.close();
  });

  it('styles the card on a page whose CSP forbids inline styles', async () => {
    const page = await open('/strict-csp.html');
    await page.hover('[data-td-lens-ref="TD106"]');
    const card = await waitForCard(page, 'TD106');
    // Unstyled, the card would be a bare run of text: no 360 px box with padding and lines.
    expect(card.box.width).toBeGreaterThan(150);
    expect(card.box.width).toBeLessThanOrEqual(360);
    expect(card.box.height).toBeGreaterThan(40);
    if (page.chromium) {
      expect(await cardStyle(page.chromium, ['background-color', 'border-top-style', 'max-width'])).toEqual({
        'background-color': 'rgb(255, 255, 255)',
        'border-top-style': 'solid',
        'max-width': '360px',
      });
    }
    await page.close();
  });

  it('marks content added after load', async () => {
    const page = await open('/extension-refs.html', 9);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late-p';
      p.textContent = 'Added later: TD145 and WP2-9';
      document.getElementById('late')!.append(p);
    });
    await page.waitFor(() => document.querySelector('#late-p [data-td-lens-ref="WP2-9"]') !== null);
    expect(
      await page.evaluate(() => [...document.querySelectorAll('#late-p [data-td-lens-ref]')].map((e) => e.textContent)),
    ).toEqual(['TD145', 'WP2-9']);
    await page.close();
  });

  it('says quietly on the card when the text around a mark names another group or kind than the TD\u2019s title', async () => {
    const page = await open('/titles.html', 4);
    // The right line first: its card opens below it, clear of the line above.
    await page.hover('[data-td-lens-ref="TD108"]');
    const right = await waitForCard(page, 'Report of the RG-DT meeting');
    expect(right.visible).toBe(true);
    if (readsCards) {
      expect(right.text).toContain('Report of the RG-DT meeting');
      expect(right.text).not.toContain('The text here');
    }
    await page.hover('[data-td-lens-ref="TD106"]');
    const wrong = await waitForCard(page, 'check the number');
    expect(wrong.visible).toBe(true);
    if (readsCards) {
      expect(wrong.text).toContain('Report of the RG-WPR meeting, Geneva, 26-30 May 2025');
      expect(wrong.text).toContain("The text here names RG-DT's report: check the number.");
      await page.screenshot(join(repoRoot, 'test-results/extension-card-title.png'));
    }
    // No mark of its own: the page has the same marks as ever.
    expect(await marks(page)).toEqual(['WP2-4', 'TD106', 'WP2-6', 'TD108']);
    await page.close();
  });

  it('marks the sample agenda and takes its meeting from the page text', async () => {
    const page = await open('/agenda.html', 41);
    const ids = await marks(page);
    expect(ids).toEqual(
      expect.arrayContaining(['TD106', 'TD7R1', 'WP2-4', 'RG-WPR-1', 'RG-WPR-3', 'Q3/17', 'Q10/20', 'TD138R1']),
    );
    await page.hover('[data-td-lens-ref="TD150"]');
    const card = await waitForCard(page, 'TD150');
    expect(card.visible).toBe(true);
    if (readsCards) {
      expect(card.text).toContain('TSAG meeting starting 2025-05-26');
      expect(card.links?.[0]).toEqual({
        text: 'ITU page',
        href: 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0150/en',
      });
    }
    await page.close();
  });

  it('marks a mail archive, an ITU document list, a wiki with late content, and leaves forms and editors alone', async () => {
    const mail = await open('/mail-archive.html', 9);
    // A `+` list in a <pre>, and references inside quoted replies; the <pre> text stays as it was.
    expect(await marks(mail)).toEqual([
      'TD232R1',
      'TD267',
      'TD269',
      'TD270',
      'WP2-5',
      'TD7R1',
      'TD106',
      'RG-WPR-1',
      'TD108',
    ]);
    expect(await mail.evaluate(() => document.getElementById('mail')!.textContent)).toContain(
      'TD 232R1+ 267+ 269+ 270(P) are available',
    );
    await mail.hover('[data-td-lens-ref="TD106"]');
    const card = await waitForCard(mail, 'TD106');
    expect(card.visible).toBe(true);
    if (readsCards)
      expect(card.links?.[0]).toEqual({
        text: 'ITU page',
        href: 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en',
      });
    await mail.close();

    const list = await open('/meeting-documents.html', 3);
    expect(
      await list.evaluate(() =>
        ['td106', 'td7', 'td150'].map((id) => document.getElementById(id)!.getAttribute('data-td-lens-ref')),
      ),
    ).toEqual(['TD106', 'TD7', 'TD150']);
    expect(await list.evaluate(() => document.querySelectorAll('a [data-td-lens-ref]').length)).toBe(0);
    await list.close();

    const wiki = await open('/wiki-table.html');
    await wiki.waitFor(() => document.querySelector('#comment [data-td-lens-ref="WP2-9"]') !== null);
    expect(await marks(wiki)).toEqual(['RG-WPR-7', 'TD138R1', 'RG-DT-1', 'TD148', 'TD144', 'WP2-9']);
    await wiki.close();

    const forms = await open('/forms.html');
    await forms.waitFor(() => document.querySelector('#outside [data-td-lens-ref="TD108"]') !== null);
    expect(
      await forms.evaluate(() => ({
        fields: document.querySelectorAll('#compose [data-td-lens-ref], #editor [data-td-lens-ref]').length,
        subject: (document.getElementById('subject') as HTMLInputElement).value,
        editor: document.getElementById('editor')!.innerHTML,
      })),
    ).toEqual({ fields: 0, subject: 'Re: TD106 and TD7R1', editor: '<p>Draft: WP2-4 approves TD106.</p>' });
    await forms.close();
  });
});

describe('TD Lens extension in Chromium: extension pages', () => {
  let server: StaticServer;
  let browser: BrowserUnderTest;
  const extensionUrl = `chrome-extension://${unpackedExtensionId(chromeExtensionDir)}`;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await LAUNCH.chromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const context = () => browser.context!;

  it('sets the meeting and imports a register through the options page', async () => {
    await configureOptions(context());
    const options = await context().newPage();
    await options.goto(`${extensionUrl}/options/options.html`);
    await options.waitForSelector('#registers li');
    expect(await options.textContent('#registers')).toMatch(/TSAG, meeting starting 2025-05-26: \d+ TDs \(csv/);
    await options.close();
  });

  it('learns the register from an ITU listing page and annotates its links', async () => {
    // The ITU listing is served from the fixture through request interception: the URL is the real one, so the
    // manifest's `https://www.itu.int/md/*` content script runs on it.
    const listing = readFileSync(join(repoRoot, 'test/fixtures/register-tsag-2505.html'), 'utf8');
    await context().route('https://www.itu.int/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: listing }),
    );
    const page = await context().newPage();
    await page.goto('https://www.itu.int/md/meetingdoc.asp?lang=en&parent=T25-TSAG-250526-TD');
    await page.waitForSelector('a[data-td-lens-ref="TD7"]');
    expect(await page.evaluate(() => document.querySelectorAll('a[data-td-lens-ref] [data-td-lens-ref]').length)).toBe(
      0,
    );
    const options = await context().newPage();
    await options.goto(`${extensionUrl}/options/options.html`);
    await options.waitForSelector('#registers li:has-text("html")');
    expect(await options.textContent('#registers')).toMatch(/TSAG, meeting starting 2025-05-26: \d+ TDs \(html/);
    await context().unroute('https://www.itu.int/**');
    await options.close();
    await page.close();
  });

  it('answers the popup and honours the per-site switch', async () => {
    const page = await context().newPage();
    await page.goto(`${server.url}/extension-refs.html`);
    await page.waitForSelector('[data-td-lens-ref]');
    const ext = await context().newPage();
    await ext.goto(`${extensionUrl}/options/options.html`);
    const summary = await askSummary(ext);
    expect(summary.hostname).toBe('127.0.0.1');
    expect(summary.enabled).toBe(true);
    expect(summary.groups.map((g) => [g.kind, g.ids.length])).toEqual([
      ['td', 6],
      ['contribution', 1],
      ['action', 1],
      ['question', 1],
    ]);
    expect(summary.meeting).toContain('TSAG, meeting starting 2025-05-26');

    await ext.evaluate(() =>
      (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ disabledSites: ['127.0.0.1'] }),
    );
    await page.waitForFunction(() => document.querySelectorAll('[data-td-lens-ref]').length === 0);
    expect(
      await page.evaluate(() => {
        const prose = document.getElementById('prose')!;
        return [prose.childNodes.length, prose.textContent];
      }),
    ).toEqual([1, 'Report – TD106. WP2-5: Approve the ToR in TD7R1. Adopt Q3/17 (TD89) and C 005 Rev.1.']);
    await ext.evaluate(() =>
      (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ disabledSites: [] }),
    );
    await page.waitForSelector('#prose [data-td-lens-ref="TD106"]');
    await ext.close();
    await page.close();
  });
});
