/**
 * The Word surface (../word-surface.ts) over a document in memory (memory-document.ts): what the preview pane and
 * the tests run the add-in's Word code on. It keeps the rules of Office.js that the code must respect:
 *
 * - Proxies and queued work: calls and property writes are queued and run at `context.sync()`, in order, which
 *   `MemoryWordDocument.syncCount` counts (Office JS API: "Word.run", "context.sync"). `Word.run` syncs what a batch
 *   leaves queued.
 * - Loading: a property can be read only after `load()` and a sync; otherwise reading it throws, as Office's
 *   `PropertyNotLoaded` does. Collections load their items with `load('items/text')`, `load('text')` or
 *   `load('items')` (Office JS API: "load"; the paragraphs collection loads its items' properties).
 * - `...OrNullObject` getters give an object whose `isNullObject` is true when there is none; loading any property
 *   makes `isNullObject` readable (Office JS API: "*OrNullObject methods and properties").
 * - `search` takes at most 255 characters (Word fails the batch with `SearchStringInvalidOrTooLong`), understands
 *   the special characters `^^`, `^t` and `^l`, finds non-overlapping matches left to right within one paragraph,
 *   and ignores case unless `matchCase` (Word JS API: Range.search, "Use search options").
 * - `insertText(text, 'Replace')` keeps the character formatting of the replaced text; a `\n` starts a paragraph
 *   (Word JS API: Range.insertText; ../runs.ts).
 * - Content controls carry `tag`, `title` and `color`; `getByTag` finds them in document order, nested ones too
 *   (Word JS API: ContentControlCollection.getByTag).
 * - A batch is not a transaction: queued work runs in order at `sync()`, and when one operation fails, those before
 *   it stay applied and those after it are dropped (Office JS API: OfficeExtension.Error, whose `traceMessages`
 *   list what ran before the error, https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error).
 * - `ListItem.listString` is the item's number or bullet as Word shows it, `level` its level, and `List.levelTypes`
 *   says per level whether it is a bullet or a number (WordApi 1.3,
 *   https://learn.microsoft.com/en-us/javascript/api/word/word.listitem).
 * - Tracked changes (WordApi 1.4): `paragraph.text` and `range.text` include deleted text awaiting review (office-js
 *   issue 1267, reported for Word on the web; taken to hold everywhere), `getReviewedText('Current')` gives the text
 *   with every change accepted and `'Original'` with every change rejected
 *   (https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-getreviewedtext-member(1)),
 *   and `document.changeTrackingMode` is `Off`, `TrackAll` or `TrackMineOnly`
 *   (https://learn.microsoft.com/en-us/javascript/api/word/word.document#word-word-document-changetrackingmode-member).
 *   Not documented: whether `search` finds deleted text; here it searches Word's text, deleted text included.
 * - `Range.getHyperlinkRanges()` gives each hyperlink in the range as a range (WordApi 1.3,
 *   https://learn.microsoft.com/en-us/javascript/api/word/word.range#word-word-range-gethyperlinkranges-member(1)).
 * - Word on the web refuses a content control on a paragraph inside a table cell (GeneralException; office-js
 *   issues 3367 and 3704, https://github.com/OfficeDev/office-js/issues/3367) and `ContentControl.insertParagraph`
 *   (NotAllowed; https://github.com/OfficeDev/office-js-docs/issues/1284, office-js issue 53), and clearing a
 *   content control that holds a table fails there (https://github.com/OfficeDev/office-js/issues/3183; office-js
 *   issue 6330 reports the clear going through and every insertion into the control failing after it; the issues
 *   give no error code: GeneralException here): so does the in-memory Word made with `platform: 'web'`.
 */
import { reviewedText, type RunFormat } from '../runs';
import {
  SEARCH_LIMIT,
  type WBody,
  type WContentControl,
  type WContentControlCollection,
  type WDocument,
  type ReviewedVersion,
  type WClientResult,
  type WFont,
  type WList,
  type WListItem,
  type WordRun,
  type WParagraph,
  type WParagraphCollection,
  type WRange,
  type WRangeCollection,
  type WRequestContext,
  type WSearchOptions,
  type WTable,
  type WTableCell,
  type WTableCollection,
} from '../word-surface';
import {
  BULLET_LIST,
  memoryParagraph,
  paragraphText,
  styleBuiltInOf,
  type CellPlace,
  type MemoryContainer,
  type MemoryControl,
  type MemoryParagraph,
  type MemoryTable,
  type MemoryWordDocument,
  type Position,
  type RangeTarget,
} from './memory-document';

export class PropertyNotLoadedError extends Error {
  constructor(objectName: string, property: string) {
    super(`PropertyNotLoaded: ${objectName}.${property} was read before load('${property}') and context.sync()`);
    this.name = 'PropertyNotLoadedError';
  }
}

/** `Word.run` on a document in memory. */
export function memoryWordRun(doc: MemoryWordDocument): WordRun {
  return async <T>(batch: (context: WRequestContext) => Promise<T>): Promise<T> => {
    const context = new MemoryContext(doc);
    doc.livePositions.add(context.positions);
    try {
      const result = await batch(context);
      if (context.queue.length > 0) await context.sync();
      return result;
    } finally {
      doc.livePositions.delete(context.positions);
    }
  };
}

class MemoryContext implements WRequestContext {
  queue: (() => void)[] = [];
  /** Positions of this batch's ranges: edits move them (memory-document.ts). */
  readonly positions = new Set<Position>();
  readonly document: WDocument;

  constructor(readonly doc: MemoryWordDocument) {
    this.document = new DocumentProxy(this, () => doc);
  }

  readonly sync = async (): Promise<void> => {
    this.doc.syncCount++;
    const version = this.doc.version;
    const selection = this.doc.selection;
    const actions = this.queue;
    this.queue = [];
    const failure = this.doc.failure?.sync === this.doc.syncCount ? this.doc.failure : undefined;
    try {
      actions.forEach((action, i) => {
        if (failure && i === failure.after) throw new Error(failure.message);
        action();
      });
    } finally {
      this.doc.notify({ content: this.doc.version !== version, selection: this.doc.selection !== selection });
    }
  };

  /** A range target whose positions follow edits for the rest of the batch. */
  track(target: RangeTarget): RangeTarget {
    const live = { start: { ...target.start }, end: { ...target.end } };
    this.positions.add(live.start);
    this.positions.add(live.end);
    return live;
  }
}

function parseNames(propertyNames?: string | string[]): string[] {
  const list = typeof propertyNames === 'string' ? propertyNames.split(',') : (propertyNames ?? []);
  return list.map((name) => name.trim()).filter(Boolean);
}

/** A proxy: resolves its target when its queued work runs, keeps the values loaded at a sync, throws on others. */
abstract class MemoryProxy<T> {
  private readonly values = new Map<string, unknown>();
  private target: { value: T } | undefined;
  protected abstract readonly objectName: string;
  /** What `load()` without names loads. */
  protected abstract readonly scalars: readonly string[];

  constructor(
    protected readonly context: MemoryContext,
    private readonly resolver: () => T,
  ) {}

  protected get doc(): MemoryWordDocument {
    return this.context.doc;
  }

  /** The object this proxy stands for; only called from queued work (at a sync). */
  resolve(): T {
    this.target ??= { value: this.resolver() };
    return this.target.value;
  }

  protected abstract read(property: string, target: T): unknown;

  protected queue(action: () => void): void {
    this.context.queue.push(action);
  }

  load(propertyNames?: string | string[]): this {
    const names = parseNames(propertyNames);
    if (names.length > 0 && this.scalars.includes('isNullObject')) names.push('isNullObject');
    this.queue(() => this.fill(names.length > 0 ? names : this.scalars));
    return this;
  }

  /** Reads `names` from the target now (collections load their items this way during a sync). */
  fill(names: readonly string[]): void {
    const target = this.resolve();
    for (const name of names) this.values.set(name, this.read(name, target));
  }

  protected get<V>(property: string): V {
    if (!this.values.has(property)) throw new PropertyNotLoadedError(this.objectName, property);
    return this.values.get(property) as V;
  }
}

/** A collection proxy: `load('items')`, `load('text')` and `load('items/text')` all load the items. */
abstract class CollectionProxy<T, Item extends { fill(names: readonly string[]): void }> extends MemoryProxy<T[]> {
  protected override readonly scalars = ['items'];
  private loadedItems: Item[] | undefined;
  protected abstract item(target: T): Item;
  protected abstract readonly itemScalars: readonly string[];

  override load(propertyNames?: string | string[]): this {
    const names = parseNames(propertyNames)
      .map((name) => name.replace(/^items\/?/, ''))
      .filter(Boolean);
    this.queue(() => {
      const items = this.resolve().map((target) => {
        const item = this.item(target);
        item.fill(names.length > 0 ? names : this.itemScalars);
        return item;
      });
      this.loadedItems = items;
    });
    return this;
  }

  protected override read(): unknown {
    return undefined;
  }

  get items(): Item[] {
    if (!this.loadedItems) throw new PropertyNotLoadedError(this.objectName, 'items');
    return this.loadedItems;
  }
}

/** Word's search codes: `^^` caret, `^t` tab, `^l` manual line break. */
function unescapeSearch(text: string): string {
  return text.replace(/\^(.?)/g, (_, c: string) => {
    if (c === '^') return '^';
    if (c === 't') return '\t';
    if (c === 'l') return '\u000b';
    throw new Error(`in-memory Word: the search code ^${c} is not supported`);
  });
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

function searchTargets(
  doc: MemoryWordDocument,
  within: RangeTarget,
  rawText: string,
  options: WSearchOptions,
): RangeTarget[] {
  if (rawText.length > SEARCH_LIMIT)
    throw new Error('SearchStringInvalidOrTooLong: the search string is longer than 255 characters');
  const needle = unescapeSearch(rawText);
  if (needle.length === 0) return [];
  const paragraphs = doc.paragraphsOf(within);
  const found: RangeTarget[] = [];
  paragraphs.forEach((paragraph, i) => {
    const text = paragraphText(paragraph);
    const lo = i === 0 ? within.start.offset : 0;
    const hi = i === paragraphs.length - 1 ? within.end.offset : text.length;
    const hay = options.matchCase ? text : text.toLowerCase();
    const pin = options.matchCase ? needle : needle.toLowerCase();
    for (let at = hay.indexOf(pin, lo); at >= 0 && at + pin.length <= hi; at = hay.indexOf(pin, at + pin.length)) {
      if (options.matchWholeWord && (isWordChar(hay[at - 1]) || isWordChar(hay[at + pin.length]))) continue;
      found.push({ start: { paragraph, offset: at }, end: { paragraph, offset: at + pin.length } });
    }
  });
  return found;
}

/** `font` of a range: writes only (the add-in never reads fonts). */
class FontProxy implements WFont {
  constructor(private readonly range: RangeProxy) {}
  get bold(): boolean {
    throw new PropertyNotLoadedError('Font', 'bold');
  }
  set bold(value: boolean) {
    this.range.queueFormat({ bold: value || undefined });
  }
  get highlightColor(): string | null {
    throw new PropertyNotLoadedError('Font', 'highlightColor');
  }
  set highlightColor(value: string | null) {
    this.range.queueFormat({ highlightColor: value ?? undefined });
  }
}

class RangeProxy extends MemoryProxy<RangeTarget> implements WRange {
  protected override readonly objectName = 'Range';
  protected override readonly scalars = ['text', 'isEmpty', 'hyperlink'];

  constructor(context: MemoryContext, resolver: () => RangeTarget) {
    super(context, () => context.track(resolver()));
  }

  protected override read(property: string, target: RangeTarget): unknown {
    switch (property) {
      case 'text':
        return this.doc.rangeText(target);
      case 'isEmpty':
        return target.start.paragraph === target.end.paragraph && target.start.offset === target.end.offset;
      case 'hyperlink':
        // "Gets the first hyperlink in the range" (Word JS API: Range.hyperlink): of a character in it, or of the
        // character at a collapsed range.
        return firstLink(this.doc, target);
      default:
        throw new Error(`in-memory Word: Range has no property ${property}`);
    }
  }

  get text(): string {
    return this.get('text');
  }
  get isEmpty(): boolean {
    return this.get('isEmpty');
  }
  get hyperlink(): string {
    return this.get('hyperlink');
  }
  set hyperlink(url: string) {
    // An empty address removes the link (Word JS API: Range.hyperlink).
    this.queueFormat({ hyperlink: url || undefined });
  }
  get font(): WFont {
    return new FontProxy(this);
  }

  queueFormat(format: RunFormat): void {
    this.queue(() => this.doc.format(this.resolve(), format));
  }

  readonly select = (): void => {
    this.queue(() => {
      const { start, end } = this.resolve();
      this.doc.selection = { start: { ...start }, end: { ...end } };
    });
  };

  readonly insertText = (text: string, location: 'Replace' | 'Start' | 'End' | 'Before' | 'After'): WRange => {
    let inserted: RangeTarget | undefined;
    this.queue(() => {
      const { start, end } = this.resolve();
      if (location === 'Replace' && start.paragraph !== end.paragraph)
        throw new Error('in-memory Word: Replace across paragraphs is not supported');
      const from = location === 'Replace' || location === 'Start' || location === 'Before' ? start : end;
      const to = location === 'Replace' ? end : from;
      inserted = this.doc.replaceText(from.paragraph, from.offset, to.offset, text);
    });
    return new RangeProxy(this.context, () => {
      if (!inserted) throw new Error('in-memory Word: range used before its insertText ran');
      return inserted;
    });
  };

  expandTo(range: WRange): WRange {
    if (!(range instanceof RangeProxy)) throw new Error('in-memory Word: expandTo takes a range of the same document');
    return new RangeProxy(this.context, () => {
      const a = this.resolve();
      const b = range.resolve();
      return {
        start: this.doc.before(b.start, a.start) ? b.start : a.start,
        end: this.doc.before(a.end, b.end) ? b.end : a.end,
      };
    });
  }

  readonly getRange = (location: 'Whole' | 'Start' | 'End' | 'After' | 'Content' = 'Whole'): WRange =>
    new RangeProxy(this.context, () => {
      const { start, end } = this.resolve();
      if (location === 'Start') return { start, end: start };
      if (location === 'End' || location === 'After') return { start: end, end };
      return { start, end };
    });

  readonly search = (text: string, options: WSearchOptions = {}): WRangeCollection => {
    const results = new RangeCollectionProxy(this.context, () =>
      searchTargets(this.doc, this.resolve(), text, options),
    );
    // The search runs at the next sync whether or not its results are loaded; a bad search fails that sync.
    this.queue(() => results.resolve());
    return results;
  };

  readonly getHyperlinkRanges = (): WRangeCollection =>
    new RangeCollectionProxy(this.context, () => hyperlinkTargets(this.doc, this.resolve()));
}

/** The address of the first hyperlink in a range (of the character at a collapsed range). */
function firstLink(doc: MemoryWordDocument, target: RangeTarget): string {
  const collapsed = target.start.paragraph === target.end.paragraph && target.start.offset === target.end.offset;
  const within = collapsed ? { start: target.start, end: { ...target.end, offset: target.end.offset + 1 } } : target;
  for (const paragraph of doc.paragraphsOf(within)) {
    let at = 0;
    for (const run of paragraph.runs) {
      const start = at;
      at += run.text.length;
      const inRange =
        (paragraph !== within.start.paragraph || at > within.start.offset) &&
        (paragraph !== within.end.paragraph || start < within.end.offset);
      if (inRange && run.hyperlink) return run.hyperlink;
    }
  }
  return '';
}

/** The hyperlinks of a range: runs of one link address, joined, each clipped to the range. */
function hyperlinkTargets(doc: MemoryWordDocument, within: RangeTarget): RangeTarget[] {
  const found: RangeTarget[] = [];
  const paragraphs = doc.paragraphsOf(within);
  paragraphs.forEach((paragraph, i) => {
    const lo = i === 0 ? within.start.offset : 0;
    const hi = i === paragraphs.length - 1 ? within.end.offset : paragraphText(paragraph).length;
    let at = 0;
    let open: { url: string; start: number; end: number } | undefined;
    const close = () => {
      if (open && open.end > open.start)
        found.push({ start: { paragraph, offset: open.start }, end: { paragraph, offset: open.end } });
      open = undefined;
    };
    for (const run of paragraph.runs) {
      const start = Math.max(at, lo);
      const end = Math.min(at + run.text.length, hi);
      at += run.text.length;
      if (end <= start) continue;
      if (run.hyperlink && open?.url === run.hyperlink && open.end === start) open.end = end;
      else {
        close();
        if (run.hyperlink) open = { url: run.hyperlink, start, end };
      }
    }
    close();
  });
  return found;
}

class RangeCollectionProxy extends CollectionProxy<RangeTarget, RangeProxy> implements WRangeCollection {
  protected override readonly objectName = 'RangeCollection';
  protected override readonly itemScalars = ['text', 'isEmpty', 'hyperlink'];
  protected item(target: RangeTarget): RangeProxy {
    return new RangeProxy(this.context, () => target);
  }
}

class ListItemProxy extends MemoryProxy<MemoryParagraph | null> implements WListItem {
  protected override readonly objectName = 'ListItem';
  protected override readonly scalars = ['isNullObject', 'level', 'listString'];
  protected override read(property: string, target: MemoryParagraph | null): unknown {
    if (property === 'isNullObject') return target === null;
    if (property === 'level') return target?.listLevel;
    if (property === 'listString') return (target && this.doc.listMarks().get(target)?.label) ?? '';
    throw new Error(`in-memory Word: ListItem has no property ${property}`);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get level(): number {
    return this.get('level');
  }
  get listString(): string {
    return this.get('listString');
  }
}

/** The list a paragraph belongs to: its level types from the list's definition. */
class ListProxy extends MemoryProxy<MemoryParagraph | null> implements WList {
  protected override readonly objectName = 'List';
  protected override readonly scalars = ['isNullObject', 'levelTypes'];
  protected override read(property: string, target: MemoryParagraph | null): unknown {
    if (property === 'isNullObject') return target === null;
    if (property === 'levelTypes') {
      const instance = target && this.doc.lists.instances.get(target.numId ?? BULLET_LIST);
      const levels = instance && this.doc.lists.abstracts.get(instance.abstractId);
      return Array.from({ length: 9 }, (_, level) => (levels?.get(level)?.format === 'bullet' ? 'Bullet' : 'Number'));
    }
    throw new Error(`in-memory Word: List has no property ${property}`);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get levelTypes(): string[] {
    return this.get('levelTypes');
  }
}

/** A method's result, set when its queued call runs at the next sync. */
class ClientResult<T> implements WClientResult<T> {
  private result: { value: T } | undefined;
  set(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (!this.result) throw new PropertyNotLoadedError('ClientResult', 'value');
    return this.result.value;
  }
}

class TableCellProxy extends MemoryProxy<CellPlace | null> implements WTableCell {
  protected override readonly objectName = 'TableCell';
  protected override readonly scalars = ['isNullObject', 'rowIndex', 'cellIndex'];
  protected override read(property: string, target: CellPlace | null): unknown {
    if (property === 'isNullObject') return target === null;
    if (property === 'rowIndex') return target?.rowIndex;
    if (property === 'cellIndex') return target?.cellIndex;
    throw new Error(`in-memory Word: TableCell has no property ${property}`);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get cellIndex(): number {
    return this.get('cellIndex');
  }
  get body(): WBody {
    return new BodyProxy(this.context, () => {
      const place = this.resolve();
      if (!place) throw new Error('ItemNotFound: the paragraph is not in a table');
      return place.cell;
    });
  }
}

/** A new table: one paragraph per cell from `values` (Word JS API: insertTable); a `\n` in a value stays in its text. */
function newTable(rowCount: number, columnCount: number, values?: string[][]): MemoryTable {
  return {
    kind: 'table',
    headerRowCount: 0,
    rows: Array.from({ length: rowCount }, (_, r) => ({
      cells: Array.from({ length: columnCount }, (_, c) => ({
        columnSpan: 1,
        blocks: [memoryParagraph(values?.[r]?.[c] ?? '')],
      })),
    })),
  };
}

class TableProxy extends MemoryProxy<MemoryTable | null> implements WTable {
  protected override readonly objectName = 'Table';
  protected override readonly scalars = ['isNullObject', 'headerRowCount'];
  protected override read(property: string, target: MemoryTable | null): unknown {
    if (property === 'isNullObject') return target === null;
    if (property === 'headerRowCount') return target?.headerRowCount;
    throw new Error(`in-memory Word: Table has no property ${property}`);
  }
  private table(): MemoryTable {
    const table = this.resolve();
    if (!table) throw new Error('ItemNotFound: the paragraph is not in a table');
    return table;
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get headerRowCount(): number {
    return this.get('headerRowCount');
  }
  set headerRowCount(count: number) {
    this.queue(() => {
      this.table().headerRowCount = count;
    });
  }
  readonly getCell = (rowIndex: number, cellIndex: number): WTableCell =>
    new TableCellProxy(this.context, () => {
      const table = this.table();
      const cell = table.rows[rowIndex]?.cells[cellIndex];
      if (!cell) throw new Error(`ItemNotFound: no cell ${rowIndex},${cellIndex}`);
      return { table, rowIndex, cellIndex, cell };
    });
  readonly mergeCells = (topRow: number, firstCell: number, bottomRow: number, lastCell: number): WTableCell => {
    if (topRow !== bottomRow) throw new Error('in-memory Word: only cells of one row are merged');
    this.queue(() => this.doc.mergeCells(this.table(), topRow, firstCell, lastCell));
    return this.getCell(topRow, firstCell);
  };
  readonly insertParagraph = (text: string, location: 'Before' | 'After'): WParagraph => {
    const inserted = memoryParagraph(text);
    this.queue(() => this.doc.insertNear(this.table(), inserted, location));
    return new ParagraphProxy(this.context, () => inserted);
  };
  readonly delete = (): void => {
    this.queue(() => this.doc.remove(this.table()));
  };
}

class TableCollectionProxy extends CollectionProxy<MemoryTable, TableProxy> implements WTableCollection {
  protected override readonly objectName = 'TableCollection';
  protected override readonly itemScalars = ['isNullObject', 'headerRowCount'];
  protected item(target: MemoryTable): TableProxy {
    return new TableProxy(this.context, () => target);
  }
}

const PARAGRAPH_SCALARS = ['text', 'style', 'styleBuiltIn', 'isListItem', 'tableNestingLevel'];

class ParagraphProxy extends MemoryProxy<MemoryParagraph> implements WParagraph {
  protected override readonly objectName = 'Paragraph';
  protected override readonly scalars = PARAGRAPH_SCALARS;

  protected override read(property: string, target: MemoryParagraph): unknown {
    switch (property) {
      case 'text':
        return paragraphText(target);
      case 'style':
        return target.style;
      case 'styleBuiltIn':
        return styleBuiltInOf(target);
      case 'isListItem':
        return target.listLevel !== undefined;
      case 'tableNestingLevel':
        return this.doc.nestingOf(target);
      default:
        throw new Error(`in-memory Word: Paragraph has no property ${property}`);
    }
  }

  get text(): string {
    return this.get('text');
  }
  get style(): string {
    return this.get('style');
  }
  get styleBuiltIn(): string {
    return this.get('styleBuiltIn');
  }
  get isListItem(): boolean {
    return this.get('isListItem');
  }
  get tableNestingLevel(): number {
    return this.get('tableNestingLevel');
  }
  get font(): WFont {
    return this.whole().font;
  }
  get listItemOrNullObject(): WListItem {
    return new ListItemProxy(this.context, () => {
      const paragraph = this.resolve();
      return paragraph.listLevel === undefined ? null : paragraph;
    });
  }
  get listOrNullObject(): WList {
    return new ListProxy(this.context, () => {
      const paragraph = this.resolve();
      return paragraph.listLevel === undefined ? null : paragraph;
    });
  }
  get parentTableCellOrNullObject(): WTableCell {
    return new TableCellProxy(this.context, () => this.doc.cellOf(this.resolve()));
  }
  get parentTableOrNullObject(): WTable {
    return new TableProxy(this.context, () => this.doc.cellOf(this.resolve())?.table ?? null);
  }

  private whole(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const paragraph = this.resolve();
      return { start: { paragraph, offset: 0 }, end: { paragraph, offset: paragraphText(paragraph).length } };
    });
  }

  readonly select = (): void => this.whole().select();
  readonly insertText = (text: string, location: 'Replace' | 'Start' | 'End'): WRange =>
    this.whole().insertText(text, location);
  readonly getRange = (location: 'Whole' | 'Start' | 'End' | 'After' | 'Content' = 'Whole'): WRange =>
    this.whole().getRange(location);
  readonly search = (text: string, options?: WSearchOptions): WRangeCollection => this.whole().search(text, options);

  readonly getReviewedText = (version: ReviewedVersion = 'Current'): WClientResult<string> => {
    const result = new ClientResult<string>();
    this.queue(() => result.set(reviewedText(this.resolve().runs, version)));
    return result;
  };

  readonly insertParagraph = (text: string, location: 'Before' | 'After'): WParagraph => {
    const inserted = memoryParagraph(text);
    this.queue(() => this.doc.insertNear(this.resolve(), inserted, location));
    return new ParagraphProxy(this.context, () => inserted);
  };

  readonly insertTable = (
    rowCount: number,
    columnCount: number,
    location: 'Before' | 'After',
    values?: string[][],
  ): WTable => {
    const table = newTable(rowCount, columnCount, values);
    this.queue(() => this.doc.insertNear(this.resolve(), table, location));
    return new TableProxy(this.context, () => table);
  };

  readonly insertContentControl = (): WContentControl => {
    const control: MemoryControl = { kind: 'control', tag: '', title: '', color: '', blocks: [] };
    this.queue(() => {
      const paragraph = this.resolve();
      if (this.doc.platform === 'web' && this.doc.cellOf(paragraph)) {
        throw new Error(
          'GeneralException: Word on the web cannot put a content control on a paragraph inside a table cell (office-js issue 3367)',
        );
      }
      this.doc.wrap(paragraph, control);
    });
    return new ContentControlProxy(this.context, () => control);
  };
}

class ParagraphCollectionProxy
  extends CollectionProxy<MemoryParagraph, ParagraphProxy>
  implements WParagraphCollection
{
  protected override readonly objectName = 'ParagraphCollection';
  protected override readonly itemScalars = PARAGRAPH_SCALARS;
  protected item(target: MemoryParagraph): ParagraphProxy {
    return new ParagraphProxy(this.context, () => target);
  }
  /** Found when first used in queued work, after what was queued before it (Word JS API: ParagraphCollection.getFirst). */
  readonly getFirst = (): WParagraph =>
    new ParagraphProxy(this.context, () => {
      const first = this.resolve()[0];
      if (!first) throw new Error('ItemNotFound: the collection is empty');
      return first;
    });
}

class ContentControlProxy extends MemoryProxy<MemoryControl> implements WContentControl {
  protected override readonly objectName = 'ContentControl';
  protected override readonly scalars = ['tag', 'title', 'color', 'text'];
  protected override read(property: string, target: MemoryControl): unknown {
    if (property === 'text') return this.doc.paragraphsIn(target).map(paragraphText).join('\r');
    if (property === 'tag' || property === 'title' || property === 'color') return target[property];
    throw new Error(`in-memory Word: ContentControl has no property ${property}`);
  }
  private control(): MemoryControl {
    return this.resolve();
  }
  private write(property: 'tag' | 'title' | 'color', value: string): void {
    this.queue(() => {
      this.control()[property] = value;
      this.doc.version++;
    });
  }
  get paragraphs(): WParagraphCollection {
    return new ParagraphCollectionProxy(this.context, () => this.doc.paragraphsIn(this.control()));
  }
  /** The tables in the control, and in controls inside it (not those nested in cells). */
  get tables(): WTableCollection {
    return new TableCollectionProxy(this.context, () => this.doc.tablesIn(this.control()));
  }
  readonly clear = (): void => {
    this.queue(() => {
      const control = this.control();
      if (this.doc.platform === 'web' && this.doc.tablesIn(control).length > 0) {
        throw new Error(
          'GeneralException: Word on the web cannot clear a content control that holds a table (office-js issues 3183, 6330)',
        );
      }
      this.doc.clear(control);
    });
  };
  get tag(): string {
    return this.get('tag');
  }
  set tag(value: string) {
    this.write('tag', value);
  }
  get title(): string {
    return this.get('title');
  }
  set title(value: string) {
    this.write('title', value);
  }
  get color(): string {
    return this.get('color');
  }
  set color(value: string) {
    this.write('color', value);
  }
  get text(): string {
    return this.get('text');
  }

  readonly insertParagraph = (text: string, location: 'Start' | 'End' | 'Before' | 'After'): WParagraph => {
    const inserted = memoryParagraph(text);
    this.queue(() => {
      const control = this.control();
      if (this.doc.platform === 'web')
        throw new Error(
          'NotAllowed: The action isn’t supported in Word on the web (ContentControl.insertParagraph; office-js-docs issue 1284)',
        );
      if (location === 'Start' || location === 'End') this.doc.insertInto(control, inserted, location);
      else this.doc.insertNear(control, inserted, location);
    });
    return new ParagraphProxy(this.context, () => inserted);
  };

  readonly insertTable = (
    rowCount: number,
    columnCount: number,
    location: 'Start' | 'End' | 'Before' | 'After',
    values?: string[][],
  ): WTable => {
    const table = newTable(rowCount, columnCount, values);
    this.queue(() => {
      const control = this.control();
      if (location === 'Start' || location === 'End') this.doc.insertInto(control, table, location);
      else this.doc.insertNear(control, table, location);
    });
    return new TableProxy(this.context, () => table);
  };

  readonly delete = (keepContent: boolean): void => {
    this.queue(() => this.doc.unwrap(this.control(), keepContent));
  };
}

class ContentControlCollectionProxy
  extends CollectionProxy<MemoryControl, ContentControlProxy>
  implements WContentControlCollection
{
  protected override readonly objectName = 'ContentControlCollection';
  protected override readonly itemScalars = ['tag', 'title', 'color', 'text'];
  protected item(target: MemoryControl): ContentControlProxy {
    return new ContentControlProxy(this.context, () => target);
  }
  readonly getByTag = (tag: string): WContentControlCollection =>
    new ContentControlCollectionProxy(this.context, () => this.resolve().filter((control) => control.tag === tag));
}

/** The document: its body and its Track Changes mode. */
class DocumentProxy extends MemoryProxy<MemoryWordDocument> implements WDocument {
  protected override readonly objectName = 'Document';
  protected override readonly scalars = ['changeTrackingMode'];
  protected override read(property: string, target: MemoryWordDocument): unknown {
    if (property === 'changeTrackingMode') return target.changeTrackingMode;
    throw new Error(`in-memory Word: Document has no property ${property}`);
  }
  readonly body: WBody = new BodyProxy(this.context, () => this.doc.root);
  get changeTrackingMode(): string {
    return this.get('changeTrackingMode');
  }
}

/** The document body, or the body of a table cell. */
class BodyProxy extends MemoryProxy<MemoryContainer> implements WBody {
  protected override readonly objectName = 'Body';
  protected override readonly scalars = [];
  protected override read(property: string): unknown {
    throw new Error(`in-memory Word: Body has no property ${property}`);
  }
  get paragraphs(): WParagraphCollection {
    return new ParagraphCollectionProxy(this.context, () => this.doc.paragraphsIn(this.resolve()));
  }
  get contentControls(): WContentControlCollection {
    return new ContentControlCollectionProxy(this.context, () => this.doc.controlsIn(this.resolve()));
  }
  readonly insertParagraph = (text: string, location: 'Start' | 'End'): WParagraph => {
    const inserted = memoryParagraph(text);
    this.queue(() => this.doc.insertInto(this.resolve(), inserted, location));
    return new ParagraphProxy(this.context, () => inserted);
  };
  readonly getRange = (location: 'Whole' | 'Start' | 'End' | 'After' | 'Content' = 'Whole'): WRange =>
    new RangeProxy(this.context, () => {
      const paragraphs = this.doc.paragraphsIn(this.resolve());
      const first = paragraphs[0];
      const last = paragraphs[paragraphs.length - 1];
      if (!first || !last) throw new Error('ItemNotFound: the body has no paragraph');
      const start = { paragraph: first, offset: 0 };
      const end = { paragraph: last, offset: paragraphText(last).length };
      if (location === 'Start') return { start, end: start };
      if (location === 'End' || location === 'After') return { start: end, end };
      return { start, end };
    });
}
