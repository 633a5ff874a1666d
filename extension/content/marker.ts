/**
 * The lens's marker: writes the marks of read runs into the page, where the delegate looks. On a big page every
 * frame after a change costs a relayout whose price is mostly fixed, so: the first runs of the page before its
 * first frame is laid out (on a fresh load, the first screen, at no layout cost of their own); then the runs a
 * binary search over their rectangles finds on screen or near it, once a frame has been laid out and after every
 * frame in which the delegate scrolled; before Tab moves focus, the next runs after the focused point. A section of
 * up to `eagerLimit` runs is marked whole.
 */
import { annotateTextNode, restoreRun, type AnnotatedRun } from './annotate';
import type { FightTracker } from './fights';
import type { Book, Entry, Section } from './lens-book';
import { yieldForFrame } from './slice';
import { firstAtOrAfter, itemsInBand, type View } from './viewport';

/** A section (the page, or content added later) with at most this many runs is marked whole, not by viewport. */
export const EAGER_LIMIT = 1_000;
/**
 * Runs at the top of the page marked before its first frame is laid out, without reading where they are: on a
 * fresh load they are the first screen, and marks written before that layout cost no layout of their own.
 */
export const FIRST_GUESS = 150;
/**
 * How long the slice that guesses may run. The first slice runs in the page's DOMContentLoaded task, and the page's
 * first frame often comes right after it: runs guessed later are marked after that frame, in a relayout of their
 * own (100 ms and more on a big page). Reading 150 runs takes 5–15 ms on warm code.
 */
export const GUESS_BUDGET_MS = 20;
/** Pending runs marked before a Tab key moves focus, so sequential focus reaches the next reference. */
const TAB_AHEAD = 8;

export interface MarkerOptions {
  doc: Document;
  book: Book;
  fights: FightTracker;
  quietly<T>(write: () => T): T;
  /** Where things are on screen; null: everything is marked as read. */
  geometry: View | null;
  eagerLimit: number;
  firstGuess: number;
  /** The section the reader is reading: its runs are looked at for the screen as they come. */
  reading(): Section | null;
  /** Work was queued from outside a slice (a scroll, a frame): run the slices. */
  wake(): Promise<void>;
}

export interface Marker {
  /** A frame has been laid out: rectangles can be read without forcing the page's first layout; look at all. */
  laidOut(): void;
  /** A run was just read: marked at once while the top of the page is guessed. */
  guess(entry: Entry): void;
  /** A section was read whole: marked whole, or near the screen only (lazy). */
  sectionRead(section: Section): void;
  /** TD Lens takes away its nodes of a run the page undid; when it was marked, or undefined if handled already. */
  unmark(run: AnnotatedRun): number | undefined;
  /** Before Tab moves focus: marks the next pending runs after (or before) the focused point, at once. */
  aheadOfFocus(backwards: boolean): void;
  /** The page scrolled or resized: look near the screen after the next frame. */
  scrolled(): void;
  /** One unit of marking; false when there is none. */
  step(): boolean;
  /** A slice ended: whether it changed the page (then the next one waits for a frame). */
  endSlice(): boolean;
  /** Forgets that the last slice wrote (the slices ended). */
  settle(): void;
  /** Marks or a look at the screen are queued. */
  pending(): boolean;
  /** The top of the page is being guessed before the first frame (a longer slice). */
  guessing(): boolean;
  /** Runs were guessed and all of them are marked. */
  topMarked(): boolean;
  /** The screen was looked at, and what is on it is marked. */
  screenMarked(): boolean;
  /** A look at the screen waiting for its frame, if any. */
  waiting(): Promise<void> | null;
  /** Drops queued marks of runs the page removed. */
  sweep(): void;
  stop(): void;
  counts(): { marked: number; undone: number };
}

/** Marks the next pending runs after (or before) the focused point, in the sections marked near the screen. */
function markAhead(
  doc: Document,
  sections: readonly Section[],
  mark: (entry: Entry) => void,
  backwards: boolean,
): void {
  const active = doc.activeElement;
  const from = active && active !== doc.body ? active : (doc.getSelection()?.anchorNode ?? null);
  for (const section of sections) {
    if (!section.lazy && !section.open) continue;
    const entries = section.entries;
    const by = backwards ? -1 : 1;
    let i = from ? firstAtOrAfter(entries, (e) => e.node, from) : 0;
    if (backwards) i--;
    let left = TAB_AHEAD;
    for (let looked = 0; i >= 0 && i < entries.length && left > 0 && looked < 8 * TAB_AHEAD; i += by, looked++) {
      if (entries[i].run || entries[i].node.nodeType !== Node.TEXT_NODE) continue;
      mark(entries[i]);
      left--;
    }
  }
}

export function createMarker(options: MarkerOptions): Marker {
  const { doc, book, fights, quietly, geometry, eagerLimit, firstGuess, reading, wake } = options;
  const win = doc.defaultView;
  const markedAt = new WeakMap<AnnotatedRun, number>();
  const writes: Entry[] = [];
  const counts = { marked: 0, undone: 0 };
  let laidOut = false;
  let scanAll = false;
  /** A full scan waits for the next frame (so TD Lens's own marks are laid out first). */
  let scanWait: Promise<void> | null = null;
  let screenQueued = false;
  /** The runs read in the last slice are looked at for the screen at the start of the next one. */
  let scanReading = false;
  /** Runs marked before the first frame (FIRST_GUESS). */
  let guessed = 0;
  /** Whether the current slice changed the page. */
  let wrote = false;
  let stopped = false;

  const queue = (entry: Entry) => {
    if (entry.settled) return;
    entry.settled = true;
    writes.push(entry);
  };

  /** Marks one entry now, if it still stands as it was read. */
  const mark = (entry: Entry): void => {
    entry.settled = true;
    const node = entry.node;
    if (entry.run || node.nodeType !== Node.TEXT_NODE || !book.isLive(entry)) return;
    const text = node as Text;
    if (text.data !== entry.text || fights.isLeftAlone(text) || fights.isDropped(text)) return;
    const run = quietly(() => annotateTextNode(text, entry.refs, { own: book.own, refOf: book.refOf }));
    wrote = true;
    if (!run) return;
    entry.run = run;
    counts.marked++;
    markedAt.set(run, performance.now());
    book.runOf.set(run.original, run);
    for (const n of run.nodes) book.runOf.set(n, run);
  };

  /** Queues the pending entries of `section` from `from` on that are on or near the screen. */
  const scanSection = (section: Section, from: number) => {
    if (!geometry || !laidOut) return;
    const band = geometry.band();
    for (const i of itemsInBand(section.entries, (e) => e.node, geometry, band, from)) queue(section.entries[i]);
  };

  /**
   * Looks for runs near the screen after the next frame: then the page (and TD Lens's own last marks) are laid
   * out, and reading rectangles forces no layout. At most once a frame.
   */
  const requestScan = () => {
    if (scanWait || !laidOut || !geometry) return;
    const wait = win && typeof win.requestAnimationFrame === 'function' ? yieldForFrame(win) : Promise.resolve();
    scanWait = wait.then(() => {
      scanWait = null;
      if (stopped) return;
      scanAll = true;
      return wake();
    });
  };

  const stepScan = (): boolean => {
    if (scanReading) {
      scanReading = false;
      const section = reading();
      if (section?.open && laidOut && section.scanned < section.entries.length) {
        scanSection(section, section.scanned);
        section.scanned = section.entries.length;
        return true;
      }
    }
    if (!scanAll) return false;
    scanAll = false;
    for (const section of book.sections) if (section.lazy || section.open) scanSection(section, 0);
    screenQueued = true;
    return true;
  };

  return {
    laidOut() {
      laidOut = true;
      scanAll = true;
    },
    guess(entry) {
      if (laidOut || guessed >= firstGuess) return;
      guessed++;
      queue(entry);
    },
    sectionRead(section) {
      section.lazy = section.entries.length > eagerLimit;
      if (section.lazy) requestScan();
      else for (const entry of section.entries) queue(entry);
    },
    unmark(run) {
      const at = markedAt.get(run);
      if (at === undefined) return undefined;
      markedAt.delete(run);
      const entry = book.entryOf.get(run.original);
      if (entry?.run === run) entry.run = null;
      quietly(() => restoreRun(run));
      counts.undone++;
      return at;
    },
    aheadOfFocus: (backwards) => markAhead(doc, book.sections, mark, backwards),
    scrolled() {
      if (book.sections.some((s) => s.lazy || s.open)) requestScan();
    },
    step() {
      if (stepScan()) return true;
      const entry = writes.shift();
      if (!entry) return false;
      mark(entry);
      return true;
    },
    endSlice() {
      // Looked at when no marks of TD Lens's own are waiting to be laid out (reading rectangles would force that).
      scanReading = !wrote;
      const did = wrote;
      wrote = false;
      return did;
    },
    settle: () => void (wrote = false),
    pending: () => writes.length > 0 || scanAll,
    guessing: () => !laidOut && (guessed < firstGuess || writes.length > 0),
    topMarked: () => guessed > 0 && writes.length === 0,
    screenMarked: () => screenQueued && writes.length === 0 && !scanAll,
    waiting: () => scanWait,
    sweep() {
      let w = 0;
      for (const entry of writes) if (book.isLive(entry)) writes[w++] = entry;
      writes.length = w;
    },
    stop() {
      stopped = true;
      scanWait = null;
      writes.length = 0;
    },
    counts: () => ({ ...counts }),
  };
}
