/**
 * Shared by the add-in's browser tests: builds dist/addin when missing, serves it with a tiny static server on
 * 127.0.0.1 (port 0), and launches Debian's Chromium headless with a fresh profile.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const addinDist = join(repoRoot, 'dist/addin');
export const sampleDocx = resolve(repoRoot, '../shared/samples/wp2-closing-agenda-2025-05.docx');
export const resultsDir = join(repoRoot, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

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
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(addinDist, path === '/' ? 'preview.html' : path));
    if (!file.startsWith(addinDist) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const profile = mkdtempSync(join(tmpdir(), 'td-lens-addin-'));
  // A fresh profile directory each run (playwright passes it as --user-data-dir).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    url: `http://127.0.0.1:${port}`,
    context,
    async close() {
      await context.close();
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
