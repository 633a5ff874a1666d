/**
 * The lens's reader: walks the page (then each batch of content the page adds) and parses its text into the book,
 * one small step at a time, without writing to the page (a walk that only parses causes no layout). Long text
 * nodes (a mail archive's `<pre>`) are parsed a chunk of lines per step. ITU document links are annotated in place
 * as the walk meets them: the link is the mark.
 */
import type { Reference } from '../../shared/refs/types';
import type { FightTracker } from './fights';
import type { Book, Entry, Section } from './lens-book';
import { annotateLink, type LinkParser } from './links';
import { createTextWalker, isInsideRejected, mayHoldReference, type TextWalker } from './walk';

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

export interface ReaderOptions {
  book: Book;
  find: ReferenceFinder;
  parseLink: LinkParser;
  fights: FightTracker;
  /** Runs TD Lens's own DOM writes (link attributes) unseen by its observer. */
  quietly<T>(write: () => T): T;
  /** A run with references was read (the marker may mark it at once: the top of the page, before its first frame). */
  onRead(entry: Entry): void;
  /** A section was read whole. */
  onSectionRead(section: Section): void;
}

export interface Reader {
  /** Reads the subtree of `root` as the first section. */
  start(root: Node): void;
  /** Content the page added or whose text changed: read in a section of its own, after what is being read. */
  enqueue(node: Node): void;
  /** One unit of reading; false when there is nothing to read. */
  step(): boolean;
  /** The section being read, if any. */
  current(): Section | null;
  /** Something is being read. */
  reading(): boolean;
  /** Content waits to be read. */
  queued(): boolean;
  /** Forgets queued nodes the page removed meanwhile. */
  sweep(): void;
  stop(): void;
}

interface LongText {
  node: Text;
  data: string;
  at: number;
  refs: Reference[];
  section: Section;
}

export function createReader({ book, find, parseLink, fights, quietly, onRead, onSectionRead }: ReaderOptions): Reader {
  let walker: TextWalker | null = null;
  /** The section being read (by a walk, or a long text node). */
  let section: Section | null = null;
  let longText: LongText | null = null;
  const queue: Node[] = [];

  const findSafely = (text: string): Reference[] => {
    try {
      return find(text);
    } catch (error) {
      // One odd text node must not stop the page; the parser's bug is reported once per node.
      console.warn('[TD Lens] could not read a text node:', error);
      return [];
    }
  };

  const readText = (node: Text, into: Section) => {
    if (book.entryOf.has(node) || fights.isLeftAlone(node)) return;
    const data = node.data;
    if (!mayHoldReference(data)) return;
    if (data.length > LONG_TEXT) {
      longText = { node, data, at: 0, refs: [], section: into };
      return;
    }
    const refs = findSafely(data);
    if (refs.length === 0) return;
    const entry: Entry = { node, text: data, refs, run: null, settled: false };
    book.add(into, entry);
    onRead(entry);
  };

  const readNextChunk = (job: LongText) => {
    const end = chunkEnd(job.data, job.at);
    for (const ref of findSafely(job.data.slice(job.at, end))) {
      job.refs.push({ ...ref, start: ref.start + job.at, end: ref.end + job.at });
    }
    job.at = end;
    if (end < job.data.length) return;
    longText = null;
    if (job.refs.length > 0)
      book.add(job.section, { node: job.node, text: job.data, refs: job.refs, run: null, settled: false });
  };

  const onElement = (el: Element): boolean => {
    if (fights.isDropRoot(el)) return false;
    if (el.tagName !== 'A') return true;
    if (book.entryOf.has(el)) return false;
    const found = quietly(() => annotateLink(el as HTMLAnchorElement, parseLink));
    if (!found) return true;
    book.refOf.set(el, found.ref);
    book.linkOf.set(el, found);
    if (section) book.add(section, { node: el, text: '', refs: [found.ref], run: null, settled: true });
    return false; // the link is the mark; its text is not marked again
  };

  const startWalk = (node: Node) => {
    walker = createTextWalker(node, { seen: book.own, onElement });
  };

  const closeSection = (done: Section) => {
    done.open = false;
    if (done.entries.length === 0) book.dropSection(done);
    else onSectionRead(done);
  };

  const readQueued = (next: Node) => {
    if (!next.isConnected || isInsideRejected(next) || fights.isDropped(next)) return;
    section = book.openSection();
    if (next.nodeType === Node.TEXT_NODE) readText(next as Text, section);
    else if (onElement(next as Element)) startWalk(next);
  };

  return {
    start(root) {
      section = book.openSection();
      startWalk(root);
    },
    enqueue: (node) => void queue.push(node),
    step() {
      if (longText) {
        readNextChunk(longText);
        return true;
      }
      if (walker) {
        const node = walker.nextNode();
        if (!node) walker = null;
        else if (section) readText(node, section);
        return true;
      }
      if (section) {
        const done = section;
        section = null;
        closeSection(done);
        return true;
      }
      const next = queue.shift();
      if (!next) return false;
      readQueued(next);
      return true;
    },
    current: () => section,
    reading: () => walker !== null || longText !== null || section !== null,
    queued: () => queue.length > 0,
    sweep() {
      let q = 0;
      for (const node of queue) if (node.isConnected) queue[q++] = node;
      queue.length = q;
    },
    stop() {
      queue.length = 0;
      longText = null;
      walker = null;
      section = null;
    },
  };
}
