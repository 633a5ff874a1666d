/**
 * The add-in as a host serves it: dist/addin/ from 127.0.0.1 with the pages' Content-Security-Policy also sent as a
 * header, as the deployment guide (docs/deploying.md) asks. The preview loads, checks the sample and shows findings, and the
 * browser reports no policy violation; an inline script injected into the page is refused (the policy is live).
 * The output holds what a host needs and nothing else: no source maps, no test fixtures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addinDist, ensureAddinBuilt, repoRoot } from './addin-harness';
import { CHROMIUM, CHROMIUM_ARGS, serveDirectory, type StaticServer } from './static-server';

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)],
  );
}

let policy: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const pageErrors: string[] = [];

const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

beforeAll(async () => {
  ensureAddinBuilt();
  policy = CSP_META.exec(readFileSync(join(addinDist, 'preview.html'), 'utf8'))?.[1] ?? '';
  server = await serveDirectory(addinDist, { headers: { 'content-security-policy': policy } });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Runs before the page's own scripts, outside its policy.
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { violations: string[] }).violations = found;
    document.addEventListener('securitypolicyviolation', (event) =>
      found.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the production add-in', () => {
  it('carries one policy in both pages: scripts from itself and Office.js only, no inline script', () => {
    expect(policy).not.toBe('');
    expect(CSP_META.exec(readFileSync(join(addinDist, 'taskpane.html'), 'utf8'))?.[1]).toBe(policy);
    const directives = new Map(policy.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    // docs/deploying.md gives hosts the same policy to send as a header.
    expect(readFileSync(join(repoRoot, 'docs', 'deploying.md'), 'utf8')).toContain(policy);
  });

  it('loads under the policy sent as a header, checks the sample and shows findings', async () => {
    await page.goto(`${server.url}/preview.html`);
    await page.locator('[data-testid="document"] [data-paragraph]').first().waitFor();
    await page.getByTestId('check').click();
    await page.locator('[data-rule]').first().waitFor();
    expect(await page.locator('[data-rule="status-vocabulary"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('summary').innerText()).toMatch(/\d+ findings/);
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('refuses an inline script injected into the page', async () => {
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    // Reported once per policy in force: the header's and the page's own.
    await expect.poll(violations).toContain('script-src-elem inline');
    expect(new Set(await violations())).toEqual(new Set(['script-src-elem inline']));
  });

  it('ships no source maps and no test fixtures', () => {
    const files = filesUnder(addinDist).map((file) => relative(addinDist, file).split('\\').join('/'));
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.js')))
      expect(readFileSync(join(addinDist, file), 'utf8'), file).not.toContain('sourceMappingURL');
    const fixtures = new Set(readdirSync(join(repoRoot, 'test/fixtures')));
    expect(files.filter((file) => fixtures.has(file.split('/').pop()!))).toEqual([]);
    expect(files.filter((file) => /\.test\.|testing|fixtures\//.test(file))).toEqual([]);
  });
});
