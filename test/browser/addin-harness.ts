/**
 * Shared by the add-in's browser tests: builds dist/addin when missing, serves it with a tiny static server on
 * 127.0.0.1 (port 0), and launches Debian's Chromium headless with a fresh profile.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serveDirectory } from './static-server';

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

export async function startAddinSession(): Promise<AddinSession> {
  ensureAddinBuilt();
  const server = await serveDirectory(addinDist, { index: 'preview.html' });
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
