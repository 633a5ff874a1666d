/**
 * Shared by the add-in's browser tests: builds dist/addin when missing, serves it with a tiny static server on
 * 127.0.0.1 (port 0), and launches Debian's Chromium headless with a fresh profile.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serveDirectory, type Route } from './static-server';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const addinDist = join(repoRoot, 'dist/addin');
export const sampleDocx = resolve(repoRoot, 'samples/wp2-closing-agenda-2025-05.docx');
export const resultsDir = join(repoRoot, 'test-results');

/** `npm test` builds before the browser tests; a lone run of this file builds the add-in itself. */
export function ensureAddinBuilt(): void {
  if (existsSync(join(addinDist, 'preview.html'))) return;
  const { status } = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (status !== 0) throw new Error(`vite build failed (exit ${status})`);
}

export interface AddinSession {
  url: string;
  context: BrowserContext;
  close(): Promise<void>;
}

/** The built pane in Chromium; `routes` serve pages in place of the built ones (by path). */
export async function startAddinSession(routes?: () => Record<string, Route>): Promise<AddinSession> {
  ensureAddinBuilt();
  const server = await serveDirectory(addinDist, { index: 'preview.html', routes });
  const profile = mkdtempSync(join(tmpdir(), 'td-lens-addin-'));
  // A fresh profile directory each run (playwright passes it as --user-data-dir).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: CHROMIUM_ARGS,
  });
  return {
    url: server.url,
    context,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The preview runs the pane's Word code on a Word document in memory and shows the `context.sync()` count of each
 * `Word.run` batch: the syncs of the batches `action` causes (the first `count` of them, once there).
 */
export async function syncsOf(page: Page, count: number, action: () => Promise<unknown>): Promise<number[]> {
  const batches = async () =>
    ((await page.getByTestId('word-syncs').getAttribute('data-syncs')) ?? '').split(' ').filter(Boolean).map(Number);
  const before = (await batches()).length;
  await action();
  let after: number[] = [];
  for (let i = 0; i < 100 && after.length < count; i++) {
    after = (await batches()).slice(before);
    if (after.length < count) await page.waitForTimeout(50);
  }
  return after.slice(0, count);
}
