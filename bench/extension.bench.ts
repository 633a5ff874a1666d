/**
 * Extension benchmark, one Chromium run: the BUILT extension (dist/extension-chrome) loaded unpacked, the way a
 * delegate's browser loads it, against mark.js `markRegExp` (one regex for the same kinds, called at
 * DOMContentLoaded in a browser without the extension) on the same generated pages:
 * - a 4,000-message mail archive (24,000 references);
 * - a document list of 200,000 text nodes (50,000 references).
 * For each: the first screen marked and rendered, beside the page's own first frame without the extension (nothing
 * shows before it), whether the screen was already marked in that first frame and, if so, when its marks were in
 * the DOM (TD Lens's `td-lens:top-marked` performance mark); the page done (TD Lens: every reference read and counted, the screen
 * marked; mark.js: every mark in place); then a jump to the middle of the page, until the screen there is marked.
 * Times run from DOMContentLoaded until the frame after (the page's own script checks once a frame, so layout is paid
 * inside the figure). Long tasks come from the Long Tasks API: after DOMContentLoaded, and after the page's first
 * frame (a big page's own first layout is a long task of its own: the page alone, unmarked, is measured too);
 * TD Lens's longest slice comes from its `td-lens:page-read` performance mark. Also the content script's size.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  chromeExtensionDir,
  repoRoot,
  serveFixtures,
  unpackedExtensionId,
} from '../test/browser/extension-harness';
import {
  archivePage,
  documentListPage,
  PEER_REGEX,
  plainArticlePage,
  type BigPage,
} from '../test/browser/extension-pages';
import { result, type BenchResult } from './harness';
import { extensionScriptMs, traceLoad } from './script-time';
import { keptEntry, LEDGER_KEY, listKey, storedBytes, type Ledger } from '../extension/itu-store';

const RUNS = Number(process.env.BENCH_EXTENSION_RUNS ?? 5);
/** The build measured: the one `npm run build` wrote, or another (an older build, to compare). */
const EXTENSION_DIR = process.env.BENCH_EXTENSION_DIR ?? chromeExtensionDir;
const VIEWPORT = { width: 1280, height: 800 };

type Marker = 'td-lens' | 'markjs' | 'none';

interface PageSpec {
  build: (head: string) => BigPage;
  /** One block of the page (a message, a row) and the references in each. */
  block: string;
  perBlock: number;
}

const SPECS = {
  archive: { build: (head: string) => archivePage(4000, head), block: '.msg', perBlock: 6 },
  list: { build: (head: string) => documentListPage(50_000, head), block: '.row', perBlock: 1 },
} satisfies Record<string, PageSpec>;

/**
 * The page's own stopwatch, in its <head>. From DOMContentLoaded it checks once a frame whether the blocks on the
 * screen hold all their marks ("first screen"), then whether the page is done, and records each time after that
 * frame was rendered. Done: for mark.js, every mark in place (the last block first: a cheap sentinel before a full
 * count); for TD Lens, the whole page read (its `td-lens:page-read` performance mark: every reference counted)
 * and the screen marked. Far content is marked as it comes near the screen: `jump()` scrolls to a spot and
 * records when the blocks on screen there are marked, after that frame.
 */
function stopwatch(spec: PageSpec, marker: Marker, refs: number): string {
  const selector = marker === 'markjs' ? 'mark' : '[data-td-lens-ref]';
  const peer =
    marker === 'markjs' ? `new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(PEER_REGEX)}, 'g'));` : '';
  return `${marker === 'markjs' ? '<script src="/mark.min.js"></script>' : ''}<script>
(() => {
  const b = window.__bench = { jumpAt: Infinity, inFirstFrame: false, topMarkedMs: null, firstScreenMs: null, doneMs: null, jumpMs: null, longTasks: [], marks: 0, lensSliceMs: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  const sel = ${JSON.stringify(selector)}, per = ${marker === 'none' ? 0 : spec.perBlock}, expected = ${marker === 'none' ? 0 : refs};
  const lens = ${JSON.stringify(marker === 'td-lens')};
  const after = (key, from) => setTimeout(() => { if (b[key] === null) b[key] = performance.now() - from; });
  let blocks = [];
  const onScreen = () => {
    const out = [];
    let i = 0, lo = 0, hi = blocks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (blocks[mid].getBoundingClientRect().bottom < 0) lo = mid + 1; else hi = mid; }
    for (i = lo; i < blocks.length && blocks[i].getBoundingClientRect().top < innerHeight; i++) out.push(blocks[i]);
    return out;
  };
  const marked = (els) => els.every((el) => el.querySelectorAll(sel).length >= per);
  document.addEventListener('DOMContentLoaded', () => {
    b.dcl = performance.getEntriesByType('navigation')[0].domContentLoadedEventStart;
    ${peer}
    blocks = [...document.querySelectorAll(${JSON.stringify(spec.block)})];
    let screen = null;
    const frame = () => {
      const first = !screen;
      if (first) setTimeout(() => (b.firstFrame = performance.now()));
      screen ??= onScreen();
      const screenDone = marked(screen);
      if (first) {
        b.inFirstFrame = screenDone;
        const top = performance.getEntriesByName('td-lens:top-marked')[0];
        if (screenDone && top) b.topMarkedMs = top.startTime - b.dcl;
      }
      if (screenDone) after('firstScreenMs', b.dcl);
      const done = lens
        ? screenDone && performance.getEntriesByName('td-lens:page-read').length > 0
        : marked([blocks[blocks.length - 1]]) && (b.marks = document.querySelectorAll(sel).length) >= expected;
      if (done) {
        b.marks = document.querySelectorAll(sel).length;
        if (lens) b.lensSliceMs = performance.getEntriesByName('td-lens:page-read')[0].detail.longestSliceMs;
        after('doneMs', b.dcl);
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  window.__jump = (fraction) => {
    b.jumpMs = null;
    const t0 = (b.jumpAt = performance.now());
    scrollTo(0, fraction * (document.documentElement.scrollHeight - innerHeight));
    const screen = onScreen();
    const frame = () => (marked(screen) ? after('jumpMs', t0) : requestAnimationFrame(frame));
    requestAnimationFrame(frame);
  };
})();
</script>`;
}

/** What the page's stopwatch recorded (times from `performance.now()`). */
interface Stopwatch {
  dcl: number;
  /** When TD Lens had marked the top of the page, if the screen was marked in the first frame (from DOMContentLoaded). */
  topMarkedMs: number | null;
  firstFrame: number;
  /** The screen was marked in the page's first frame after DOMContentLoaded. */
  inFirstFrame: boolean;
  firstScreenMs: number;
  doneMs: number;
  jumpMs: number;
  /** When the jump was asked for. */
  jumpAt: number;
  marks: number;
  /** TD Lens's longest slice (its longest task) until the page was read. */
  lensSliceMs: number;
  /** [start, duration] of each long task. */
  longTasks: [number, number][];
}

interface RunFigures {
  /** The browser's first contentful paint (Paint Timing), from the navigation's start. */
  firstPaintMs: number;
  /** The page's first frame after DOMContentLoaded, rendered (from DOMContentLoaded). */
  firstFrameMs: number;
  inFirstFrame: boolean;
  /** When the screen was marked in the first frame: when TD Lens had written those marks (from DOMContentLoaded). */
  topMarkedMs: number | null;
  firstScreenMs: number;
  doneMs: number;
  /** Scrolled to the middle: until the blocks on screen there are marked. */
  jumpMs: number;
  marks: number;
  /** Longest task that started after DOMContentLoaded. */
  longestTaskMs: number;
  /** Longest task after the page's first frame (a big page's own first layout is a long task of its own). */
  longestAfterFirstFrameMs: number;
  /** The same, until the jump: what loading the page costs, apart from the delegate scrolling. */
  longestBeforeJumpMs: number;
  lensSliceMs: number;
}

async function measure(context: BrowserContext, url: string, timeoutMs: number): Promise<RunFigures> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    await page.waitForFunction(
      () => (window as unknown as { __bench: { doneMs: number | null } }).__bench.doneMs !== null,
      null,
      { timeout: timeoutMs, polling: 250 },
    );
    await page.evaluate(() => (window as unknown as { __jump: (fraction: number) => void }).__jump(0.5));
    await page.waitForFunction(
      () => (window as unknown as { __bench: { jumpMs: number | null } }).__bench.jumpMs !== null,
      null,
      { timeout: timeoutMs, polling: 100 },
    );
    await page.waitForTimeout(300); // long-task entries arrive after the task
    const b = await page.evaluate(() => (window as unknown as { __bench: Stopwatch }).__bench);
    const firstPaintMs = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    );
    const longest = (from: number, to = Infinity) =>
      Math.max(0, ...b.longTasks.filter(([start]) => start >= from && start < to).map(([, duration]) => duration));
    return {
      firstPaintMs,
      firstFrameMs: b.firstFrame - b.dcl,
      inFirstFrame: b.inFirstFrame,
      topMarkedMs: b.topMarkedMs,
      firstScreenMs: b.firstScreenMs,
      doneMs: b.doneMs,
      jumpMs: b.jumpMs,
      marks: b.marks,
      lensSliceMs: b.lensSliceMs,
      longestTaskMs: longest(b.dcl),
      longestAfterFirstFrameMs: longest(b.firstFrame),
      longestBeforeJumpMs: longest(b.firstFrame, b.jumpAt),
    };
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (n: number) => Math.round(n * 10) / 10;

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'td-lens-bench-'));
  const args = withExtension
    ? [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
    : CHROMIUM_ARGS;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    args,
  });
  return { context, dir };
}

/** ITU lists as the background keeps them (itu-store.ts): `count` lists of `entries` TDs with titles of ITU's length. */
function keptListItems(count: number, entries: number): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  const ledger: Ledger = { kept: {}, fetched: {}, notKept: {}, requests: [] };
  const fetched = new Date().toISOString();
  for (let l = 0; l < count; l++) {
    const name = `T25-SG${l + 2}-2506${String(l + 10).padStart(2, '0')}-TD.xml`;
    const rows = Array.from({ length: entries }, (_, i) => ({
      id: `TD${i + 1}`,
      number: i + 1,
      revision: 0,
      line: i + 1,
      date: '2025-06-01',
      questions: [`Q${(i % 20) + 1}/${l + 2}`],
      title: `Draft new Recommendation ${i}: requirements and framework for the item under study in Question ${i % 20}, as agreed at the meeting`,
      source: `Rapporteur Q${(i % 20) + 1}/${l + 2}`,
    }));
    const index = {
      url: `https://www.itu.int/${name}`,
      fetched,
      register: { key: name, fileName: name, format: 'xml' as const, entries: rows, updated: fetched },
    };
    items[listKey(name)] = index;
    ledger.kept[name] = keptEntry(index, 'td', storedBytes(listKey(name), index));
  }
  return { ...items, [LEDGER_KEY]: ledger };
}

/** Stores `items` through the extension's options page (the bench's browser has the extension loaded). */
async function seedStorage(context: BrowserContext, items: Record<string, unknown>): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${unpackedExtensionId(EXTENSION_DIR)}/options/options.html`);
    await page.evaluate(
      (all) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
        ).chrome.storage.local.set(all),
      items,
    );
  } finally {
    await page.close();
  }
}

/** Median script time of the extension (ms) over `runs` loads of each page. */
async function scriptTimes(
  context: BrowserContext,
  urls: Record<string, string>,
  runs: number,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, url] of Object.entries(urls)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++)
      times.push(extensionScriptMs(await traceLoad(context, url, name === 'article' ? 2000 : 1000)));
    out[name] = round(median(times));
  }
  return out;
}

/** Pages without references: the extension's script time, with nothing kept in storage and with 24 ITU lists. */
async function plainPageResults(context: BrowserContext, serverUrl: string): Promise<BenchResult[]> {
  const urls = { small: `${serverUrl}/plain-small.html`, article: `${serverUrl}/plain-article.html` };
  const idle = await scriptTimes(context, urls, RUNS);
  await seedStorage(context, keptListItems(24, 1000));
  const withLists = await scriptTimes(context, urls, RUNS);
  return [
    result(
      'extension: script on a small page without references (30 paragraphs), CPU, Chromium',
      idle.small,
      'the goal',
      5,
      {
        with_24_kept_lists_ms: withLists.small,
      },
    ),
    result(
      'extension: script on a 20,000-paragraph article without references, CPU, Chromium',
      idle.article,
      'the goal',
      20,
      {
        with_24_kept_lists_ms: withLists.article,
      },
    ),
  ];
}

/** The big pages: the archive (first screen, jump, longest tasks against the page's own) and the 200k-node list. */
async function bigPageResults(
  lens: BrowserContext,
  plain: BrowserContext,
  serverUrl: string,
  refs: Record<string, number>,
  content: Buffer,
  pageJs: Buffer | null,
): Promise<BenchResult[]> {
  const figures = async (name: string, runs: number, timeoutMs: number) => {
    const tdLens: RunFigures[] = [];
    const markJs: RunFigures[] = [];
    const alone: RunFigures[] = [];
    for (let i = 0; i < runs; i++) {
      tdLens.push(await measure(lens, `${serverUrl}/${name}-td-lens.html`, timeoutMs));
      markJs.push(await measure(plain, `${serverUrl}/${name}-markjs.html`, timeoutMs));
      alone.push(await measure(plain, `${serverUrl}/${name}-none.html`, timeoutMs));
    }
    return { tdLens, markJs, alone };
  };
  const longest = (
    rs: RunFigures[],
    key: 'longestTaskMs' | 'longestAfterFirstFrameMs' | 'longestBeforeJumpMs' | 'lensSliceMs' = 'longestTaskMs',
  ) => round(Math.max(...rs.map((r) => r[key])));
  const archive = await figures('archive', RUNS, 120_000);
  const list = PAGES.has('list') ? await figures('list', Math.min(RUNS, 3), 300_000) : null;
  const med = (rs: RunFigures[], key: 'firstPaintMs' | 'firstFrameMs' | 'firstScreenMs' | 'doneMs' | 'jumpMs') =>
    median(rs.map((r) => r[key]));
  const common = (f: Awaited<ReturnType<typeof figures>>, name: string) => ({
    refs_on_page: refs[name],
    td_lens_marks_on_the_way: f.tdLens[0].marks,
    markjs_marks: f.markJs[0].marks,
    td_lens_first_screen_ms: round(med(f.tdLens, 'firstScreenMs')),
    td_lens_jump_to_middle_marked_ms: round(med(f.tdLens, 'jumpMs')),
    markjs_jump_to_middle_ms: round(med(f.markJs, 'jumpMs')),
    td_lens_longest_slice_ms: longest(f.tdLens, 'lensSliceMs'),
    td_lens_longest_task_ms: longest(f.tdLens),
    markjs_longest_task_ms: longest(f.markJs),
    page_alone_longest_task_ms: longest(f.alone),
    td_lens_longest_task_after_first_frame_ms: longest(f.tdLens, 'longestAfterFirstFrameMs'),
    td_lens_longest_task_after_first_frame_until_the_jump_ms: longest(f.tdLens, 'longestBeforeJumpMs'),
    page_alone_longest_task_after_first_frame_ms: longest(f.alone, 'longestAfterFirstFrameMs'),
    page_alone_first_frame_ms: round(med(f.alone, 'firstScreenMs')),
  });
  return [
    // The peer of the first screen is the page's own first frame: nothing can be seen before it.
    result(
      'extension: archive page (24k refs), first screen marked and rendered, from DOMContentLoaded (Chromium)',
      med(archive.tdLens, 'firstScreenMs'),
      'the page alone, its first frame rendered',
      med(archive.alone, 'firstScreenMs'),
      {
        td_lens_screen_marked_in_the_first_frame: `${archive.tdLens.filter((r) => r.inFirstFrame).length}/${archive.tdLens.length} runs`,
        // When the marks the first frame showed were in the DOM (TD Lens's `td-lens:top-marked`); that frame
        // itself is rendered when the page's own layout allows (the peer above).
        td_lens_screen_marked_in_the_dom_ms: round(
          median(archive.tdLens.flatMap((r) => (r.topMarkedMs === null ? [] : [r.topMarkedMs]))),
        ),
        td_lens_screen_marked_in_the_dom_goal_ms: 100,
        // First paint and first frame with the extension and without it (the page alone).
        td_lens_first_contentful_paint_ms: round(med(archive.tdLens, 'firstPaintMs')),
        page_alone_first_contentful_paint_ms: round(med(archive.alone, 'firstPaintMs')),
        td_lens_first_frame_after_dcl_ms: round(med(archive.tdLens, 'firstFrameMs')),
        page_alone_first_frame_after_dcl_ms: round(med(archive.alone, 'firstFrameMs')),
        markjs_all_marked_rendered_ms: round(med(archive.markJs, 'doneMs')),
        content_js_min_bytes: content.length,
        ...(pageJs
          ? { page_js_min_bytes: pageJs.length, page_js_gzip_bytes: gzipSync(pageJs, { level: 9 }).length }
          : {}),
        content_js_gzip_bytes: gzipSync(content, { level: 9 }).length,
        content_and_page_js_gzip_budget_bytes: 26_000,
      },
    ),
    result(
      'extension: archive page (24k refs), all read and counted, screen marked, rendered',
      med(archive.tdLens, 'doneMs'),
      'mark.js markRegExp, all marked, rendered',
      med(archive.markJs, 'doneMs'),
      common(archive, 'archive'),
    ),
    ...(list
      ? [
          result(
            'extension: 200k text nodes (50k refs), all read and counted, screen marked, rendered',
            med(list.tdLens, 'doneMs'),
            'mark.js markRegExp, all marked, rendered',
            med(list.markJs, 'doneMs'),
            common(list, 'list'),
          ),
        ]
      : []),
  ];
}

/** `BENCH_EXTENSION_PAGES=plain,archive` (any of `plain`, `archive`, `list`; `big` is both big pages) measures only those. */
const PAGES = new Set((process.env.BENCH_EXTENSION_PAGES ?? 'plain,big').replace('big', 'archive,list').split(','));

export async function run(): Promise<BenchResult[]> {
  const contentJs = join(EXTENSION_DIR, 'content/content.js');
  if (!existsSync(contentJs)) spawnSync('node', ['scripts/build-extension.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  const content = readFileSync(contentJs);
  // What a page with a candidate loads besides (builds before the split have none).
  const pageJsPath = join(EXTENSION_DIR, 'content/page.js');
  const pageJs = existsSync(pageJsPath) ? readFileSync(pageJsPath) : null;
  const routes: Record<string, { type: string; body: string }> = {
    '/mark.min.js': {
      type: 'text/javascript',
      body: readFileSync(join(repoRoot, 'node_modules/mark.js/dist/mark.min.js'), 'utf8'),
    },
  };
  const refs: Record<string, number> = {};
  for (const [name, spec] of Object.entries(SPECS)) {
    for (const marker of ['td-lens', 'markjs', 'none'] as const) {
      const built = spec.build(stopwatch(spec, marker, spec.build('').refs));
      refs[name] = built.refs;
      routes[`/${name}-${marker}.html`] = { type: 'text/html; charset=utf-8', body: built.html };
    }
  }
  for (const [name, paragraphs] of [
    ['small', 30],
    ['article', 20_000],
  ] as const) {
    routes[`/plain-${name}.html`] = { type: 'text/html; charset=utf-8', body: plainArticlePage(paragraphs).html };
  }
  const server = await serveFixtures(routes);
  const lens = await launch(true);
  const plain = await launch(false);
  try {
    // The big pages first: the plain pages' second round stores 24 lists.
    const big = PAGES.has('archive')
      ? await bigPageResults(lens.context, plain.context, server.url, refs, content, pageJs)
      : [];
    const idle = PAGES.has('plain') ? await plainPageResults(lens.context, server.url) : [];
    return [...idle, ...big];
  } finally {
    await lens.context.close();
    await plain.context.close();
    await server.close();
    rmSync(lens.dir, { recursive: true, force: true });
    rmSync(plain.dir, { recursive: true, force: true });
  }
}
