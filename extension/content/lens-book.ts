/**
 * What a lens knows of its page: the runs it read (a text node, or an annotated ITU link, and the references in it)
 * in sections in document order, and which nodes are its own. The reader adds to it, the marker marks from it, the
 * sweeper drops what the page removed, the popup counts from it. Nodes are keys of weak maps only, and the lists
 * are swept: nothing the page removes is kept alive here.
 */
import type { Reference } from '../../shared/refs/types';
import type { AnnotatedRun } from './annotate';
import type { LinkReference } from './links';

/** One read text node (or annotated ITU link) and what it holds. */
export interface Entry {
  node: Text | Element;
  /** The node's text when it was read (links: empty). */
  text: string;
  refs: Reference[];
  run: AnnotatedRun | null;
  /** Marked, queued to be, or left alone: nothing more to do. */
  settled: boolean;
}

/** Entries in document order: the page, or one batch of content added later. */
export interface Section {
  entries: Entry[];
  /** Still being read (the walk appends to it). */
  open: boolean;
  /** Marked only near the viewport. */
  lazy: boolean;
  /** Entries before this index have been looked at for the screen while the section was read. */
  scanned: number;
}

/** A reference the page holds, as the parser read it. */
export interface PageReference {
  kind: Reference['kind'];
  id: string;
}

export interface Book {
  readonly sections: Section[];
  /** TD Lens's own nodes (marks, their text, the pieces between): never read. */
  readonly own: WeakSet<Node>;
  readonly entryOf: WeakMap<Node, Entry>;
  /** Any node of a run (the page's node, marks, pieces) → the run. */
  readonly runOf: WeakMap<Node, AnnotatedRun>;
  /** Each mark's (or annotated link's) reference, for the card. */
  readonly refOf: WeakMap<Element, Reference>;
  readonly linkOf: WeakMap<Element, LinkReference>;
  /** A new section, appended. */
  openSection(): Section;
  /** Drops a section (read empty, or swept empty). */
  dropSection(section: Section): void;
  add(section: Section, entry: Entry): void;
  /** The entry still stands for its node, and the node is in the page. */
  isLive(entry: Entry): boolean;
  /** Every reference read, marked yet or not, in page order. */
  references(): PageReference[];
  /** Entries the lists hold now. */
  tracked(): number;
}

export function createBook(): Book {
  const sections: Section[] = [];
  const entryOf = new WeakMap<Node, Entry>();
  const isLive = (entry: Entry) => entry.node.isConnected && entryOf.get(entry.node) === entry;
  return {
    sections,
    own: new WeakSet(),
    entryOf,
    runOf: new WeakMap(),
    refOf: new WeakMap(),
    linkOf: new WeakMap(),
    openSection() {
      const section: Section = { entries: [], open: true, lazy: false, scanned: 0 };
      sections.push(section);
      return section;
    },
    dropSection(section) {
      const at = sections.indexOf(section);
      if (at >= 0) sections.splice(at, 1);
    },
    add(section, entry) {
      entryOf.set(entry.node, entry);
      section.entries.push(entry);
    },
    isLive,
    references() {
      const out: PageReference[] = [];
      for (const section of sections) {
        for (const entry of section.entries) {
          if (!isLive(entry)) continue;
          for (const ref of entry.refs) out.push({ kind: ref.kind, id: ref.id });
        }
      }
      return out;
    },
    tracked: () => sections.reduce((n, s) => n + s.entries.length, 0),
  };
}
