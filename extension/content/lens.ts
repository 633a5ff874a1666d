/**
 * The annotation engine of one page: one time-sliced TreeWalker pass over the body, then the content added later.
 * Everything it did can be undone (`stop`), e.g. when the delegate switches the site off.
 */
import type { MeetingContext } from '../../shared/meeting/types';
import type { Reference } from '../../shared/refs/types';
import { annotateTextNode, restoreRun, type AnnotatedRun } from './annotate';
import { annotateLink, clearLink, type LinkParser, type LinkReference } from './links';
import { observePage } from './observe';
import { defaultYield, runSliced, yieldForFrame, type SliceOptions, type SliceStats } from './slice';
import { createTextWalker, isInsideRejected, mayHoldReference } from './walk';

export type ReferenceFinder = (text: string) => Reference[];

/** Text nodes longer than this are parsed in chunks of about CHUNK characters, cut at line ends. */
export const LONG_TEXT = 16_000;
const CHUNK = 8_000;

/** Where the chunk starting at `from` ends: the last line end (else space) before the chunk size, else the size. */
export function chunkEnd(data: string, from: number, size = CHUNK): number {
  const limit = from + size;
  if (limit >= data.length) return data.length;
  const newline = data.lastIndexOf('\n', limit);
  if (newline > from) return newline + 1;
  const space = data.lastIndexOf(' ', limit);
  return space > from ? space + 1 : limit;
}

export interface LensOptions {
  root: Element;
  find: ReferenceFinder;
  parseLink: LinkParser;
  /** Follow content added later (default true). */
  observe?: boolean;
  slice?: Omit<SliceOptions, 'signal'>;
}

export interface Lens {
  /** Resolves when the first pass (and any content queued meanwhile) is done. */
  start(): Promise<SliceStats>;
  /** Resolves when the queue is empty. */
  idle(): Promise<void>;
  /** Aborts any work, stops observing and puts the page back as it was. */
  stop(): void;
  refOf(el: Element): Reference | undefined;
  /** What an annotated ITU link's URL says (reference, meeting, page). */
  linkOf(el: Element): LinkReference | undefined;
  /** The meetings of the ITU links annotated so far. */
  linkMeetings(): MeetingContext[];
  /** Every slice so far (the longest one is the longest task TD Lens caused). */
  stats(): SliceStats;
}

export function createLens({ root, find, parseLink, observe = true, slice = {} }: LensOptions): Lens {
  const seen = new WeakSet<Text>();
  const refOf = new WeakMap<Element, Reference>();
  const linkOf = new WeakMap<Element, LinkReference>();
  const runs: AnnotatedRun[] = [];
  const links: Element[] = [];
  const queue: Node[] = [];
  const abort = new AbortController();
  const total: SliceStats = { slices: 0, units: 0, longestSliceMs: 0, longestStepMs: 0, aborted: false };
  let disconnect: (() => void) | null = null;
  let walker: TreeWalker | null = null;
  let walkRoot: Node | null = null;
  let nextText: Text | null = null;
  let worker: Promise<void> | null = null;

  const onElement = (el: Element): boolean => {
    if (el.tagName !== 'A') return true;
    const found = annotateLink(el as HTMLAnchorElement, parseLink);
    if (!found) return true;
    refOf.set(el, found.ref);
    linkOf.set(el, found);
    links.push(el);
    return false; // the link is the mark; its text is not marked again
  };

  /**
   * Parsing and changing the page are two phases: a walk only parses (no DOM writes, so no layout between its
   * slices), then the marks go in. Every slice that changes the DOM costs a relayout before the next frame, so
   * batching the writes makes a big page several times faster to annotate.
   */
  const pending: { node: Text; data: string; refs: Reference[] }[] = [];
  let applied = 0;

  /** A long text node (a mail archive's `<pre>`) is parsed a chunk of lines per step, never in one long task. */
  let longText: { node: Text; data: string; at: number; refs: Reference[] } | null = null;

  const findSafely = (text: string): Reference[] => {
    try {
      return find(text);
    } catch (error) {
      // One odd text node must not stop the page; the parser's bug is reported once per node.
      console.warn('[TD Lens] could not read a text node:', error);
      return [];
    }
  };

  const parseText = (node: Text) => {
    if (seen.has(node)) return;
    seen.add(node);
    const data = node.data;
    if (!mayHoldReference(data)) return;
    if (data.length > LONG_TEXT) {
      longText = { node, data, at: 0, refs: [] };
      return;
    }
    const refs = findSafely(data);
    if (refs.length > 0) pending.push({ node, data, refs });
  };

  const parseNextChunk = (job: NonNullable<typeof longText>) => {
    const end = chunkEnd(job.data, job.at);
    for (const ref of findSafely(job.data.slice(job.at, end))) {
      job.refs.push({ ...ref, start: ref.start + job.at, end: ref.end + job.at });
    }
    job.at = end;
    if (end < job.data.length) return;
    longText = null;
    if (job.refs.length > 0) pending.push({ node: job.node, data: job.data, refs: job.refs });
  };

  /** Whether the current slice changed the page (then the next yield waits for a rendered frame). */
  let wrote = false;
  const yieldToPage = (): Promise<void> => {
    const doc = root.ownerDocument;
    const waitForFrame = wrote && doc.visibilityState === 'visible' && typeof doc.defaultView?.requestAnimationFrame === 'function';
    wrote = false;
    return waitForFrame ? yieldForFrame(doc.defaultView!) : defaultYield();
  };

  const applyNext = () => {
    wrote = true;
    const { node, data, refs } = pending[applied++];
    // The page may have changed or moved the node since it was parsed: then the parse no longer applies.
    if (!node.isConnected || node.data !== data) return;
    const run = annotateTextNode(node, refs, { seen, refOf });
    if (run) runs.push(run);
  };

  const startWalk = (node: Node) => {
    walkRoot = node;
    walker = createTextWalker(node, { seen, onElement });
    nextText = walker.nextNode() as Text | null;
  };

  /** One unit of work; false when there is none left. */
  const step = (): boolean => {
    if (longText) {
      parseNextChunk(longText);
      return true;
    }
    if (nextText && walker) {
      if (!nextText.isConnected && walkRoot?.isConnected) {
        startWalk(walkRoot); // the page removed the node the walk stood on: walk again, seen nodes are skipped
        return true;
      }
      const node = nextText;
      // Move on before replacing the node: the walker must not stand on a node that leaves the tree.
      nextText = walker.nextNode() as Text | null;
      parseText(node);
      return true;
    }
    walker = null;
    if (applied < pending.length) {
      applyNext();
      return true;
    }
    pending.length = 0;
    applied = 0;
    const next = queue.shift();
    if (!next) return false;
    if (!next.isConnected || isInsideRejected(next)) return true;
    if (next.nodeType === Node.TEXT_NODE) parseText(next as Text);
    else if (next.nodeType === Node.ELEMENT_NODE) {
      if (!onElement(next as Element)) return true;
      startWalk(next);
    }
    return true;
  };

  const drain = (): Promise<void> => {
    worker ??= runSliced(step, { yieldToPage, ...slice, signal: abort.signal }).then((stats) => {
      total.slices += stats.slices;
      total.units += stats.units;
      total.longestSliceMs = Math.max(total.longestSliceMs, stats.longestSliceMs);
      total.longestStepMs = Math.max(total.longestStepMs, stats.longestStepMs);
      total.aborted ||= stats.aborted;
      worker = null;
      if (queue.length > 0 && !abort.signal.aborted) return drain();
    });
    return worker;
  };

  return {
    async start() {
      queue.push(root);
      if (observe) {
        disconnect = observePage(root, seen, ({ added, changedText }) => {
          if (abort.signal.aborted) return;
          for (const text of changedText) seen.delete(text);
          queue.push(...added, ...changedText);
          void drain();
        });
      }
      await drain();
      return { ...total };
    },
    idle: async () => {
      while (worker) await worker;
    },
    stop() {
      abort.abort();
      disconnect?.();
      queue.length = 0;
      pending.length = 0;
      longText = null;
      for (let i = runs.length - 1; i >= 0; i--) restoreRun(runs[i]);
      runs.length = 0;
      for (const link of links) clearLink(link);
      links.length = 0;
    },
    refOf: (el) => refOf.get(el),
    linkOf: (el) => linkOf.get(el),
    linkMeetings: () => links.flatMap((el) => linkOf.get(el)?.meeting ?? []),
    stats: () => ({ ...total }),
  };
}
