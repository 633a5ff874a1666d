/**
 * A Word document in memory: the state behind the in-memory implementation of the Word surface (memory-api.ts),
 * which the preview pane and the tests run the add-in's Word code on. It keeps what Word's object model shows the
 * add-in: body elements (paragraphs made of runs, tables of cells, content controls around elements), list
 * definitions, tracked changes, a selection and the document settings. Its rules imitate Word's; each says which
 * Word behaviour it follows, and where Word's is not documented, says so.
 *
 * - `body.paragraphs` lists every paragraph in document order, those in tables and content controls included
 *   (Word JS API: Body.paragraphs).
 * - Text edits go through ../runs.ts. A `\n` or `\r` in inserted text starts a new paragraph with the properties of
 *   the one it splits, so a list item's new paragraph is a list item (Word JS API: insertText; typing Enter). A
 *   `\v` (Shift+Enter, a manual line break) stays in the paragraph's text, as Word reports it.
 * - List paragraphs name a list (numId) and a level; their numbers are computed as Word numbers them, from the
 *   document's list definitions, in document order (shared/document/docx-numbering.ts). Paragraphs made a list item
 *   without a numId are bullets.
 * - Track Changes (Document.changeTrackingMode, WordApi 1.4): while it is on, replaced and deleted text stays as a
 *   deletion and new text is an insertion (office-js issue 5178 shows `insertText(…, 'Replace')` making both);
 *   deleting a table or a content control keeps its content as a deletion, but content inserted awaiting review
 *   simply goes (as removing one's own tracked insertion does in Word; not documented for the API). Not documented:
 *   whether Word keeps a deleted content control itself; here it goes and its content stays as deleted text.
 * - Positions of the ranges an open batch holds move with edits before them, as Word's ranges do.
 * - A table cell always holds at least one paragraph (Word keeps an end-of-cell mark).
 */
import { ListNumbering, NO_LISTS, type ListDefinitions, type ListMark } from '../../../shared/document/docx-numbering';
import type { SettingsStore } from '../word-surface';
import {
  deleteRunsTracked,
  formatRuns,
  replaceInRunsAt,
  runsText,
  splitRunLines,
  type Run,
  type RunFormat,
} from '../runs';

export interface MemoryContainer {
  blocks: MemoryBlock[];
}

export interface MemoryParagraph {
  kind: 'paragraph';
  runs: Run[];
  /** Style name as shown (`Heading 1`, `Überschrift 1`, `Normal`). */
  style: string;
  /** Word's language-independent name of a built-in style (`Heading1`); derived from `style` when absent. */
  styleBuiltIn?: string;
  /** 0-based list level; undefined outside lists. */
  listLevel?: number;
  /** The list (numbering.xml's numId) a list paragraph belongs to; a bullet list when absent. */
  numId?: string;
  /** The paragraph itself was inserted while Track Changes was on (its paragraph mark is an insertion). */
  inserted?: true;
}

export interface MemoryCell extends MemoryContainer {
  /** Grid columns the cell spans after merges. */
  columnSpan: number;
}

export interface MemoryTable {
  kind: 'table';
  rows: { cells: MemoryCell[] }[];
  headerRowCount: number;
}

/** A rich-text content control around body elements (or around one paragraph of a cell). */
export interface MemoryControl extends MemoryContainer {
  kind: 'control';
  tag: string;
  title: string;
  color: string;
}

export type MemoryBlock = MemoryParagraph | MemoryTable | MemoryControl;

export interface Position {
  paragraph: MemoryParagraph;
  offset: number;
}

export interface RangeTarget {
  start: Position;
  end: Position;
}

export interface CellPlace {
  table: MemoryTable;
  rowIndex: number;
  cellIndex: number;
  cell: MemoryCell;
}

interface Place {
  parent: MemoryContainer;
  /** The innermost table cell holding the block, and how many tables deep it sits. */
  cell: CellPlace | null;
  nesting: number;
}

/** What changed in a batch or an edit, for listeners (the preview renders, the host re-checks). */
export interface MemoryChange {
  content: boolean;
  selection: boolean;
}

export const paragraphText = (p: MemoryParagraph): string => runsText(p.runs);

export function memoryParagraph(
  text: string,
  options: { style?: string; styleBuiltIn?: string; listLevel?: number; numId?: string; runs?: Run[] } = {},
): MemoryParagraph {
  const paragraph: MemoryParagraph = {
    kind: 'paragraph',
    runs: options.runs ?? [{ text }],
    style: options.style ?? 'Normal',
  };
  if (options.styleBuiltIn !== undefined) paragraph.styleBuiltIn = options.styleBuiltIn;
  if (options.listLevel !== undefined) paragraph.listLevel = options.listLevel;
  if (options.numId !== undefined) paragraph.numId = options.numId;
  return paragraph;
}

/** The list of paragraphs that are list items without a numId: bullets by level, as Word's default bullet list. */
export const BULLET_LIST = 'td-lens-bullets';
const BULLET_LEVELS = new Map(
  Array.from({ length: 9 }, (_, level) => [level, { format: 'bullet', text: ['•', '◦', '▪'][level % 3], start: 1 }]),
);

function withBullets(lists: ListDefinitions): ListDefinitions {
  return {
    abstracts: new Map([...lists.abstracts, [BULLET_LIST, BULLET_LEVELS]]),
    instances: new Map([...lists.instances, [BULLET_LIST, { abstractId: BULLET_LIST }]]),
  };
}

export type ChangeTrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';

export interface MemoryWordOptions {
  settings?: SettingsStore;
  /** The document's list definitions (numbering.xml), for numbered paragraphs. */
  lists?: ListDefinitions;
  /**
   * Where this Word runs. Word on the web refuses a content control on a paragraph inside a table cell (office-js
   * issues 3367, 3704: GeneralException), `ContentControl.insertParagraph` (office-js-docs issue 1284, office-js
   * issue 53: NotAllowed) and clearing a content control that holds a table (office-js issues 3183, 6330); desktop
   * Word allows all three.
   */
  platform?: 'desktop' | 'web';
  changeTrackingMode?: ChangeTrackingMode;
}

/** A table from cell texts; a `\n` in a cell text makes several paragraphs. */
export function memoryTable(rows: string[][]): MemoryTable {
  return {
    kind: 'table',
    headerRowCount: 0,
    rows: rows.map((cells) => ({
      cells: cells.map((cell) => ({ columnSpan: 1, blocks: cell.split('\n').map((line) => memoryParagraph(line)) })),
    })),
  };
}

/** Word's built-in style id: `Heading 2` → `Heading2`, `Normal`, else `Other` (a custom style). */
export function styleBuiltInOf(p: MemoryParagraph): string {
  if (p.styleBuiltIn) return p.styleBuiltIn;
  const heading = /^Heading ([1-9])$/.exec(p.style);
  return heading ? `Heading${heading[1]}` : p.style === 'Normal' ? 'Normal' : 'Other';
}

/** Settings kept with the document, in a key-value store (a Map in tests, localStorage in the preview). */
export class MemorySettings implements SettingsStore {
  saves = 0;
  constructor(private readonly store: Pick<Storage, 'getItem' | 'setItem'> = mapStorage()) {}
  get(name: string): unknown {
    const raw = this.store.getItem(name);
    if (raw === null) return null;
    try {
      return JSON.parse(raw);
    } catch {
      return null;
    }
  }
  set(name: string, value: unknown): void {
    // Office keeps settings as JSON: what is saved is a copy.
    this.store.setItem(name, JSON.stringify(value ?? null));
  }
  saveAsync(callback?: (result: { status: 'succeeded' }) => void): void {
    this.saves++;
    callback?.({ status: 'succeeded' });
  }
}

function mapStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

export class MemoryWordDocument {
  readonly root: MemoryContainer;
  readonly settings: SettingsStore;
  readonly lists: ListDefinitions;
  readonly platform: 'desktop' | 'web';
  changeTrackingMode: ChangeTrackingMode;
  syncCount = 0;
  selection: RangeTarget | undefined;
  /** Bumped by every change of text or structure. */
  version = 0;
  private structure = 0;
  private places: { structure: number; map: Map<MemoryBlock, Place>; paragraphs: MemoryParagraph[] } | undefined;
  private marks: { structure: number; marks: Map<MemoryParagraph, ListMark> } | undefined;
  private readonly listeners = new Set<(change: MemoryChange) => void>();
  /** Positions held by the ranges of open batches: edits move them. */
  readonly livePositions = new Set<Set<Position>>();
  /**
   * A failure to imitate: sync number `sync` (counted by `syncCount`) runs `after` of its queued operations, then
   * fails with `message`, as Word does when an operation of a batch fails (those before it stay applied).
   */
  failure: { sync: number; after: number; message: string } | undefined;

  constructor(blocks: MemoryBlock[], options: MemoryWordOptions = {}) {
    this.root = { blocks };
    this.settings = options.settings ?? new MemorySettings();
    this.lists = withBullets(options.lists ?? NO_LISTS);
    this.platform = options.platform ?? 'desktop';
    this.changeTrackingMode = options.changeTrackingMode ?? 'Off';
  }

  get tracking(): boolean {
    return this.changeTrackingMode !== 'Off';
  }

  /** Each list paragraph's number or bullet, counted in document order as Word does (ListItem.listString). */
  listMarks(): ReadonlyMap<MemoryParagraph, ListMark> {
    if (this.marks?.structure === this.structure) return this.marks.marks;
    const numbering = new ListNumbering(this.lists);
    const marks = new Map<MemoryParagraph, ListMark>();
    for (const p of this.allParagraphs()) {
      if (p.listLevel === undefined) continue;
      const mark = numbering.next(p.numId ?? BULLET_LIST, p.listLevel);
      if (mark) marks.set(p, mark);
    }
    this.marks = { structure: this.structure, marks };
    return marks;
  }

  get body(): MemoryBlock[] {
    return this.root.blocks;
  }

  /** Calls `listener` after each batch or edit that changed the document or the selection. */
  subscribe(listener: (change: MemoryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(change: MemoryChange): void {
    if (change.content || change.selection) for (const listener of [...this.listeners]) listener(change);
  }

  private index(): NonNullable<MemoryWordDocument['places']> {
    if (this.places?.structure === this.structure) return this.places;
    const map = new Map<MemoryBlock, Place>();
    const paragraphs: MemoryParagraph[] = [];
    const walk = (container: MemoryContainer, cell: CellPlace | null, nesting: number) => {
      for (const block of container.blocks) {
        map.set(block, { parent: container, cell, nesting });
        if (block.kind === 'paragraph') paragraphs.push(block);
        else if (block.kind === 'control') walk(block, cell, nesting);
        else {
          block.rows.forEach((row, rowIndex) =>
            row.cells.forEach((inner, cellIndex) =>
              walk(inner, { table: block, rowIndex, cellIndex, cell: inner }, nesting + 1),
            ),
          );
        }
      }
    };
    walk(this.root, null, 0);
    this.places = { structure: this.structure, map, paragraphs };
    return this.places;
  }

  private placeOf(block: MemoryBlock): Place {
    const place = this.index().map.get(block);
    if (!place) throw new Error('ItemNotFound: the object is no longer in the document');
    return place;
  }

  /** Every paragraph in document order (Word's `body.paragraphs`). */
  allParagraphs(): MemoryParagraph[] {
    return this.index().paragraphs;
  }

  /** The paragraphs of a container (a cell, a control), nested ones included, in order. */
  paragraphsIn(container: MemoryContainer): MemoryParagraph[] {
    const out: MemoryParagraph[] = [];
    const walk = (blocks: MemoryBlock[]) => {
      for (const block of blocks) {
        if (block.kind === 'paragraph') out.push(block);
        else if (block.kind === 'control') walk(block.blocks);
        else for (const row of block.rows) for (const cell of row.cells) walk(cell.blocks);
      }
    };
    walk(container.blocks);
    return out;
  }

  /** Content controls in a container, nested ones included, in document order. */
  controlsIn(container: MemoryContainer): MemoryControl[] {
    const out: MemoryControl[] = [];
    const walk = (blocks: MemoryBlock[]) => {
      for (const block of blocks) {
        if (block.kind === 'control') {
          out.push(block);
          walk(block.blocks);
        } else if (block.kind === 'table') {
          for (const row of block.rows) for (const cell of row.cells) walk(cell.blocks);
        }
      }
    };
    walk(container.blocks);
    return out;
  }

  controlsTagged(tag: string): MemoryControl[] {
    return this.controlsIn(this.root).filter((control) => control.tag === tag);
  }

  /** Top-level tables and those in controls, in order. */
  tables(): MemoryTable[] {
    return this.tablesIn(this.root);
  }

  /** The tables of a container and of the controls in it, in order (not those nested in cells). */
  tablesIn(container: MemoryContainer): MemoryTable[] {
    const out: MemoryTable[] = [];
    const walk = (blocks: MemoryBlock[]) => {
      for (const block of blocks) {
        if (block.kind === 'table') out.push(block);
        else if (block.kind === 'control') walk(block.blocks);
      }
    };
    walk(container.blocks);
    return out;
  }

  cellOf(block: MemoryBlock): CellPlace | null {
    return this.placeOf(block).cell;
  }

  nestingOf(block: MemoryBlock): number {
    return this.placeOf(block).nesting;
  }

  /** Position of `a` before `b` in document order. */
  before(a: Position, b: Position): boolean {
    if (a.paragraph === b.paragraph) return a.offset < b.offset;
    const order = this.allParagraphs();
    return order.indexOf(a.paragraph) < order.indexOf(b.paragraph);
  }

  /** The paragraphs a range touches, in order. */
  paragraphsOf(target: RangeTarget): MemoryParagraph[] {
    if (target.start.paragraph === target.end.paragraph) return [target.start.paragraph];
    const order = this.allParagraphs();
    return order.slice(order.indexOf(target.start.paragraph), order.indexOf(target.end.paragraph) + 1);
  }

  /** Text of a range; paragraphs are separated by `\r`, Word's paragraph mark. */
  rangeText(target: RangeTarget): string {
    const paragraphs = this.paragraphsOf(target);
    return paragraphs
      .map((p, i) =>
        paragraphText(p).slice(
          i === 0 ? target.start.offset : 0,
          i === paragraphs.length - 1 ? target.end.offset : undefined,
        ),
      )
      .join('\r');
  }

  // Structure.

  private changedStructure(): void {
    this.structure++;
    this.version++;
  }

  /** Every paragraph of `block` (itself, or those it holds), for marking revisions. */
  private paragraphsOfBlock(block: MemoryBlock): MemoryParagraph[] {
    return block.kind === 'paragraph'
      ? [block]
      : this.paragraphsIn(block.kind === 'control' ? block : { blocks: [block] });
  }

  /** New content is an insertion while tracking. */
  private inserted(block: MemoryBlock): MemoryBlock {
    if (!this.tracking) return block;
    for (const p of this.paragraphsOfBlock(block)) {
      p.inserted = true;
      p.runs = p.runs.map((run) => (run.text ? { ...run, revision: 'inserted' as const } : run));
    }
    return block;
  }

  /**
   * Deletes blocks while tracking: content inserted awaiting review (every paragraph of the block inserted, text
   * and mark) simply goes; the rest stays, its text a deletion. Returns the blocks that stay.
   */
  private deleteTracked(blocks: MemoryBlock[]): MemoryBlock[] {
    return blocks.filter((block) => {
      const paragraphs = this.paragraphsOfBlock(block);
      if (paragraphs.every((p) => p.inserted && p.runs.every((run) => !run.text || run.revision === 'inserted')))
        return false;
      for (const p of paragraphs) p.runs = deleteRunsTracked(p.runs);
      return true;
    });
  }

  insertNear(anchor: MemoryBlock, block: MemoryBlock, location: 'Before' | 'After'): void {
    const { parent } = this.placeOf(anchor);
    parent.blocks.splice(parent.blocks.indexOf(anchor) + (location === 'After' ? 1 : 0), 0, this.inserted(block));
    this.changedStructure();
  }

  insertInto(container: MemoryContainer, block: MemoryBlock, location: 'Start' | 'End'): void {
    if (location === 'Start') container.blocks.unshift(this.inserted(block));
    else container.blocks.push(this.inserted(block));
    this.changedStructure();
  }

  /** Deletes a block; while tracking, its text stays as a deletion and the block stays, unless it was itself inserted (Word JS API: Table.delete). */
  remove(block: MemoryBlock): void {
    if (this.tracking && this.deleteTracked([block]).length > 0) {
      this.version++;
      return;
    }
    const { parent } = this.placeOf(block);
    parent.blocks.splice(parent.blocks.indexOf(block), 1);
    // Word keeps an end-of-cell mark: a cell is never without a paragraph.
    if (parent !== this.root && !('kind' in parent) && parent.blocks.length === 0)
      parent.blocks.push(memoryParagraph(''));
    this.changedStructure();
  }

  /** Puts `block` inside a new control where it stands (Word JS API: Paragraph.insertContentControl wraps it). */
  wrap(block: MemoryBlock, control: MemoryControl): void {
    const { parent } = this.placeOf(block);
    parent.blocks.splice(parent.blocks.indexOf(block), 1, control);
    control.blocks = [block];
    this.changedStructure();
  }

  /** Removes a control, keeping what it holds in its place or not (Word JS API: ContentControl.delete). */
  unwrap(control: MemoryControl, keepContent: boolean): void {
    const { parent } = this.placeOf(control);
    const kept = keepContent ? control.blocks : this.tracking ? this.deleteTracked(control.blocks) : [];
    parent.blocks.splice(parent.blocks.indexOf(control), 1, ...kept);
    if (parent !== this.root && !('kind' in parent) && parent.blocks.length === 0)
      parent.blocks.push(memoryParagraph(''));
    this.changedStructure();
  }

  /** Empties a control, leaving one empty paragraph (Word JS API: ContentControl.clear); tracked, what was not inserted stays as a deletion. */
  clear(control: MemoryControl): void {
    const kept = this.tracking ? this.deleteTracked(control.blocks) : [];
    control.blocks = kept.length > 0 ? kept : [memoryParagraph('')];
    this.changedStructure();
  }

  /** Merges cells of one row; the merged cell keeps the text of every cell (Word JS API: Table.mergeCells). */
  mergeCells(table: MemoryTable, row: number, firstCell: number, lastCell: number): void {
    const cells = table.rows[row]?.cells;
    if (!cells?.[firstCell] || !cells[lastCell] || lastCell < firstCell)
      throw new Error(`ItemNotFound: no cells ${firstCell}..${lastCell} in row ${row}`);
    const merged = cells.splice(firstCell + 1, lastCell - firstCell);
    const target = cells[firstCell];
    for (const cell of merged) {
      target.columnSpan += cell.columnSpan;
      const kept = cell.blocks.filter((block) => block.kind !== 'paragraph' || paragraphText(block) !== '');
      target.blocks.push(...kept);
    }
    this.changedStructure();
  }

  // Text.

  /**
   * Replaces `[start, end)` of one paragraph (tracked while Track Changes is on); returns where the new text starts
   * and ends (it may have split the paragraph).
   */
  replaceText(
    paragraph: MemoryParagraph,
    start: number,
    end: number,
    text: string,
  ): { start: Position; end: Position } {
    const before = paragraphText(paragraph).length;
    const { runs, insertedAt } = replaceInRunsAt(paragraph.runs, start, end, text, this.tracking);
    paragraph.runs = runs;
    this.movePositions(paragraph, start, end, paragraphText(paragraph).length - before + (end - start));
    this.version++;
    const at = { paragraph, offset: insertedAt };
    const lines = text.split(/\r\n|\r|\n/);
    if (lines.length === 1) return { start: at, end: { paragraph, offset: insertedAt + text.length } };
    const parts = this.splitLines(paragraph);
    const last = parts[parts.length - 1];
    return { start: at, end: { paragraph: last, offset: lines[lines.length - 1].length } };
  }

  /** Sets run formatting on a range, across paragraphs. */
  format(target: RangeTarget, format: RunFormat): void {
    const paragraphs = this.paragraphsOf(target);
    paragraphs.forEach((p, i) => {
      const from = i === 0 ? target.start.offset : 0;
      const to = i === paragraphs.length - 1 ? target.end.offset : paragraphText(p).length;
      p.runs = formatRuns(p.runs, from, to, format);
    });
    this.version++;
  }

  /** A paragraph whose text holds line breaks becomes one paragraph per line, with its properties. */
  private splitLines(paragraph: MemoryParagraph): MemoryParagraph[] {
    const text = paragraphText(paragraph);
    const lines = splitRunLines(paragraph.runs);
    if (lines.length === 1) return [paragraph];
    const parts = lines.map((runs, i): MemoryParagraph =>
      i === 0 ? paragraph : { ...paragraph, runs, ...(this.tracking ? { inserted: true as const } : {}) },
    );
    // Offsets of each line in the unsplit text, to move positions to the paragraph that now holds them.
    const starts: number[] = [0];
    for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push((match.index ?? 0) + match[0].length);
    for (const set of this.livePositions) {
      for (const position of set) {
        if (position.paragraph !== paragraph) continue;
        let line = 0;
        while (line + 1 < starts.length && position.offset >= starts[line + 1]) line++;
        position.paragraph = parts[line];
        position.offset = Math.max(0, Math.min(position.offset - starts[line], paragraphText(parts[line]).length));
      }
    }
    paragraph.runs = lines[0];
    const { parent } = this.placeOf(paragraph);
    parent.blocks.splice(parent.blocks.indexOf(paragraph) + 1, 0, ...parts.slice(1));
    this.changedStructure();
    return parts;
  }

  /** Positions after an edit move by its change in length; those inside it move to its end. */
  private movePositions(paragraph: MemoryParagraph, start: number, end: number, inserted: number): void {
    for (const set of this.livePositions) {
      for (const position of set) {
        if (position.paragraph !== paragraph) continue;
        if (position.offset > end || (position.offset === end && end > start))
          position.offset += inserted - (end - start);
        else if (position.offset > start) position.offset = start + inserted;
      }
    }
  }
}
