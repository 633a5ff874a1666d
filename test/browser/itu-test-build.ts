/**
 * Test builds of the extension for ITU's lists.
 *
 * A test build is a copy of the shipped build (dist/extension-{chrome,firefox}) with three changes, made here and
 * nowhere else, so a delegate can never meet them:
 * - ITU's site (`"https://www.itu.int"`, the one `ITU_BASE` literal in the background, options and popup bundles)
 *   becomes the stand-in's `http://127.0.0.1:PORT`;
 * - the manifest asks for `http://127.0.0.1/*` as well; in Chromium it is also granted at install, because headless
 *   Chromium cannot show the permission prompt: the options page's "Allow" then resolves at once and records the
 *   consent, which is what gates every fetch;
 * - in Firefox, where WebDriver BiDi cannot open moz-extension pages to click "Allow", `allowed: true` makes the
 *   background record the consent at startup (Firefox grants the origin already, with the content scripts'
 *   `<all_urls>`). Without it the Firefox build shows that nothing is fetched before consent;
 * - `openCard: true` attaches the card's shadow root open, so that a test reads what the card shows (in Firefox,
 *   whose WebDriver BiDi cannot pierce a closed one; the shipped card's words are out of the page's reach);
 * - `listBytes` replaces TD Lens's byte budget for ITU's lists (LIST_BYTES), so a test fills it with small lists;
 *   `perMinute` its budget of fetches a minute (FETCH_BUDGET), for a test that asks for more lists than that.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FETCH_BUDGET, ITU_STORAGE_KEYS, LIST_BYTES } from '../../extension/itu-index';
import { ensureBuilt } from './extension-browsers';
import { repoRoot } from './extension-harness';

const ITU_LITERAL = '"https://www.itu.int"';
const PATCHED = ['background/background.js', 'options/options.js', 'popup/popup.js'];

export type TargetBrowser = 'chrome' | 'firefox';

export interface TestBuildOptions {
  allowed?: boolean;
  openCard?: boolean;
  listBytes?: number;
  perMinute?: number;
}

/** Replaces the one `from` in `file` of the build in `dir` (a build whose file has it elsewhere is refused). */
function patchOnce(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const code = readFileSync(path, 'utf8');
  const count = code.split(from).length - 1;
  if (count !== 1)
    throw new Error(
      `${file}: expected ${from} once, found it ${count} times; the test build would not be what the test means`,
    );
  writeFileSync(path, code.replace(from, to));
}

export function ituTestBuild(browser: TargetBrowser, base: string, options: TestBuildOptions = {}): string {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), `td-lens-itu-${browser}-`));
  cpSync(join(repoRoot, `dist/extension-${browser}`), dir, { recursive: true });
  for (const file of PATCHED) {
    const path = join(dir, file);
    const code = readFileSync(path, 'utf8');
    const count = code.split(ITU_LITERAL).length - 1;
    if (count !== 1)
      throw new Error(
        `${file}: expected ITU_BASE once, found ${count} times; the test build would not reach the stand-in`,
      );
    let patched = code.replace(ITU_LITERAL, JSON.stringify(base));
    if (file.startsWith('background/') && options.allowed)
      patched = `browser.storage.local.set(${JSON.stringify({ [ITU_STORAGE_KEYS.allowed]: true })});\n${patched}`;
    writeFileSync(path, patched);
  }
  if (options.openCard) patchOnce(dir, 'content/page.js', '"closed"', '"open"');
  if (options.listBytes !== undefined)
    patchOnce(dir, 'background/background.js', String(LIST_BYTES), String(options.listBytes));
  const budget = `perMinute:${FETCH_BUDGET.perMinute},`;
  if (options.perMinute !== undefined)
    patchOnce(dir, 'background/background.js', budget, `perMinute:${options.perMinute},`);
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const local = `${new URL(base).protocol}//${new URL(base).hostname}/*`;
  manifest.optional_host_permissions = [...manifest.optional_host_permissions, local];
  if (browser === 'chrome') manifest.host_permissions = [local];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}
