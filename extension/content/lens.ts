/**
 * The annotation engine of one page: a reader (reader.ts: walks the page and parses its text, no DOM writes), a
 * marker (marker.ts: writes marks where the delegate looks), a fight tracker (fights.ts: never fight the page), a
 * sweeper (sweeper.ts: forgets what the page removed), and one scheduler here: `step()` runs one unit of the first
 * part that has work, and `runSliced` runs steps in time slices, giving the thread back to the page between them
 * (after a frame, when the last slice changed the page).
 *
 * TD Lens's own writes are invisible to its observer; what the page changes is read again, and a run the page
 * undoes is taken away (and noted as a fight when it came right after the marking). Everything can be undone
 * (`stop`).
 */
import type { MeetingContext } from '../../shared/meeting/types';
import type { Reference } from '../../shared/refs/types';
import { restoreRun, type AnnotatedRun } from './annotate';
import { createFightTracker, type FightTracker } from './fights';
import { createBook, type Book, type PageReference } from './lens-book';
import { clearLink, LINK_ATTR, type LinkParser, type LinkReference } from './links';
import { createMarker, EAGER_LIMIT, FIRST_GUESS, GUESS_BUDGET_MS, type Marker } from './marker';
import { observePage, type PageChanges, type PageObserver } from './observe';
import { createReader, type Reader, type ReferenceFinder } from './reader';
import { defaultYield, runSliced, SLICE_BUDGET_MS, yieldForFrame, type SliceOptions, type SliceStats } from './slice';
import { createSweeper, type Sweeper } from './sweeper';
import { windowView, type View } from './viewport';
import { REF_ATTR } from './walk';

export { chunkEnd, LONG_TEXT, type ReferenceFinder } from './reader';
export { FIGHT_WINDOW_MS, MAX_FIGHTS } from './fights';
export type { PageReference } from './lens-book';

/**
 * `top-marked`: the runs guessed to be on the first screen are marked, before the page's first layout (so they show
 * in its first frame); `first-screen`: what is on screen is marked, as measured once laid out; `page-read`: the whole
 * page is read and the screen marked.
 */
export type LensPhase = 'top-marked' | 'first-screen' | 'page-read';

export interface LensOptions {
  root: Element;
  find: ReferenceFinder;
  parseLink: LinkParser;
  /** Follow content added later, scrolling and Tab (default true). */
  observe?: boolean;
  slice?: Omit<SliceOptions, 'signal'>;
  eagerLimit?: number;
  firstGuess?: number;
  /** Where things are on screen (default: the root's window). */
  view?: View;
  /** Told once each phase is reached (LensPhase). */
  onPhase?: (phase: LensPhase) => void;
  /** Told after removed content was swept from the lists, with the counters then. */
  onSwept?: (counters: LensCounters) => void;
}

export interface LensCounters {
  /** Runs TD Lens marked. */
  marked: number;
  /** Runs the page undid or rewrote (TD Lens then took its nodes away). */
  undone: number;
  /** Of those, undone right after they went in. */
  fights: number;
  /** Elements no longer followed because their content kept fighting. */
  dropped: number;
  /** Read runs (text nodes and links) the lens's lists hold now. */
  tracked: number;
}

export interface Lens {
  /** Resolves when the page is read and what is to be marked now is marked. */
  start(): Promise<SliceStats>;
  /** Resolves when no work is left. */
  idle(): Promise<void>;
  /** Aborts any work, stops observing and puts the page back as it was. */
  stop(): void;
  refOf(el: Element): Reference | undefined;
  /** What an annotated ITU link's URL says (reference, meeting, page). */
  linkOf(el: Element): LinkReference | undefined;
  /** The meetings of the ITU links on the page. */
  linkMeetings(): MeetingContext[];
  /** Every reference on the page as the parser read it, marked yet or not, in page order. */
  references(): PageReference[];
  /** Every slice so far (the longest one is the longest task TD Lens caused). */
  stats(): SliceStats;
  counters(): LensCounters;
}

interface Parts {
  book: Book;
  marker: Marker;
  reader: Reader;
  fights: FightTracker;
  sweeper: Sweeper;
  aborted(): boolean;
  drain(): Promise<void>;
}

/**
 * What the page changed: runs it undid or rewrote are taken away (a fight when it was right after their marking),
 * text it changed or added is read again, unless it is text the page wants left alone.
 */
function pageChangeHandler({
  book,
  marker,
  reader,
  fights,
  sweeper,
  aborted,
  drain,
}: Parts): (changes: PageChanges) => void {
  const undone = (run: AnnotatedRun, parent: Node | null) => {
    const at = marker.unmark(run);
    if (at !== undefined) fights.undone(run, parent, at);
  };
  return ({ added, changedText, removed }) => {
    if (aborted()) return;
    for (const { node, from } of removed) {
      const run = book.runOf.get(node);
      if (run) undone(run, from);
      else sweeper.removed();
    }
    for (const text of changedText) {
      if (book.own.has(text)) continue; // the page editing a piece of a mark: leave it
      const run = book.runOf.get(text);
      if (run) undone(run, text.parentNode);
      if (fights.leaveAlone(text)) continue;
      book.entryOf.delete(text);
      reader.enqueue(text);
    }
    for (const node of added) {
      if (book.own.has(node) || book.runOf.has(node) || fights.leaveAlone(node)) continue;
      reader.enqueue(node);
    }
    if (reader.queued()) void drain();
  };
}

/** Takes every mark and link annotation of TD Lens out of the page, giving the page's text nodes their text back. */
function unmarkPage(root: Element, book: Book): void {
  const runs = new Set<AnnotatedRun>();
  for (const m of root.querySelectorAll(`span[${REF_ATTR}]`)) {
    const run = book.runOf.get(m);
    if (run) runs.add(run);
  }
  for (const run of runs) restoreRun(run);
  for (const link of root.querySelectorAll(`a[${LINK_ATTR}]`)) clearLink(link);
}

/** Tells each phase once, when the marker and the reader reach it. */
function phaseTeller(marker: Marker, reader: Reader, onPhase: LensOptions['onPhase']): () => void {
  const told = new Set<LensPhase>();
  const tell = (name: LensPhase) => {
    if (told.has(name)) return;
    told.add(name);
    onPhase?.(name);
  };
  return () => {
    if (marker.topMarked()) tell('top-marked');
    if (!marker.screenMarked()) return;
    tell('first-screen');
    if (!reader.reading() && !reader.queued()) tell('page-read');
  };
}

/** A slice's budget: longer while the top of the page is guessed before the first frame. */
function sliceBudget(base: number | (() => number), marker: Marker): () => number {
  return () => {
    const ms = typeof base === 'function' ? base() : base;
    return marker.guessing() ? Math.max(ms, GUESS_BUDGET_MS) : ms;
  };
}

export function createLens({
  root,
  find,
  parseLink,
  observe = true,
  slice = {},
  eagerLimit = EAGER_LIMIT,
  firstGuess = FIRST_GUESS,
  view,
  onPhase,
  onSwept,
}: LensOptions): Lens {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const abort = new AbortController();
  const total: SliceStats = { slices: 0, units: 0, longestSliceMs: 0, longestStepMs: 0, aborted: false };
  const cleanups: (() => void)[] = [];
  let observer: PageObserver | null = null;
  let worker: Promise<void> | null = null;

  const quietly = <T>(write: () => T): T => (observer ? observer.quietly(write) : write());
  const book = createBook();
  const fights = createFightTracker();
  const drain = (): Promise<void> => (worker ??= runSlices());
  const marker = createMarker({
    doc,
    book,
    fights,
    quietly,
    eagerLimit,
    firstGuess,
    geometry: view ?? (win ? windowView(win) : null),
    reading: () => reader.current(),
    wake: drain,
  });
  const reader = createReader({
    book,
    find,
    parseLink,
    fights,
    quietly,
    onRead: marker.guess,
    onSectionRead: marker.sectionRead,
  });
  const sweeper = createSweeper({
    book,
    sweepLists: () => {
      marker.sweep();
      reader.sweep();
    },
    wake: () => void drain(),
    onSwept: () => onSwept?.(counters()),
  });
  const counters = (): LensCounters => ({ ...marker.counts(), ...fights.counts(), tracked: book.tracked() });

  /** One unit of work of the first part that has some; false when there is none left. */
  const step = (): boolean => {
    if (marker.step() || reader.step()) return true;
    sweeper.step();
    return false;
  };

  const notePhases = phaseTeller(marker, reader, onPhase);
  const budgetMs = sliceBudget(slice.budgetMs ?? SLICE_BUDGET_MS, marker);

  /** Between slices: the page gets the thread (a rendered frame first, when the slice changed the page). */
  const betweenSlices = async (): Promise<void> => {
    const wrote = marker.endSlice();
    notePhases();
    const waitForFrame = wrote && doc.visibilityState === 'visible' && typeof win?.requestAnimationFrame === 'function';
    await (waitForFrame ? yieldForFrame(win!) : defaultYield());
  };

  async function runSlices(): Promise<void> {
    await runSliced(step, { yieldToPage: betweenSlices, ...slice, budgetMs, signal: abort.signal, stats: total });
    notePhases();
    worker = null;
    marker.settle();
    if ((reader.queued() || marker.pending()) && !abort.signal.aborted) return drain();
  }

  async function idle(): Promise<void> {
    for (let wait = worker ?? marker.waiting(); wait; wait = worker ?? marker.waiting()) await wait;
  }

  const onPageChange = pageChangeHandler({
    book,
    marker,
    reader,
    fights,
    sweeper,
    aborted: () => abort.signal.aborted,
    drain,
  });

  const listen = (target: EventTarget, type: string, listener: (event: Event) => void) => {
    const options = { capture: true, passive: true };
    target.addEventListener(type, listener, options);
    cleanups.push(() => target.removeEventListener(type, listener, options));
  };

  const follow = () => {
    observer = observePage(root, onPageChange, fights.isDropped);
    cleanups.push(() => observer?.disconnect());
    if (!win) return;
    listen(doc, 'scroll', marker.scrolled);
    listen(win, 'resize', marker.scrolled);
    listen(doc, 'keydown', (event) => {
      const key = event as KeyboardEvent;
      if (key.key === 'Tab' && !key.altKey && !key.ctrlKey && !key.metaKey) marker.aheadOfFocus(key.shiftKey);
    });
  };

  return {
    async start() {
      reader.start(root);
      if (observe) follow();
      // Rectangles are read once the page has been laid out for a frame: reading them earlier would force the
      // page's own first layout into TD Lens's task.
      const visible = win && typeof win.requestAnimationFrame === 'function' && doc.visibilityState === 'visible';
      const frame = (visible ? yieldForFrame(win) : Promise.resolve()).then(() => {
        marker.laidOut();
        if (!abort.signal.aborted) return drain();
      });
      await drain();
      await frame;
      await idle();
      return { ...total };
    },
    idle,
    stop() {
      abort.abort();
      for (const cleanup of cleanups.splice(0)) cleanup();
      sweeper.stop();
      marker.stop();
      reader.stop();
      unmarkPage(root, book);
      book.sections.length = 0;
    },
    refOf: (el) => book.refOf.get(el),
    linkOf: (el) => book.linkOf.get(el),
    linkMeetings: () =>
      [...root.querySelectorAll(`a[${LINK_ATTR}]`)].flatMap((el) => book.linkOf.get(el)?.meeting ?? []),
    references: () => book.references(),
    stats: () => ({ ...total }),
    counters,
  };
}
