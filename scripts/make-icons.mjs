// Renders icons/td-lens.svg, the one drawing of the TD Lens icon, to the PNGs the add-in and the extension ship,
// with Debian's Chromium (playwright-core). Run once after changing the SVG: `node scripts/make-icons.mjs`; the PNGs
// are committed and the builds only copy them.
// Sizes: Word's ribbon 16, 32, 80 and its add-in lists 32, 64; the browsers' toolbars 16, 32 and extension pages 48;
// Firefox's add-ons manager 48, 96; the Chrome Web Store 128, drawn 96 px wide inside 16 px of transparent margin as
// the store's image guidelines ask.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'icons');
/** Pixel size → margin (transparent) on each side. */
const SIZES = { 16: 0, 32: 0, 48: 0, 64: 0, 80: 0, 96: 0, 128: 16 };

const svg = readFileSync(join(dir, 'td-lens.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [size, margin] of Object.entries(SIZES).map(([s, m]) => [Number(s), m])) {
    await page.setViewportSize({ width: size, height: size });
    const drawn = size - 2 * margin;
    await page.setContent(
      `<body style="margin:0;background:transparent"><img style="display:block;margin:${margin}px" width="${drawn}" height="${drawn}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    writeFileSync(
      join(dir, `icon-${size}.png`),
      await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }),
    );
  }
} finally {
  await browser.close();
}
console.log(`[make-icons] icons/icon-{${Object.keys(SIZES).join(',')}}.png from icons/td-lens.svg`);
