/**
 * The BUILT extension (dist/extension-chrome) loaded unpacked into Debian's Chromium (new headless mode), against
 * fixture pages served on 127.0.0.1: marks, cards, keyboard, late content, untouched fields, no script from
 * page text, the options page (meeting, register import) and the per-site switch.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM, CHROMIUM_ARGS, cardStyle, chromeExtensionDir, readCard, repoRoot, serveFixtures, unpackedExtensionId, type StaticServer,
} from './extension-harness';

let server: StaticServer;
let context: BrowserContext;
let userDataDir: string;
let extensionUrl: string;

const marks = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-td-lens-ref]')].map((el) => el.getAttribute('data-td-lens-ref')));

async function openFixture(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('[data-td-lens-ref]');
  return page;
}

async function waitForCard(page: Page, contains: string) {
  for (let i = 0; i < 100; i++) {
    const card = await readCard(page);
    if (card.visible && card.text.includes(contains)) return card;
    await page.waitForTimeout(50);
  }
  return readCard(page);
}

beforeAll(async () => {
  if (!existsSync(join(chromeExtensionDir, 'manifest.json'))) {
    spawnSync('node', ['scripts/build-extension.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  }
  server = await serveFixtures({
    // A strict page: no inline styles, no scripts. The card must still be styled.
    '/strict-csp.html': {
      type: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "default-src 'none'; style-src 'self'; script-src 'none'" },
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title></head><body><p id="p">Approve TD106 today.</p></body></html>',
    },
  });
  userDataDir = mkdtempSync(join(tmpdir(), 'td-lens-ext-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 900, height: 700 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${chromeExtensionDir}`, `--load-extension=${chromeExtensionDir}`],
  });
  extensionUrl = `chrome-extension://${unpackedExtensionId(chromeExtensionDir)}`;

  // The options page: a fallback meeting and a register imported from CSV (same formats as the CLI).
  const options = await context.newPage();
  await options.goto(`${extensionUrl}/options/options.html`);
  await options.fill('input[name=group]', 'TSAG');
  await options.fill('input[name=start]', '2025-05-26');
  await options.click('button[type=submit]');
  await options.waitForSelector('#meeting-status:has-text("Saved: TSAG")');
  await options.setInputFiles('#register-file', join(repoRoot, 'test/fixtures/register-tsag-2505.csv'));
  await options.waitForSelector('#register-status.ok');
  await options.close();
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe('TD Lens extension in Chromium', () => {
  it('imported the register through the options page', async () => {
    const options = await context.newPage();
    await options.goto(`${extensionUrl}/options/options.html`);
    await options.waitForSelector('#registers li');
    expect(await options.textContent('#registers')).toMatch(/TSAG, meeting starting 2025-05-26: \d+ TDs \(csv/);
    await options.close();
  });

  it('marks references on a page, annotates ITU links in place, and leaves fields and code alone', async () => {
    const page = await openFixture('/extension-refs.html');
    await page.waitForFunction(() => document.querySelectorAll('[data-td-lens-ref]').length >= 9);
    expect(await marks(page)).toEqual(['TD106', 'WP2-5', 'TD7R1', 'Q3/17', 'TD89', 'C5R1', 'TD150', 'TD138R1', 'TD144']);
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
    const page = await openFixture('/extension-refs.html');
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

  it('shows a hover card with register facts, links and a newer revision', async () => {
    const page = await openFixture('/extension-refs.html');
    await page.hover('#prose [data-td-lens-ref="TD7R1"]');
    const card = await waitForCard(page, 'TD7R1');
    expect(card.visible).toBe(true);
    expect(card.text).toContain('Terms of reference of TSAG rapporteur groups, as agreed');
    expect(card.text).toContain('Source: TSAG Chair');
    expect(card.text).toContain('Newer revision exists: TD7R2');
    expect(card.links).toEqual([
      { text: 'ITU page', href: 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0007/en' },
      { text: 'Word file', href: 'https://www.itu.int/dms_pub/itu-t/md/25/tsag/td/250526/GEN/T25-TSAG-250526-TD-GEN-0007%21R1%21MSW-E.docx' },
    ]);
    // The page cannot reach into the card.
    expect(await page.evaluate(() => (document.querySelector('td-lens-card') as HTMLElement | null)?.shadowRoot ?? null)).toBeNull();
    mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(repoRoot, 'test-results/extension-card.png') });
    await page.close();
  });

  it('opens the card on keyboard focus, moves into it with Enter, closes it with Escape', async () => {
    const page = await openFixture('/extension-refs.html');
    let focused: string | null = null;
    for (let i = 0; i < 5 && focused !== 'TD106'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-td-lens-ref') ?? null);
    }
    expect(focused).toBe('TD106');
    const card = await waitForCard(page, 'TD106');
    expect(card.visible).toBe(true);
    expect(card.text).toContain('temporary document');
    await page.keyboard.press('Escape');
    expect((await readCard(page)).visible).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-td-lens-ref'))).toBe('TD106');
    await page.keyboard.press('Enter');
    await waitForCard(page, 'TD106');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TD-LENS-CARD');
    await page.keyboard.press('Escape');
    expect((await readCard(page)).visible).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-td-lens-ref'))).toBe('TD106');
    await page.close();
  });

  it('styles the card on a page whose CSP forbids inline styles', async () => {
    const page = await openFixture('/strict-csp.html');
    await page.hover('[data-td-lens-ref="TD106"]');
    await waitForCard(page, 'TD106');
    expect(await cardStyle(page, ['background-color', 'border-top-style', 'max-width'])).toEqual({
      'background-color': 'rgb(255, 255, 255)',
      'border-top-style': 'solid',
      'max-width': '360px',
    });
    await page.close();
  });

  it('marks content added after load', async () => {
    const page = await openFixture('/extension-refs.html');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late-p';
      p.textContent = 'Added later: TD145 and WP2-9';
      document.getElementById('late')!.append(p);
    });
    await page.waitForSelector('#late-p [data-td-lens-ref="WP2-9"]');
    expect(await page.evaluate(() => [...document.querySelectorAll('#late-p [data-td-lens-ref]')].map((e) => e.textContent))).toEqual(['TD145', 'WP2-9']);
    await page.close();
  });

  it('marks the sample agenda and takes its meeting from the page text', async () => {
    const page = await openFixture('/agenda.html');
    await page.waitForFunction(() => document.querySelectorAll('[data-td-lens-ref]').length > 40);
    const ids = await marks(page);
    expect(ids).toEqual(expect.arrayContaining(['TD106', 'TD7R1', 'WP2-4', 'RG-WPR-1', 'RG-WPR-3', 'Q3/17', 'Q10/20', 'TD138R1']));
    await page.hover('[data-td-lens-ref="TD150"]');
    const card = await waitForCard(page, 'TD150');
    expect(card.text).toContain('TSAG meeting starting 2025-05-26');
    expect(card.links[0]).toEqual({ text: 'ITU page', href: 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0150/en' });
    await page.close();
  });

  it('learns the register from an ITU listing page and annotates its links', async () => {
    // The ITU listing is served from the fixture through request interception: the URL is the real one, so the
    // manifest's `https://www.itu.int/md/*` content script runs on it.
    const listing = readFileSync(join(repoRoot, 'test/fixtures/register-tsag-2505.html'), 'utf8');
    await context.route('https://www.itu.int/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: listing }));
    const page = await context.newPage();
    await page.goto('https://www.itu.int/md/meetingdoc.asp?lang=en&parent=T25-TSAG-250526-TD');
    await page.waitForSelector('a[data-td-lens-ref="TD7"]');
    expect(await page.evaluate(() => document.querySelectorAll('a[data-td-lens-ref] [data-td-lens-ref]').length)).toBe(0);
    await page.hover('a[data-td-lens-ref="TD106"]');
    const card = await waitForCard(page, 'TD106');
    expect(card.links[0]).toEqual({ text: 'ITU page', href: 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en' });
    const options = await context.newPage();
    await options.goto(`${extensionUrl}/options/options.html`);
    await options.waitForSelector('#registers li:has-text("html")');
    expect(await options.textContent('#registers')).toMatch(/TSAG, meeting starting 2025-05-26: \d+ TDs \(html/);
    await context.unroute('https://www.itu.int/**');
    await options.close();
    await page.close();
  });

  it('marks a mail archive, an ITU document list, a wiki with late content, and leaves forms and editors alone', async () => {
    const mail = await openFixture('/mail-archive.html');
    await mail.waitForFunction(() => document.querySelectorAll('[data-td-lens-ref]').length >= 9);
    // A `+` list in a <pre>, and references inside quoted replies; the <pre> text stays as it was.
    expect(await marks(mail)).toEqual(['TD232R1', 'TD267', 'TD269', 'TD270', 'WP2-5', 'TD7R1', 'TD106', 'RG-WPR-1', 'TD108']);
    expect(await mail.evaluate(() => document.getElementById('mail')!.textContent)).toContain('TD 232R1+ 267+ 269+ 270(P) are available');
    await mail.hover('[data-td-lens-ref="TD106"]');
    expect((await waitForCard(mail, 'TD106')).links[0]).toEqual({ text: 'ITU page', href: 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en' });
    await mail.close();

    const list = await openFixture('/meeting-documents.html');
    await list.waitForFunction(() => document.querySelectorAll('[data-td-lens-ref]').length >= 3);
    expect(await list.evaluate(() => ['td106', 'td7', 'td150'].map((id) => document.getElementById(id)!.getAttribute('data-td-lens-ref')))).toEqual(['TD106', 'TD7', 'TD150']);
    expect(await list.evaluate(() => document.querySelectorAll('a [data-td-lens-ref]').length)).toBe(0);
    await list.close();

    const wiki = await openFixture('/wiki-table.html');
    await wiki.waitForSelector('#comment [data-td-lens-ref="WP2-9"]');
    expect(await marks(wiki)).toEqual(['RG-WPR-7', 'TD138R1', 'RG-DT-1', 'TD148', 'TD144', 'WP2-9']);
    await wiki.close();

    const forms = await openFixture('/forms.html');
    await forms.waitForSelector('#outside [data-td-lens-ref="TD108"]');
    expect(await forms.evaluate(() => ({
      fields: document.querySelectorAll('#compose [data-td-lens-ref], #editor [data-td-lens-ref]').length,
      subject: (document.getElementById('subject') as HTMLInputElement).value,
      editor: document.getElementById('editor')!.innerHTML,
    }))).toEqual({ fields: 0, subject: 'Re: TD106 and TD7R1', editor: '<p>Draft: WP2-4 approves TD106.</p>' });
    await forms.close();
  });

  it('answers the popup and honours the per-site switch', async () => {
    const page = await openFixture('/extension-refs.html');
    const ext = await context.newPage();
    await ext.goto(`${extensionUrl}/options/options.html`);
    const summary = await ext.evaluate(async () => {
      // Without the tabs permission URLs are hidden: ask every other tab, the fixture's content script answers.
      const tabs = await chrome.tabs.query({});
      for (const tab of tabs) {
        if (tab.active || tab.id === undefined) continue;
        try {
          return await chrome.tabs.sendMessage(tab.id, { type: 'td-lens:summary' });
        } catch {
          // about:blank and closed pages have no content script
        }
      }
      throw new Error('no tab answered');
    });
    expect(summary.hostname).toBe('127.0.0.1');
    expect(summary.enabled).toBe(true);
    expect(summary.groups.map((g: { kind: string; ids: unknown[] }) => [g.kind, g.ids.length])).toEqual([
      ['td', 6], ['contribution', 1], ['action', 1], ['question', 1],
    ]);
    expect(summary.meeting).toContain('TSAG, meeting starting 2025-05-26');

    await ext.evaluate(() => chrome.storage.local.set({ disabledSites: ['127.0.0.1'] }));
    await page.waitForFunction(() => document.querySelectorAll('[data-td-lens-ref]').length === 0);
    expect(await page.evaluate(() => document.getElementById('prose')!.childNodes.length)).toBe(1);
    await ext.evaluate(() => chrome.storage.local.set({ disabledSites: [] }));
    await page.waitForSelector('#prose [data-td-lens-ref="TD106"]');
    await ext.close();
    await page.close();
  });
});

declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; active: boolean }[]>;
    sendMessage(id: number, message: unknown): Promise<{ hostname: string; enabled: boolean; meeting: string; groups: { kind: string; ids: unknown[] }[] }>;
  };
  storage: { local: { set(items: object): Promise<void> } };
};
