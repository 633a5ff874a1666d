/**
 * Time slicing: run small units of work until a budget is spent, then give the main thread back to the page,
 * so annotating a page of 20,000 references never blocks input for long.
 */

/** Work per slice by default (ms). */
export const SLICE_BUDGET_MS = 10;

export interface SliceOptions {
  /**
   * Work per slice before yielding (ms). A 50 ms task is a "long task"; stay well under it. A function is asked after
   * every step (the budget may change while a slice runs).
   */
  budgetMs?: number | (() => number);
  signal?: AbortSignal;
  now?: () => number;
  yieldToPage?: () => Promise<void>;
  /** Stats to add to as the work goes (a caller's running total); a fresh object when absent. */
  stats?: SliceStats;
}

export interface SliceStats {
  slices: number;
  units: number;
  longestSliceMs: number;
  /** The longest single step: a slice can only overrun its budget by this much. */
  longestStepMs: number;
  aborted: boolean;
}

/**
 * Yields to the event loop with an ordinary task (MessageChannel). Not `scheduler.yield`: its continuations outrank
 * rendering, so a long read of a big page held back the page's frames (and TD Lens's first screen) until it ended.
 */
export function defaultYield(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Yields until the browser has rendered a frame: after a slice that changed the page, so the next slice's changes
 * are laid out separately (one render of all marks at once is a long task of its own on a big page), and before
 * reading where things are on screen (reading it mid-frame would force the layout into TD Lens's task). A timeout
 * stands in when no frame comes (a tab hidden meanwhile: requestAnimationFrame does not run there); it is generous,
 * since a big page's frame can take long, and going on before it would force its layout.
 */
export function yieldForFrame(win: Window = globalThis as unknown as Window, timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(go, timeoutMs);
    win.requestAnimationFrame(() => setTimeout(go, 0));
  });
}

/**
 * Calls `step` until it returns false (no work left) or the signal aborts, yielding whenever a slice has used its
 * budget. Each step must be small (one text node).
 */
export async function runSliced(step: () => boolean, options: SliceOptions = {}): Promise<SliceStats> {
  const { budgetMs = SLICE_BUDGET_MS, signal, now = () => performance.now(), yieldToPage = defaultYield } = options;
  const budget = typeof budgetMs === 'function' ? budgetMs : () => budgetMs;
  const stats: SliceStats = options.stats ?? {
    slices: 0,
    units: 0,
    longestSliceMs: 0,
    longestStepMs: 0,
    aborted: false,
  };
  for (;;) {
    if (signal?.aborted) {
      stats.aborted = true;
      return stats;
    }
    const started = now();
    let before = started;
    let more = true;
    stats.slices++;
    while ((more = step())) {
      stats.units++;
      const after = now();
      stats.longestStepMs = Math.max(stats.longestStepMs, after - before);
      before = after;
      if (after - started >= budget() || signal?.aborted) break;
    }
    stats.longestSliceMs = Math.max(stats.longestSliceMs, now() - started);
    if (!more) return stats;
    await yieldToPage();
  }
}
