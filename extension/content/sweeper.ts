/**
 * The lens's sweeper: after the page removes content, the runs read from it leave the lens's lists (at most every
 * SWEEP_EVERY_MS, when no other work is left), so removed content is not kept alive by them.
 */
import type { Book } from './lens-book';

/** Removed content is swept from the lists at most this often. */
export const SWEEP_EVERY_MS = 500;

export interface SweeperOptions {
  book: Book;
  /** The other lists that hold nodes (queued marks, queued content). */
  sweepLists(): void;
  /** Asks for the slices to run (the sweep is their last step). */
  wake(): void;
  /** Told after each sweep (the runs the lists still hold). */
  onSwept?(): void;
}

export interface Sweeper {
  /** The page removed content that may hold read runs. */
  removed(): void;
  /** The last step of the slices, when nothing else is left: sweeps if it is time, else asks again later. */
  step(): void;
  stop(): void;
}

export function createSweeper({ book, sweepLists, wake, onSwept }: SweeperOptions): Sweeper {
  let needed = false;
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const sweep = () => {
    needed = false;
    last = performance.now();
    for (let s = book.sections.length - 1; s >= 0; s--) {
      const section = book.sections[s];
      if (section.open) continue;
      section.entries = section.entries.filter(book.isLive);
      if (section.entries.length === 0) book.dropSection(section);
    }
    sweepLists();
    onSwept?.();
  };

  const schedule = () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, last + SWEEP_EVERY_MS - performance.now()) + 1;
    timer = setTimeout(() => {
      timer = undefined;
      if (!stopped && needed) wake();
    }, wait);
  };

  return {
    removed() {
      needed = true;
      schedule();
    },
    step() {
      if (!needed) return;
      if (performance.now() - last >= SWEEP_EVERY_MS) sweep();
      else schedule();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
