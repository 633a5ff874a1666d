/**
 * How much script an extension runs on a page, read from a Chromium trace of the page's load: the union of the
 * main thread's script events that name an extension script (its evaluation, its compilation, calls into its
 * functions: listeners, timers, observers), and the microtask checkpoints (promise continuations; the pages
 * measured here have no script of their own, so every microtask is the extension's). Nested events count once, and
 * each counts its thread time (`tdur`, CPU time on the main thread), not its wall time: on a machine other work
 * shares, the thread waiting for a core is not the extension's script.
 */
import type { BrowserContext } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } } & Record<string, unknown>;
}

const EXTENSION_URL = /^(?:chrome-extension|moz-extension):\/\//;
const CATEGORIES = 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline';

function namesExtension(event: TraceEvent): boolean {
  const data = event.args?.data;
  return (
    EXTENSION_URL.test(data?.url ?? '') ||
    EXTENSION_URL.test(data?.scriptName ?? '') ||
    EXTENSION_URL.test(String(event.args?.fileName ?? ''))
  );
}

/** The events not nested in another of `events` (all on one thread, so they nest or follow each other). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts < end) continue;
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

/** The extension's script time (ms of CPU) in `events`, on the main thread of the renderer that ran it. */
export function extensionScriptMs(events: TraceEvent[]): number {
  const own = events.filter((e) => e.ph === 'X' && e.dur !== undefined && namesExtension(e));
  if (own.length === 0) return 0;
  const { pid, tid } = own[0];
  const counted = events.filter(
    (e) =>
      e.pid === pid &&
      e.tid === tid &&
      e.ph === 'X' &&
      e.dur !== undefined &&
      (namesExtension(e) || e.name === 'RunMicrotasks'),
  );
  return outermost(counted).reduce((n, e) => n + (e.tdur ?? e.dur ?? 0), 0) / 1000;
}

/** Loads `url` in a new page of `context` while tracing, waits `settleMs` after the load event, returns the trace. */
export async function traceLoad(context: BrowserContext, url: string, settleMs: number): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (batch) => void events.push(...(batch.value as unknown as TraceEvent[])));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(settleMs);
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await cdp.detach();
    await page.close();
  }
}
