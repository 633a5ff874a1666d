/**
 * The annotation engine of one page.
 *
 * Reading and marking are separate. The whole page is READ in time slices (a TreeWalker pass that only parses: no
 * DOM writes, so no layout between slices); that gives the popup its counts. MARKING changes the page, and on a big
 * page every frame after a change costs a relayout whose price is mostly fixed (the body's thousands of children
 * are walked again), so marks go where the delegate looks: the screen first, as soon as a frame has been laid out,
 * then whatever comes near it (scrolling, Tab). A section of up to `eagerLimit` runs is marked whole.
 *
 * The page is never fought. TD Lens's own writes are invisible to its observer. When the page undoes a mark right
 * after it went in (a framework putting its text back), TD Lens takes its nodes away and leaves that text alone,
 * and an element whose content keeps fighting is no longer followed. Nothing removed from the page is kept: runs
 * and marks are found through weak maps and the DOM, and the lists of read runs are swept when the page removes
 * content. Everything can be undone (`stop`).
 */
import type { MeetingContext } from '../../shared/meeting/types';
import type { Reference } from '../../shared/refs/types';
import { annotateTextNode, restoreRun, type AnnotatedRun } from './annotate';
import { annotateLink, clearLink, LINK_ATTR, type LinkParser, type LinkReference } from './links';
import { observePage, type PageChanges, type PageObserver } from './observe';
import { defaultYield, runSliced, SLICE_BUDGET_MS, yieldForFrame, type SliceOptions, type SliceStats } from './slice';
import { firstAtOrAfter, itemsInBand, windowView, type View } from './viewport';
import { createTextWalker, isInsideRejected, mayHoldReference, REF_ATTR, type TextWalker } from './walk';

export type ReferenceFinder = (text: string) => Reference[];

/** Text nodes longer than this are parsed in chunks of about CHUNK characters, cut at line ends. */
export const LONG_TEXT = 16_000;
const CHUNK = 8_000;

/** A section (the page, or content added later) with at most this many runs is marked whole, not by viewport. */
export const EAGER_LIMIT = 1_000;
/** The page undoing a mark this soon after it went in is reacting to it: a fight, not an update of its own. */
export const FIGHT_WINDOW_MS = 100;
/** After this many fights inside one element, its subtree is no longer followed. */
export const MAX_FIGHTS = 3;
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
/** Removed content is swept from the lists at most this often. */
const SWEEP_EVERY_MS = 500;

/** Where the chunk starting at `from` ends: the last line end (else space) before the chunk size, else the size. */
export function chunkEnd(data: string, from: number, size = CHUNK): number {
  const limit = from + size;
  if (limit >= data.length) return data.length;
  const newline = data.lastIndexOf('\n', limit);
  if (newline > from) return newline + 1;
  const space = data.lastIndexOf(' ', limit);
  return space > from ? space + 1 : limit;
}

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
}

/** A reference the page holds, as the parser read it. */
export interface PageReference {
  kind: Reference['kind'];
  id: string;
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

/** One read text node (or annotated ITU link) and what it holds. */
interface Entry {
  node: Text | Element;
  /** The node's text when it was read (links: empty). */
  text: string;
  refs: Reference[];
  run: AnnotatedRun | null;
  /** Marked, queued to be, or left alone: nothing more to do. */
  settled: boolean;
}

/** Entries in document order: the page, or one batch of content added later. */
interface Section {
  entries: Entry[];
  /** Still being read (the walk appends to it). */
  open: boolean;
  /** Marked only near the viewport. */
  lazy: boolean;
  /** Entries before this index have been looked at for the screen while the section was read. */
  scanned: number;
}

interface Fight {
  count: number;
  /** Texts of runs the page undid right away, and when: the same text coming back is the page putting it back. */
  undone: Map<string, number>;
}

export function createLens({
  root, find, parseLink, observe = true, slice = {}, eagerLimit = EAGER_LIMIT, firstGuess = FIRST_GUESS, view, onPhase,
}: LensOptions): Lens {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const geometry = view ?? (win ? windowView(win) : null);
  /** TD Lens's own nodes (marks, their text, the pieces between): never read. */
  const own = new WeakSet<Node>();
  const entryOf = new WeakMap<Node, Entry>();
  /** Any node of a run (the page's node, marks, pieces) → the run. */
  const runOf = new WeakMap<Node, AnnotatedRun>();
  const markedAt = new WeakMap<AnnotatedRun, number>();
  const refOf = new WeakMap<Element, Reference>();
  const linkOf = new WeakMap<Element, LinkReference>();
  /** Text nodes the page put back after undoing a mark: left alone. */
  const leftAlone = new WeakSet<Node>();
  const fights = new WeakMap<Node, Fight>();
  /** Elements whose content kept fighting: not read or followed any more. */
  const dropped = new WeakSet<Node>();
  const sections: Section[] = [];
  const writes: Entry[] = [];
  const queue: Node[] = [];
  const abort = new AbortController();
  const total: SliceStats = { slices: 0, units: 0, longestSliceMs: 0, longestStepMs: 0, aborted: false };
  const counters = { marked: 0, undone: 0, fights: 0, dropped: 0 };
  const phases = new Set<LensPhase>();
  const cleanups: (() => void)[] = [];
  let observer: PageObserver | null = null;
  let walker: TextWalker | null = null;
  /** The section being read (by a walk, or a long text node). */
  let reading: Section | null = null;
  let worker: Promise<void> | null = null;
  /** A frame has been laid out since start: rectangles can be read without forcing the page's first layout. */
  let laidOut = false;
  let scanAll = false;
  /** A full scan waits for the next frame (so TD Lens's own marks are laid out first). */
  let scanWait: Promise<void> | null = null;
  let firstScreenQueued = false;
  /** The runs read in the last slice are looked at for the screen at the start of the next one. */
  let scanReading = false;
  /** Runs marked before the first frame (FIRST_GUESS). */
  let guessed = 0;
  let needsSweep = false;
  let lastSweep = 0;
  let sweepTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the current slice changed the page (then the next yield waits for a rendered frame). */
  let wrote = false;

  const quietly = <T>(write: () => T): T => (observer ? observer.quietly(write) : write());

  const baseBudget = slice.budgetMs ?? SLICE_BUDGET_MS;
  /** A slice's budget: longer while the top of the page is guessed before the first frame. */
  const budgetMs = (): number => {
    const base = typeof baseBudget === 'function' ? baseBudget() : baseBudget;
    return !laidOut && (guessed < firstGuess || writes.length > 0) ? Math.max(base, GUESS_BUDGET_MS) : base;
  };

  const isDropped = (node: Node): boolean => {
    for (let n: Node | null = node; n; n = n.parentNode) if (dropped.has(n)) return true;
    return false;
  };

  const phase = (name: LensPhase) => {
    if (phases.has(name)) return;
    phases.add(name);
    onPhase?.(name);
  };

  const findSafely = (text: string): Reference[] => {
    try {
      return find(text);
    } catch (error) {
      // One odd text node must not stop the page; the parser's bug is reported once per node.
      console.warn('[TD Lens] could not read a text node:', error);
      return [];
    }
  };

  // --- reading -------------------------------------------------------------------------------------------------

  /** A long text node (a mail archive's `<pre>`) is parsed a chunk of lines per step, never in one long task. */
  let longText: { node: Text; data: string; at: number; refs: Reference[]; section: Section } | null = null;

  const addEntry = (section: Section, entry: Entry) => {
    entryOf.set(entry.node, entry);
    section.entries.push(entry);
  };

  const readText = (node: Text, section: Section) => {
    if (entryOf.has(node) || leftAlone.has(node)) return;
    const data = node.data;
    if (!mayHoldReference(data)) return;
    if (data.length > LONG_TEXT) {
      longText = { node, data, at: 0, refs: [], section };
      return;
    }
    const refs = findSafely(data);
    if (refs.length === 0) return;
    const entry: Entry = { node, text: data, refs, run: null, settled: false };
    addEntry(section, entry);
    if (!laidOut && guessed < firstGuess) {
      guessed++;
      queueWrite(entry);
    }
  };

  const readNextChunk = (job: NonNullable<typeof longText>) => {
    const end = chunkEnd(job.data, job.at);
    for (const ref of findSafely(job.data.slice(job.at, end))) {
      job.refs.push({ ...ref, start: ref.start + job.at, end: ref.end + job.at });
    }
    job.at = end;
    if (end < job.data.length) return;
    longText = null;
    if (job.refs.length > 0) addEntry(job.section, { node: job.node, text: job.data, refs: job.refs, run: null, settled: false });
  };

  const onElement = (el: Element): boolean => {
    if (dropped.has(el)) return false;
    if (el.tagName !== 'A') return true;
    if (entryOf.has(el)) return false;
    const found = quietly(() => annotateLink(el as HTMLAnchorElement, parseLink));
    if (!found) return true;
    refOf.set(el, found.ref);
    linkOf.set(el, found);
    if (reading) addEntry(reading, { node: el, text: '', refs: [found.ref], run: null, settled: true });
    return false; // the link is the mark; its text is not marked again
  };

  const startWalk = (node: Node) => {
    walker = createTextWalker(node, { seen: own, onElement });
  };

  const openSection = (): Section => {
    const section: Section = { entries: [], open: true, lazy: false, scanned: 0 };
    sections.push(section);
    reading = section;
    return section;
  };

  const closeSection = (section: Section) => {
    section.open = false;
    if (section.entries.length === 0) {
      sections.splice(sections.indexOf(section), 1);
      return;
    }
    section.lazy = section.entries.length > eagerLimit;
    if (section.lazy) requestScan();
    else for (const entry of section.entries) queueWrite(entry);
  };

  // --- marking -------------------------------------------------------------------------------------------------

  const queueWrite = (entry: Entry) => {
    if (entry.settled) return;
    entry.settled = true;
    writes.push(entry);
  };

  /** Marks one entry now, if it still stands as it was read. */
  const mark = (entry: Entry): void => {
    entry.settled = true;
    const node = entry.node;
    if (entry.run || node.nodeType !== Node.TEXT_NODE || !node.isConnected || entryOf.get(node) !== entry) return;
    const text = node as Text;
    if (text.data !== entry.text || leftAlone.has(text) || isDropped(text)) return;
    const run = quietly(() => annotateTextNode(text, entry.refs, { own, refOf }));
    wrote = true;
    if (!run) return;
    entry.run = run;
    counters.marked++;
    markedAt.set(run, performance.now());
    runOf.set(run.original, run);
    for (const n of run.nodes) runOf.set(n, run);
  };

  /** Queues the pending entries of `section` from `from` on that are on or near the screen. */
  const scanSection = (section: Section, from: number) => {
    if (!geometry || !laidOut) return;
    const band = geometry.band();
    for (const i of itemsInBand(section.entries, (e) => e.node, geometry, band, from)) queueWrite(section.entries[i]);
  };

  /** Before Tab moves focus: marks the next pending runs after (or before) the focused point, at once. */
  const markAheadOfFocus = (backwards: boolean) => {
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
  };

  // --- the page's own changes ----------------------------------------------------------------------------------

  /** The page took away or rewrote part of a run: TD Lens takes its nodes away and notes a fight if it was quick. */
  const undone = (run: AnnotatedRun, parent: Node | null) => {
    const at = markedAt.get(run);
    if (at === undefined) return; // handled already
    markedAt.delete(run);
    const entry = entryOf.get(run.original);
    if (entry?.run === run) entry.run = null;
    quietly(() => restoreRun(run));
    counters.undone++;
    // The page's node, back with its own text: the page took TD Lens's marks away and wants it as it is.
    if (run.original.data === run.text) leftAlone.add(run.original);
    const now = performance.now();
    if (!parent || now - at > FIGHT_WINDOW_MS) return;
    counters.fights++;
    let fight = fights.get(parent);
    if (!fight) fights.set(parent, (fight = { count: 0, undone: new Map() }));
    fight.count++;
    fight.undone.set(run.text, now);
    if (fight.undone.size > 8) fight.undone.delete(fight.undone.keys().next().value as string);
    if (fight.count >= MAX_FIGHTS && !dropped.has(parent)) {
      dropped.add(parent);
      counters.dropped++;
    }
  };

  /** A text node the page (re)inserts with the text of a run it undid right away: it wants that text as it is. */
  const isPutBack = (node: Node): boolean => {
    if (node.nodeType !== Node.TEXT_NODE || !node.parentNode) return false;
    const when = fights.get(node.parentNode)?.undone.get((node as Text).data);
    return when !== undefined && performance.now() - when <= FIGHT_WINDOW_MS;
  };

  const leaveAlone = (node: Node): boolean => {
    if (!leftAlone.has(node) && !isPutBack(node)) return false;
    leftAlone.add(node);
    return true;
  };

  const onPageChange = ({ added, changedText, removed }: PageChanges) => {
    if (abort.signal.aborted) return;
    for (const { node, from } of removed) {
      const run = runOf.get(node);
      if (run) undone(run, from);
      else needsSweep = true;
    }
    for (const text of changedText) {
      if (own.has(text)) continue; // the page editing a piece of a mark: leave it
      const run = runOf.get(text);
      if (run) undone(run, text.parentNode);
      if (leaveAlone(text)) continue;
      entryOf.delete(text);
      queue.push(text);
    }
    for (const node of added) {
      if (own.has(node) || runOf.has(node) || leaveAlone(node)) continue;
      queue.push(node);
    }
    if (needsSweep) scheduleSweep();
    if (queue.length > 0) void drain();
  };

  /** Drops read runs whose nodes the page removed, so removed content is not kept alive by the lists. */
  const sweep = () => {
    needsSweep = false;
    lastSweep = performance.now();
    const live = (e: Entry) => e.node.isConnected && entryOf.get(e.node) === e;
    for (let s = sections.length - 1; s >= 0; s--) {
      const section = sections[s];
      if (section.open) continue;
      section.entries = section.entries.filter(live);
      if (section.entries.length === 0) sections.splice(s, 1);
    }
    let w = 0;
    for (const entry of writes) if (live(entry)) writes[w++] = entry;
    writes.length = w;
    let q = 0;
    for (const node of queue) if (node.isConnected) queue[q++] = node;
    queue.length = q;
  };

  const scheduleSweep = () => {
    if (sweepTimer !== undefined) return;
    const wait = Math.max(0, lastSweep + SWEEP_EVERY_MS - performance.now()) + 1;
    sweepTimer = setTimeout(() => {
      sweepTimer = undefined;
      if (!abort.signal.aborted && needsSweep) void drain();
    }, wait);
  };

  // --- scheduling ----------------------------------------------------------------------------------------------

  /** One unit of work; false when there is none left. */
  const step = (): boolean => {
    if (scanReading) {
      scanReading = false;
      if (reading?.open && laidOut && reading.scanned < reading.entries.length) {
        scanSection(reading, reading.scanned);
        reading.scanned = reading.entries.length;
        return true;
      }
    }
    if (scanAll) {
      scanAll = false;
      for (const section of sections) if (section.lazy || section.open) scanSection(section, 0);
      firstScreenQueued = true;
      return true;
    }
    const entry = writes.shift();
    if (entry) {
      mark(entry);
      return true;
    }
    if (longText) {
      readNextChunk(longText);
      return true;
    }
    if (walker) {
      const node = walker.nextNode();
      if (!node) walker = null;
      else if (reading) readText(node, reading);
      return true;
    }
    if (reading) {
      const section = reading;
      reading = null;
      closeSection(section);
      return true;
    }
    const next = queue.shift();
    if (next) {
      if (next.isConnected && !isInsideRejected(next) && !isDropped(next)) {
        const section = openSection();
        if (next.nodeType === Node.TEXT_NODE) readText(next as Text, section);
        else if (onElement(next as Element)) startWalk(next);
      }
      return true;
    }
    if (needsSweep) {
      if (performance.now() - lastSweep >= SWEEP_EVERY_MS) sweep();
      else scheduleSweep();
    }
    return false;
  };

  /** Between slices: the page gets the thread; what the last slice read that is on screen is marked next. */
  const betweenSlices = async (): Promise<void> => {
    // Looked at when no marks of TD Lens's own are waiting to be laid out (reading rectangles would force that).
    scanReading = !wrote;
    notePhases();
    const waitForFrame = wrote && doc.visibilityState === 'visible' && typeof win?.requestAnimationFrame === 'function';
    wrote = false;
    await (waitForFrame ? yieldForFrame(win!) : defaultYield());
  };

  const notePhases = () => {
    if (guessed > 0 && writes.length === 0) phase('top-marked');
    if (!firstScreenQueued || writes.length > 0 || scanAll) return;
    phase('first-screen');
    if (!walker && !longText && !reading && queue.length === 0) phase('page-read');
  };

  const drain = (): Promise<void> => {
    worker ??= runSliced(step, { yieldToPage: betweenSlices, ...slice, budgetMs, signal: abort.signal, stats: total }).then(() => {
      notePhases();
      worker = null;
      wrote = false;
      if ((queue.length > 0 || writes.length > 0 || scanAll) && !abort.signal.aborted) return drain();
    });
    return worker;
  };

  async function idle(): Promise<void> {
    while (worker || scanWait) await (worker ?? scanWait);
  }

  const listen = (target: EventTarget, type: string, listener: (event: Event) => void) => {
    const options = { capture: true, passive: true };
    target.addEventListener(type, listener, options);
    cleanups.push(() => target.removeEventListener(type, listener, options));
  };

  /**
   * Looks for runs near the screen after the next frame: then the page (and TD Lens's own last marks) are laid
   * out, and reading rectangles forces no layout. Scrolling (the window or any scroller) and resizing ask for it,
   * at most once a frame.
   */
  function requestScan(): void {
    if (scanWait || !laidOut || !geometry) return;
    const wait = win && typeof win.requestAnimationFrame === 'function' ? yieldForFrame(win) : Promise.resolve();
    scanWait = wait.then(() => {
      scanWait = null;
      if (abort.signal.aborted) return;
      scanAll = true;
      return drain();
    });
  }
  const onScroll = () => {
    if (sections.some((s) => s.lazy || s.open)) requestScan();
  };

  return {
    async start() {
      openSection();
      startWalk(root);
      if (observe) {
        observer = observePage(root, onPageChange, isDropped);
        cleanups.push(() => observer?.disconnect());
        if (win) {
          listen(doc, 'scroll', onScroll);
          listen(win, 'resize', onScroll);
          listen(doc, 'keydown', (event) => {
            const key = event as KeyboardEvent;
            if (key.key === 'Tab' && !key.altKey && !key.ctrlKey && !key.metaKey) markAheadOfFocus(key.shiftKey);
          });
        }
      }
      // Rectangles are read once the page has been laid out for a frame: reading them earlier would force the
      // page's own first layout into TD Lens's task.
      const visible = win && typeof win.requestAnimationFrame === 'function' && doc.visibilityState === 'visible';
      const frame = (visible ? yieldForFrame(win) : Promise.resolve()).then(() => {
        laidOut = true;
        scanAll = true;
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
      clearTimeout(sweepTimer);
    scanWait = null;
      queue.length = 0;
      writes.length = 0;
      longText = null;
      walker = null;
      reading = null;
      const runs = new Set<AnnotatedRun>();
      for (const m of root.querySelectorAll(`span[${REF_ATTR}]`)) {
        const run = runOf.get(m);
        if (run) runs.add(run);
      }
      for (const run of runs) restoreRun(run);
      for (const link of root.querySelectorAll(`a[${LINK_ATTR}]`)) clearLink(link);
      sections.length = 0;
    },
    refOf: (el) => refOf.get(el),
    linkOf: (el) => linkOf.get(el),
    linkMeetings: () => [...root.querySelectorAll(`a[${LINK_ATTR}]`)].flatMap((el) => linkOf.get(el)?.meeting ?? []),
    references() {
      const out: PageReference[] = [];
      for (const section of sections) {
        for (const entry of section.entries) {
          if (!entry.node.isConnected || entryOf.get(entry.node) !== entry) continue;
          for (const ref of entry.refs) out.push({ kind: ref.kind, id: ref.id });
        }
      }
      return out;
    },
    stats: () => ({ ...total }),
    counters: () => ({ ...counters, tracked: sections.reduce((n, s) => n + s.entries.length, 0) }),
  };
}
