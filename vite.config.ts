/// <reference types="vitest/config" />
// Vite builds the Word add-in task pane (and its preview) into dist/addin; Vitest runs every test project.
// The base is './' (the pane works from any folder); scripts/build.mjs passes the public URL's path as --base when
// TD_LENS_PUBLIC_URL is set. Source maps only when asked: TD_LENS_SOURCEMAP=1.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = import.meta.dirname;
const iconsDir = resolve(root, 'icons');
const ICON_FILE = /^icon-\d+\.png$/;

/** The icons live in icons/ (shared with the extension): served and emitted as assets/icon-<size>.png. */
function icons(): Plugin {
  return {
    name: 'td-lens-icons',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = /^\/assets\/([^/?]+)/.exec(req.url ?? '')?.[1];
        if (!name || !ICON_FILE.test(name) || !existsSync(join(iconsDir, name))) return next();
        res.setHeader('content-type', 'image/png');
        res.end(readFileSync(join(iconsDir, name)));
      });
    },
    generateBundle() {
      for (const name of readdirSync(iconsDir).filter((f) => ICON_FILE.test(f))) {
        this.emitFile({ type: 'asset', fileName: `assets/${name}`, source: readFileSync(join(iconsDir, name)) });
      }
    },
  };
}

/**
 * The Content-Security-Policy of the task pane and its preview, written into both built pages as a <meta> so the
 * pane is protected on any host. A host that can set headers should also send it as a header (docs/deploying.md, "Deploying
 * the add-in for a group", quotes it; a test keeps the two equal); the browser test serves it so.
 * - Scripts: our own bundles, and Office.js from Microsoft's CDN (Office requires it from there). No inline script.
 * - Styles: also inline, because Fluent UI (Griffel) and Office.js insert <style> elements at run time.
 * - Connections: the pane's own origin (the preview's sample) and ITU's site ("Get TD list from ITU" fetches the
 *   meeting's TD index from www.itu.int, nothing else).
 * - Everything else from the pane's own origin: the icons (img).
 * - No frame-ancestors: Word on the web frames the pane from several Microsoft domains.
 * Not in dev (`npm start`): Vite's client and React's refresh preamble are inline scripts.
 */
const ADDIN_CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://www.itu.int",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'td-lens-csp',
    apply: 'build',
    // Right after the charset, before any script or style it governs.
    transformIndexHtml(html, { filename }) {
      if (!html.includes(charset))
        throw new Error(`${filename}: no ${charset} to put the Content-Security-Policy after`);
      return html.replace(
        charset,
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${ADDIN_CSP}" />`,
      );
    },
  };
}

export default defineConfig({
  root: resolve(root, 'addin'),
  publicDir: resolve(root, 'addin/public'),
  base: './',
  plugins: [react(), icons(), contentSecurityPolicy()],
  build: {
    outDir: resolve(root, 'dist/addin'),
    emptyOutDir: true,
    sourcemap: process.env.TD_LENS_SOURCEMAP === '1',
    // React + Fluent UI make one ~600 kB chunk; fine for a task pane served from localhost.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        taskpane: resolve(root, 'addin/taskpane.html'),
        preview: resolve(root, 'addin/preview.html'),
      },
    },
  },
  server: { port: 3000, strictPort: true },
  preview: { port: 3000, strictPort: true },
  test: {
    root,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root,
          include: [
            'shared/**/*.test.ts',
            'cli/**/*.test.ts',
            'addin/**/*.test.{ts,tsx}',
            'extension/**/*.test.ts',
            'test/unit/**/*.test.{ts,tsx}',
            'bench/**/*.test.ts',
          ],
          environment: 'node',
          // Growth and hostile-input tests take a second or two alone; on a loaded machine, several times that.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root,
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
