/**
 * The release packages, as the stores receive them: dist/td-lens-firefox.zip passes `web-ext lint` (what
 * addons.mozilla.org runs on upload), dist/td-lens-chrome.zip passes a check of what the Chrome Web Store and Chrome
 * require of a manifest. Each zip holds its manifest, every file the manifest names and nothing else (no source
 * maps, no tests), the icons at the sizes the stores ask for, and the version of package.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { MARKED_PRETEST } from '../../extension/content/kinds';
import { repoRoot } from './extension-harness';

const dist = join(repoRoot, 'dist');
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const tmp = mkdtempSync(join(tmpdir(), 'td-lens-zip-'));
type Manifest = Record<string, unknown>;
type Zip = Record<string, Uint8Array>;
const zips: Record<'chrome' | 'firefox', Zip> = { chrome: {}, firefox: {} };

beforeAll(() => {
  if (!existsSync(join(dist, 'td-lens-firefox.zip')))
    spawnSync('node', ['scripts/build-extension.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  for (const browser of ['chrome', 'firefox'] as const)
    zips[browser] = unzipSync(readFileSync(join(dist, `td-lens-${browser}.zip`)));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const manifestOf = (zip: Zip) => JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as Manifest;

function pngSize(bytes: Uint8Array): string {
  const view = Buffer.from(bytes);
  if (view.readUInt32BE(0) !== 0x89504e47 || view.subarray(12, 16).toString('ascii') !== 'IHDR') return 'not a PNG';
  return `${view.readUInt32BE(16)}x${view.readUInt32BE(20)}`;
}

function filesNamedBy(manifest: Manifest): string[] {
  const scripts = manifest.content_scripts as { js?: string[]; css?: string[] }[];
  const action = manifest.action as { default_popup: string; default_icon: Record<string, string> };
  const options = manifest.options_ui as { page: string };
  const background = manifest.background as { service_worker?: string; scripts?: string[] } | undefined;
  const accessible = (manifest.web_accessible_resources as { resources: string[] }[] | undefined) ?? [];
  return [
    ...accessible.flatMap((entry) => entry.resources),
    ...(background?.service_worker ? [background.service_worker] : []),
    ...(background?.scripts ?? []),
    ...scripts.flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]),
    action.default_popup,
    options.page,
    ...Object.values(manifest.icons as Record<string, string>),
    ...Object.values(action.default_icon),
  ];
}

/** The keys a Manifest V3 extension may carry in Chrome; others load with an "Unrecognized manifest key" warning. */
const CHROME_KEYS = new Set([
  'manifest_version',
  'name',
  'version',
  'description',
  'icons',
  'action',
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
  'content_scripts',
  'options_ui',
  'options_page',
  'background',
  'minimum_chrome_version',
  'short_name',
  'default_locale',
  'web_accessible_resources',
  'content_security_policy',
  'commands',
  'homepage_url',
  'author',
  'version_name',
]);

/** What the Chrome Web Store and Chrome refuse or warn about in a manifest, as messages; empty when it is fine. */
function chromeManifestProblems(manifest: Manifest, zip: Zip): string[] {
  const problems: string[] = [];
  if (manifest.manifest_version !== 3) problems.push('manifest_version must be 3');
  for (const key of Object.keys(manifest)) if (!CHROME_KEYS.has(key)) problems.push(`unrecognized key ${key}`);
  if (typeof manifest.name !== 'string' || manifest.name.length === 0 || manifest.name.length > 75)
    problems.push('name: 1 to 75 characters');
  if (typeof manifest.description !== 'string' || manifest.description.length > 132)
    problems.push('description: at most 132 characters');
  // One to four dot-separated integers 0..65535, no leading zeros.
  const parts = String(manifest.version).split('.');
  if (parts.length > 4 || parts.some((p) => !/^(0|[1-9]\d{0,4})$/.test(p) || Number(p) > 65535))
    problems.push(`version ${manifest.version} is not 1-4 integers`);
  const icons = manifest.icons as Record<string, string>;
  if (!icons?.['128']) problems.push('no 128x128 icon (the store listing uses it)');
  const actionIcons = (manifest.action as { default_icon?: Record<string, string> }).default_icon ?? {};
  for (const [size, file] of [...Object.entries(icons ?? {}), ...Object.entries(actionIcons)]) {
    if (!zip[file]) problems.push(`icon ${file} missing`);
    else if (pngSize(zip[file]) !== `${size}x${size}`)
      problems.push(`icon ${file} is ${pngSize(zip[file])}, declared ${size}`);
  }
  for (const file of filesNamedBy(manifest)) if (!zip[file]) problems.push(`${file} named by the manifest is missing`);
  const permissions = (manifest.permissions as string[] | undefined) ?? [];
  for (const p of permissions)
    if (!['storage', 'activeTab', 'scripting', 'tabs'].includes(p))
      problems.push(`permission ${p} needs a justification`);
  return problems;
}

describe('extension packages', () => {
  it('the Firefox zip passes web-ext lint with no errors or warnings', () => {
    const dir = join(tmp, 'firefox');
    for (const [file, bytes] of Object.entries(zips.firefox)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), bytes);
    }
    const run = spawnSync('npx', ['web-ext', 'lint', '--self-hosted', '--source-dir', dir, '--output', 'json'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
      errors: unknown[];
      warnings: unknown[];
      summary: { errors: number };
    };
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  }, 120_000);

  it('the Chrome zip passes the manifest check, which catches what Chrome refuses', () => {
    expect(chromeManifestProblems(manifestOf(zips.chrome), zips.chrome)).toEqual([]);
    // The check can fail: the Firefox manifest carries a key Chrome does not know, a broken one more.
    expect(chromeManifestProblems(manifestOf(zips.firefox), zips.firefox)).toEqual([
      'unrecognized key browser_specific_settings',
    ]);
    const broken = { ...manifestOf(zips.chrome), version: '0.1.0-beta', icons: { 16: 'icons/icon-32.png' } };
    expect(chromeManifestProblems(broken, zips.chrome)).toEqual([
      'version 0.1.0-beta is not 1-4 integers',
      'no 128x128 icon (the store listing uses it)',
      'icon icons/icon-32.png is 32x32, declared 16',
    ]);
  });

  it('hold their manifest, the files it names and nothing else: no source maps, no tests', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const zip = zips[browser];
      const manifest = manifestOf(zip);
      const expected = new Set([
        'manifest.json',
        ...filesNamedBy(manifest),
        'popup/popup.js',
        'popup/popup.css',
        'options/options.js',
        'options/options.css',
      ]);
      expect(
        Object.keys(zip).filter((file) => !expected.has(file)),
        browser,
      ).toEqual([]);
      for (const [file, bytes] of Object.entries(zip)) {
        if (file.endsWith('.js')) expect(new TextDecoder().decode(bytes), file).not.toContain('sourceMappingURL');
      }
    }
  });

  it('carry the icons the stores ask for, and the version of package.json', () => {
    const chrome = manifestOf(zips.chrome);
    const firefox = manifestOf(zips.firefox);
    expect(Object.keys(chrome.icons as object)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
    expect(Object.keys(firefox.icons as object)).toEqual(expect.arrayContaining(['48', '96']));
    expect([chrome.version, firefox.version]).toEqual([version, version]);
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: expect.stringMatching(/@/) } });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.permissions).toEqual(['storage']);
  });

  it('ship no remote code and parse no HTML in their scripts', () => {
    for (const file of ['content/content.js', 'content/page.js']) {
      const code = new TextDecoder().decode(zips.chrome[file]);
      expect(code, file).not.toMatch(/\beval\(|new Function\(|importScripts\(/);
      expect(code, file).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML/);
    }
    // The only module content.js imports is the extension's own page.js.
    const content = new TextDecoder().decode(zips.chrome['content/content.js']);
    expect(content.match(/\bimport\(/g)).toHaveLength(1);
    expect(content).toContain('import(chrome.runtime.getURL("content/page.js"))');
  });

  it('give every page a small content script that carries the pretest derived from the table of kinds, not the parser', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const content = new TextDecoder().decode(zips[browser]['content/content.js']);
      expect(content).toContain(JSON.stringify(MARKED_PRETEST.source));
      expect(content.length).toBeLessThan(8_000);
      // All a page with references loads, gzipped: 26 kB (the one script's 25 kB, and the second file's cost; the
      // scanners of kinds never marked, bundled with the table of kinds, are the way back under 25 kB).
      const loaded = ['content/content.js', 'content/page.js'].reduce(
        (n, file) => n + gzipSync(zips[browser][file], { level: 9 }).length,
        0,
      );
      expect(loaded).toBeLessThan(26_000);
    }
  });
});
