// Builds the browser extension: esbuild bundles (content scripts as IIFE, popup and options pages), static files,
// generated PNG icons, one manifest per browser from extension/manifest.ts, and a zip per browser.
//   dist/extension-chrome/, dist/extension-firefox/, dist/td-lens-chrome.zip, dist/td-lens-firefox.zip
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'extension');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Script entry points → output path inside the extension. */
const ENTRIES = {
  'content/content': 'extension/content/main.ts',
  'content/itu-listing': 'extension/content/itu-listing.ts',
  'background/background': 'extension/background/background.ts',
  'popup/popup': 'extension/popup/popup.ts',
  'options/options': 'extension/options/options.ts',
};
const STATIC_FILES = ['content/content.css', 'popup/popup.html', 'popup/popup.css', 'options/options.html', 'options/options.css'];

// --- icons: a magnifying glass over a page, drawn per pixel (4x4 supersampling), encoded as PNG with node:zlib.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
/** Colour of point (x, y) in a 1x1 icon, or null (transparent). */
function iconColour(x, y) {
  const blue = [15, 108, 189];
  const lensX = 0.42;
  const lensY = 0.42;
  const d = Math.hypot(x - lensX, y - lensY);
  const along = (x - lensX + (y - lensY)) / Math.SQRT2;
  const across = Math.abs(x - lensX - (y - lensY)) / Math.SQRT2;
  if (along > 0.3 && along < 0.62 && across < 0.075) return blue; // handle
  if (d > 0.24 && d < 0.33) return blue; // rim
  if (d <= 0.24) {
    // glass with three text lines, like a document seen through the lens
    const line = [0.33, 0.42, 0.51].some((ly) => Math.abs(y - ly) < 0.025) && Math.abs(x - lensX) < 0.15;
    return line ? [32, 31, 30] : [235, 243, 252];
  }
  return null;
}
function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = iconColour((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a++;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / samples ** 2)], i);
    }
  }
  return encodePng(size, rgba);
}

// --- manifest from its TypeScript source
async function loadManifestModule() {
  const out = await esbuild.build({ entryPoints: [join(src, 'manifest.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false });
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
  for (const file of filesUnder(dir).sort()) entries[relative(dir, file).split('\\').join('/')] = [readFileSync(file), { mtime: new Date('2025-01-01T00:00:00Z') }];
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
}

async function build() {
  const started = Date.now();
  const { buildManifest, ICON_SIZES } = await loadManifestModule();
  const scriptsDir = join(dist, '.extension-build');
  rmSync(scriptsDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([out, file]) => [out, join(root, file)])),
    outdir: scriptsDir,
    bundle: true,
    format: 'iife',
    minify: true,
    target: ['chrome116', 'firefox128'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, drawIcon(size)]));
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
    for (const [size, png] of Object.entries(icons)) writeFileSync(join(out, 'icons', `icon-${size}.png`), png);
    const manifest = buildManifest({ browser, version: pkg.version, description: 'Marks ITU-T TD references, contributions, action codes and Questions on web pages, with hover cards.' });
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    zipDir(out, join(dist, `td-lens-${browser}.zip`));
  }
  rmSync(scriptsDir, { recursive: true, force: true });
  const size = statSync(join(dist, 'extension-chrome', 'content', 'content.js')).size;
  console.log(`[build-extension] chrome + firefox in ${Date.now() - started} ms (content script ${(size / 1024).toFixed(1)} KiB)`);
}

await build();
