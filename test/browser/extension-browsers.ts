/**
 * The two browsers the extension's page tests run in, behind one thin interface, so each test is written once:
 * - Chromium (Debian's `chromium`) through playwright-core, the unpacked dist/extension-chrome loaded at launch;
 * - Firefox ESR (Debian's `firefox-esr`) through puppeteer-core over WebDriver BiDi, dist/extension-firefox
 *   installed as a temporary add-on.
 * What only one browser lets a test see is said by the interface: the card lives in a closed shadow root, which
 * Chromium's DevTools protocol pierces (`card().text`), and BiDi does not (there a test sees the host and its box).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  chromeExtensionDir,
  readCard,
  repoRoot,
  unpackedExtensionId,
} from './extension-harness';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const firefoxExtensionDir = join(repoRoot, 'dist/extension-firefox');

export type BrowserName = 'chromium' | 'firefox';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardView {
  visible: boolean;
  /** The host's box on the page (zero when hidden). */
  box: Box;
  /** Text and links inside the card: null where the browser keeps the closed shadow root from tests (Firefox). */
  text: string | null;
  links: { text: string; href: string }[] | null;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `fn(arg)` is truthy in the page. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  hover(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  card(): Promise<CardView>;
  close(): Promise<void>;
  /** The Playwright page, in Chromium (DevTools protocol: memory counters, the card's computed style). */
  chromium: PlaywrightPage | null;
}

export interface BrowserUnderTest {
  name: BrowserName;
  newPage(): Promise<TestPage>;
  close(): Promise<void>;
  /** The Playwright context, in Chromium (extension pages: options, the popup's messages). */
  context: BrowserContext | null;
}

export const VIEWPORT = { width: 900, height: 700 };

/** Builds dist/ when a test file runs alone. */
export function ensureBuilt(): void {
  if (
    !existsSync(join(chromeExtensionDir, 'manifest.json')) ||
    !existsSync(join(firefoxExtensionDir, 'manifest.json'))
  ) {
    spawnSync('node', ['scripts/build-extension.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  }
}

const hostBox = (): Box | null => {
  const host = document.querySelector('td-lens-card');
  if (!host) return null;
  const r = host.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
};
const NO_BOX: Box = { x: 0, y: 0, width: 0, height: 0 };

/** Chromium with the unpacked extension in `extensionDir` (the build by default, or a test build of it). */
export async function launchChromium(extensionDir = chromeExtensionDir): Promise<BrowserUnderTest> {
  ensureBuilt();
  const userDataDir = mkdtempSync(join(tmpdir(), 'td-lens-ext-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  return {
    name: 'chromium',
    context,
    async newPage() {
      const page = await context.newPage();
      return {
        chromium: page,
        goto: async (url) => void (await page.goto(url)),
        evaluate: (fn, arg) => page.evaluate(fn, arg as never),
        waitFor: async (fn, arg, timeoutMs = 20_000) =>
          void (await page.waitForFunction(fn, arg as never, { timeout: timeoutMs })),
        hover: (selector) => page.hover(selector),
        press: (key) => page.keyboard.press(key),
        screenshot: async (path) => void (await page.screenshot({ path })),
        async card() {
          const snapshot = await readCard(page);
          const box = snapshot.visible ? ((await page.evaluate(hostBox)) ?? NO_BOX) : NO_BOX;
          return { visible: snapshot.visible, box, text: snapshot.text, links: snapshot.links };
        },
        close: () => page.close(),
      };
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Firefox ESR over WebDriver BiDi, headless, with a fresh profile and no extension yet. */
export function startFirefox(): Promise<PuppeteerBrowser> {
  return puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: FIREFOX, headless: true });
}

/** Firefox with the unpacked extension in `extensionDir` (the build by default, or a test build of it). */
export async function launchFirefox(extensionDir = firefoxExtensionDir): Promise<BrowserUnderTest> {
  ensureBuilt();
  const browser = await startFirefox();
  await browser.installExtension(extensionDir);
  return {
    name: 'firefox',
    context: null,
    async newPage() {
      const page: PuppeteerPage = await browser.newPage();
      await page.setViewport(VIEWPORT);
      return {
        chromium: null,
        goto: async (url) => void (await page.goto(url)),
        evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
        waitFor: async (fn, arg, timeoutMs = 20_000) =>
          void (await page.waitForFunction(fn as (a: unknown) => unknown, { timeout: timeoutMs }, arg)),
        hover: (selector) => page.hover(selector),
        press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
        screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
        async card() {
          const state = await page.evaluate(() => {
            const host = document.querySelector('td-lens-card') as HTMLElement | null;
            if (!host) return { visible: false, box: null };
            const r = host.getBoundingClientRect();
            return {
              visible: !/display:\s*none/.test(host.getAttribute('style') ?? ''),
              box: { x: r.x, y: r.y, width: r.width, height: r.height },
            };
          });
          return {
            visible: state.visible,
            box: state.visible && state.box ? state.box : NO_BOX,
            text: null,
            links: null,
          };
        },
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** Through Chromium's options page: a fallback meeting, and a register imported from CSV (same formats as the CLI). */
export async function configureOptions(context: BrowserContext): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${unpackedExtensionId(chromeExtensionDir)}/options/options.html`);
  await options.fill('input[name=group]', 'TSAG');
  await options.fill('input[name=start]', '2025-05-26');
  await options.click('button[type=submit]');
  await options.waitForSelector('#meeting-status:has-text("Saved: TSAG")');
  await options.setInputFiles('#register-file', join(repoRoot, 'test/fixtures/register-tsag-2505.csv'));
  await options.waitForSelector('#register-status.ok');
  await options.close();
}

export const LAUNCH: Record<BrowserName, () => Promise<BrowserUnderTest>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};

export interface SummaryAnswer {
  hostname: string;
  enabled: boolean;
  meeting: string | null;
  groups: { kind: string; ids: { id: string; count: number }[]; total: number }[];
}

/**
 * The popup's question, asked from an extension page. Without the tabs permission URLs are hidden: every other tab
 * is asked, and the page's content script answers (about:blank and closed pages have none).
 */
export function askSummary(ext: PlaywrightPage): Promise<SummaryAnswer> {
  return ext.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    const tabs = await chrome.tabs.query({});
    for (const tab of tabs) {
      if (tab.active || tab.id === undefined) continue;
      try {
        const answer = await chrome.tabs.sendMessage(tab.id, { type: 'td-lens:summary' });
        if (answer) return answer;
      } catch {
        // no content script in this tab
      }
    }
    throw new Error('no tab answered');
  });
}

/** The few extension APIs the tests call from an extension page. */
export interface ExtensionGlobals {
  chrome: {
    tabs: {
      query(q: object): Promise<{ id?: number; active: boolean }[]>;
      sendMessage(id: number, message: unknown): Promise<SummaryAnswer>;
    };
    storage: { local: { set(items: object): Promise<void> } };
  };
}
