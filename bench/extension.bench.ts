/**
 * Extension benchmark, ONE Chromium run (playwright-core, no extension loader): a locally served page with ~20,000
 * references, annotated by TD Lens's content-script engine (the same modules as dist/extension-chrome's
 * content.js, bundled without the extension-API glue so it runs as a page script) and, on a fresh load of the same
 * page, by mark.js's `markRegExp` with one regex for the same kinds. Times run until the next frame after the
 * call finishes (mark.js returns before the browser lays out its 20,000 marks; TD Lens pays layout as it goes), and
 * the call times alone are printed too. Prints both times, the ratio, the longest
 * main-thread task of each (PerformanceObserver longtask) and the content script's size (minified, gzipped).
 */
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, chromeExtensionDir, repoRoot, serveFixtures } from '../test/browser/extension-harness';
import { result, type BenchResult } from './harness';

const PARAGRAPHS = 3334;
/** Each paragraph cites 6 references (2 TDs, a revised TD, an action code, a contribution, a Question): ~20,000. */
const REFS_PER_PARAGRAPH = 6;
const RUNS = 5;

/** The same kinds TD Lens marks, as one regex for mark.js. */
const PEER_REGEX = String.raw`\bTD\s?\d+(?:R\d+)?\b|\bC\s?\d+(?:\s?Rev\.\d+)?\b|\bWP\d-\d+\b|\bQ\d+\/\d+\b`;

function benchPage(): string {
  const rows: string[] = [];
  for (let i = 1; i <= PARAGRAPHS; i++) {
    rows.push(
      `<p>Item ${i}: WP2-${(i % 40) + 1} approve the report in TD${i}, revised as TD ${i}R1; see contribution C ${(i % 900) + 1} and ` +
        `Q${(i % 12) + 1}/17, together with TD${((i * 7) % 3000) + 1}. <em>Comments</em> by the rapporteur follow.</p>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>${rows.join('\n')}</body></html>`;
}

const ENGINE_ENTRY = `
import { createLens } from './extension/content/lens';
import { parseItuLink } from './extension/content/itu-link';
import { findReferences } from './shared/refs/find-references';
import { MARKED_KINDS } from './extension/content/kinds';
window.__tdLensAnnotate = async () => {
  const lens = createLens({ root: document.body, find: (t) => findReferences(t, { kinds: MARKED_KINDS }), parseLink: parseItuLink, observe: false });
  const stats = await lens.start();
  return { marks: document.querySelectorAll('[data-td-lens-ref]').length, longestSliceMs: stats.longestSliceMs, longestStepMs: stats.longestStepMs, slices: stats.slices };
};
`;

async function engineBundle(): Promise<string> {
  const out = await esbuild.build({
    stdin: { contents: ENGINE_ENTRY, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome116',
    write: false,
  });
  return out.outputFiles[0].text;
}

/** Installs a longtask observer before any work: the longest task since the page loaded is read after the run. */
const OBSERVE_LONG_TASKS = `
window.__longest = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
  .observe({ type: 'longtask' });
`;

interface RunFigures {
  /** Until the annotation call finished. */
  ms: number;
  /** Until the next frame after it (includes the relayout of all marks: mark.js pays it after returning). */
  renderedMs: number;
  marks: number;
  longestTaskMs: number;
  longestSliceMs?: number;
  longestStepMs?: number;
  slices?: number;
}

async function settle(page: Page): Promise<void> {
  // Let load-time long tasks (parsing thousands of paragraphs) finish and be reported before the timed run starts.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
}

async function runTdLens(page: Page, url: string, engine: string): Promise<RunFigures> {
  await page.goto(url);
  await page.addScriptTag({ content: OBSERVE_LONG_TASKS });
  await page.addScriptTag({ content: engine });
  await settle(page);
  const figures = await page.evaluate(async () => {
    const t0 = performance.now();
    type Stats = { marks: number; longestSliceMs: number; longestStepMs: number; slices: number };
    const stats = await (window as unknown as { __tdLensAnnotate: () => Promise<Stats> }).__tdLensAnnotate();
    const ms = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const renderedMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100)); // longtask entries arrive asynchronously
    return { ms, renderedMs, marks: stats.marks, longestSliceMs: stats.longestSliceMs, longestStepMs: stats.longestStepMs, slices: stats.slices, longestTaskMs: (window as unknown as { __longest: number }).__longest };
  });
  return figures;
}

async function runMarkJs(page: Page, url: string, markJs: string): Promise<RunFigures> {
  await page.goto(url);
  await page.addScriptTag({ content: OBSERVE_LONG_TASKS });
  await page.addScriptTag({ content: markJs });
  await settle(page);
  return page.evaluate(async (source) => {
    const Mark = (window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp, opts: { done: (n: number) => void }): void } }).Mark;
    const t0 = performance.now();
    const marks = await new Promise<number>((done) => new Mark(document.body).markRegExp(new RegExp(source, 'g'), { done }));
    const ms = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const renderedMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100));
    return { ms, renderedMs, marks, longestTaskMs: (window as unknown as { __longest: number }).__longest };
  }, PEER_REGEX);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (n: number) => Math.round(n * 10) / 10;

export async function run(): Promise<BenchResult[]> {
  const contentJs = join(chromeExtensionDir, 'content/content.js');
  if (!existsSync(contentJs)) spawnSync('node', ['scripts/build-extension.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  const content = readFileSync(contentJs);
  const engine = await engineBundle();
  const markJs = readFileSync(join(repoRoot, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const server = await serveFixtures({ '/bench.html': { type: 'text/html; charset=utf-8', body: benchPage() } });
  const userDataDir = mkdtempSync(join(tmpdir(), 'td-lens-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await context.newPage();
    const url = `${server.url}/bench.html`;
    const lens: RunFigures[] = [];
    const peer: RunFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      lens.push(await runTdLens(page, url, engine));
      peer.push(await runMarkJs(page, url, markJs));
    }
    const lensMs = median(lens.map((r) => r.renderedMs));
    const peerMs = median(peer.map((r) => r.renderedMs));
    return [
      result('extension annotate 20k refs until rendered (Chromium)', lensMs, 'mark.js markRegExp', peerMs, {
        td_lens_done_ms: round(median(lens.map((r) => r.ms))),
        markjs_done_ms: round(median(peer.map((r) => r.ms))),
        refs_on_page: PARAGRAPHS * REFS_PER_PARAGRAPH,
        td_lens_marks: lens[0].marks,
        markjs_marks: peer[0].marks,
        td_lens_longest_task_ms: round(Math.max(...lens.map((r) => r.longestTaskMs))),
        td_lens_longest_slice_ms: round(Math.max(...lens.map((r) => r.longestSliceMs ?? 0))),
        td_lens_longest_step_ms: round(Math.max(...lens.map((r) => r.longestStepMs ?? 0))),
        td_lens_slices: lens[0].slices,
        markjs_longest_task_ms: round(Math.max(...peer.map((r) => r.longestTaskMs))),
        content_js_min_bytes: content.length,
        content_js_gzip_bytes: gzipSync(content, { level: 9 }).length,
      }),
    ];
  } finally {
    await context.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
