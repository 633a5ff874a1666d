// Builds the browser extension: esbuild bundles (content scripts as IIFE, popup and options pages), static files,
// the icons (committed PNGs in icons/, scripts/make-icons.mjs), one manifest per browser from extension/manifest.ts,
// and a zip per browser, ready for the Chrome Web Store and addons.mozilla.org (no source maps, no tests):
//   dist/extension-chrome/, dist/extension-firefox/, dist/td-lens-chrome.zip, dist/td-lens-firefox.zip
// TD_LENS_GECKO_ID sets Firefox's add-on id (the one addons.mozilla.org knows the add-on by); the default,
// td-lens@td-lens.invalid, is for development only.
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'extension');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Script entry points → output path inside the extension. Classic scripts (content scripts, the background, the
 * pages'), and one module: the part of the content script a page gets only when it has something for TD Lens,
 * imported by content.js (extension/content/boot.ts).
 */
const ENTRIES = {
  'content/content': 'extension/content/boot.ts',
  'content/itu-listing': 'extension/content/itu-listing.ts',
  'background/background': 'extension/background/background.ts',
  'popup/popup': 'extension/popup/popup.ts',
  'options/options': 'extension/options/options.ts',
};
const MODULES = {
  'content/page': 'extension/content/page.ts',
};
const STATIC_FILES = [
  'content/content.css',
  'popup/popup.html',
  'popup/popup.css',
  'options/options.html',
  'options/options.css',
];

// --- modules the build reads: the manifest from its TypeScript source, the marked kinds' pretest from the table
async function loadModule(file) {
  const out = await esbuild.build({
    entryPoints: [join(root, file)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function zipDir(dir, zipPath) {
  const entries = {};
  // Fixed timestamps: the same sources give the same zip.
  for (const file of filesUnder(dir).sort())
    entries[relative(dir, file).split('\\').join('/')] = [
      readFileSync(file),
      { mtime: new Date('2025-01-01T00:00:00Z') },
    ];
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
}

async function build() {
  const started = Date.now();
  const { buildManifest, ICON_SIZES, GECKO_ID } = await loadModule('extension/manifest.ts');
  // content.js decides whether a page gets the rest with the parser's own pretest, computed here from the table of
  // kinds so that content.js does not carry the parser.
  const { MARKED_PRETEST } = await loadModule('extension/content/kinds.ts');
  const geckoId = process.env.TD_LENS_GECKO_ID || GECKO_ID;
  // addons.mozilla.org takes an email-like id or a {GUID}.
  if (
    !/^(?:\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|[a-z0-9._-]*@[a-z0-9._-]+)$/i.test(geckoId)
  ) {
    console.error(
      `[build-extension] TD_LENS_GECKO_ID="${geckoId}" is not an add-on id: use name@your-domain or a {GUID}`,
    );
    process.exit(2);
  }
  const scriptsDir = join(dist, '.extension-build');
  rmSync(scriptsDir, { recursive: true, force: true });
  const common = {
    outdir: scriptsDir,
    bundle: true,
    minify: true,
    target: ['chrome116', 'firefox128'],
    legalComments: 'none',
    logLevel: 'warning',
    define: { __TD_LENS_MARKED_PRETEST__: JSON.stringify(MARKED_PRETEST.source) },
  };
  const entries = (list) => Object.fromEntries(Object.entries(list).map(([out, file]) => [out, join(root, file)]));
  await esbuild.build({ ...common, entryPoints: entries(ENTRIES), format: 'iife' });
  await esbuild.build({ ...common, entryPoints: entries(MODULES), format: 'esm' });
  for (const browser of ['chrome', 'firefox']) {
    const out = join(dist, `extension-${browser}`);
    rmSync(out, { recursive: true, force: true });
    for (const file of filesUnder(scriptsDir)) {
      const target = join(out, relative(scriptsDir, file));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
    }
    for (const file of STATIC_FILES) {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      copyFileSync(join(src, file), join(out, file));
    }
    mkdirSync(join(out, 'icons'), { recursive: true });
    for (const size of ICON_SIZES)
      copyFileSync(join(root, 'icons', `icon-${size}.png`), join(out, 'icons', `icon-${size}.png`));
    const manifest = buildManifest({
      browser,
      version: pkg.version,
      geckoId,
      description:
        'Marks ITU-T TD references, contributions, action codes and Questions on web pages, with hover cards.',
    });
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    zipDir(out, join(dist, `td-lens-${browser}.zip`));
  }
  rmSync(scriptsDir, { recursive: true, force: true });
  const size = (file) => `${(statSync(join(dist, 'extension-chrome', 'content', file)).size / 1024).toFixed(1)} KiB`;
  console.log(
    `[build-extension] chrome + firefox in ${Date.now() - started} ms (content script ${size('content.js')}, page module ${size('page.js')})`,
  );
}

await build();
