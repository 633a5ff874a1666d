/**
 * A small typed fake of the Word API surface in ../word-surface.ts, for unit tests of the Word host and of fills.
 * Like Office: method calls and loads are queued and run at `context.sync()` (which it counts), and reading a
 * property that was not loaded and synced throws `PropertyNotLoadedError`. Documents are body elements
 * (paragraphs made of runs, tables of cells of paragraphs). Ranges are fixed positions, not live ones: edit from
 * the end of a paragraph backwards within one batch (the Word host does).
 */
import type {
  InsertLocation,
  RangeLocation,
  SettingsStore,
  WBody,
  WContentControl,
  WDocument,
  WListItem,
  WordRun,
  WParagraph,
  WParagraphCollection,
  WRange,
  WRangeCollection,
  WRequestContext,
  WSearchOptions,
  WTableCell,
} from '../word-surface';

export class PropertyNotLoadedError extends Error {
  constructor(objectName: string, property: string) {
    super(`PropertyNotLoaded: ${objectName}.${property} was read before load('${property}') and context.sync()`);
    this.name = 'PropertyNotLoadedError';
  }
}

export interface FakeRun {
  text: string;
  hyperlink?: string;
  bold?: boolean;
}

export interface FakeParagraphState {
  kind: 'paragraph';
  runs: FakeRun[];
  style: string;
  /** 0-based list level; undefined for paragraphs outside lists. */
  listLevel?: number;
}

export interface FakeTableState {
  kind: 'table';
  rows: { cells: { paragraphs: FakeParagraphState[] }[] }[];
}

export type FakeBodyElement = FakeParagraphState | FakeTableState;

export interface FakePosition {
  paragraph: FakeParagraphState;
  offset: number;
}

export interface FakeRangeTarget {
  start: FakePosition;
  end: FakePosition;
}

export interface FakeContentControlState {
  tag: string;
  title: string;
  range: FakeRangeTarget;
}

export function fakeParagraph(text: string, options: { style?: string; listLevel?: number; runs?: FakeRun[] } = {}): FakeParagraphState {
  const paragraph: FakeParagraphState = { kind: 'paragraph', runs: options.runs ?? [{ text }], style: options.style ?? 'Normal' };
  if (options.listLevel !== undefined) paragraph.listLevel = options.listLevel;
  return paragraph;
}

/** A table from cell texts; a cell text with `\n` makes several paragraphs. */
export function fakeTable(rows: string[][]): FakeTableState {
  return {
    kind: 'table',
    rows: rows.map((cells) => ({ cells: cells.map((cell) => ({ paragraphs: cell.split('\n').map((line) => fakeParagraph(line)) })) })),
  };
}

export const paragraphText = (p: FakeParagraphState): string => p.runs.map((run) => run.text).join('');

/** Word's search escapes: `^^` caret, `^t` tab, `^l` manual line break, `^p` paragraph mark (unsupported here). */
function unescapeSearch(text: string): string {
  return text.replace(/\^([\^tl])/g, (_, c: string) => (c === '^' ? '^' : c === 't' ? '\t' : '\u000b'));
}

export class FakeSettings implements SettingsStore {
  readonly values = new Map<string, unknown>();
  saves = 0;
  get(name: string): unknown {
    return this.values.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  saveAsync(callback?: (result: { status: string }) => void): void {
    this.saves++;
    callback?.({ status: 'succeeded' });
  }
}

export class FakeWordDocument {
  syncCount = 0;
  selection: FakeRangeTarget | undefined;
  readonly contentControls: FakeContentControlState[] = [];
  readonly settings = new FakeSettings();

  constructor(readonly body: FakeBodyElement[]) {}

  /** Every paragraph in document order, table cells included (Word's `body.paragraphs`). */
  allParagraphs(): FakeParagraphState[] {
    return this.body.flatMap((element) =>
      element.kind === 'paragraph' ? [element] : element.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs)),
    );
  }

  cellOf(paragraph: FakeParagraphState): { rowIndex: number; cellIndex: number } | undefined {
    for (const element of this.body) {
      if (element.kind !== 'table') continue;
      for (const [rowIndex, row] of element.rows.entries()) {
        for (const [cellIndex, cell] of row.cells.entries()) if (cell.paragraphs.includes(paragraph)) return { rowIndex, cellIndex };
      }
    }
    return undefined;
  }

  paragraphTexts(): string[] {
    return this.allParagraphs().map(paragraphText);
  }

  rangeText(target: FakeRangeTarget): string {
    const paragraphs = this.allParagraphs();
    const from = paragraphs.indexOf(target.start.paragraph);
    const to = paragraphs.indexOf(target.end.paragraph);
    if (from === to) return paragraphText(target.start.paragraph).slice(target.start.offset, target.end.offset);
    const parts = [paragraphText(target.start.paragraph).slice(target.start.offset)];
    for (let i = from + 1; i < to; i++) parts.push(paragraphText(paragraphs[i]));
    parts.push(paragraphText(target.end.paragraph).slice(0, target.end.offset));
    return parts.join('\r');
  }

  /** Replaces `[start, end)` of one paragraph; the new text takes the formatting of the run it starts in. */
  replaceInParagraph(paragraph: FakeParagraphState, start: number, end: number, text: string): void {
    const runs: FakeRun[] = [];
    let offset = 0;
    let inserted = false;
    for (const run of paragraph.runs) {
      const runStart = offset;
      const runEnd = offset + run.text.length;
      offset = runEnd;
      const before = run.text.slice(0, Math.max(0, start - runStart));
      const after = run.text.slice(Math.max(0, Math.min(run.text.length, end - runStart)));
      const touches = runEnd >= start && runStart <= end && !(runEnd === start && start !== end && runStart !== runEnd);
      if (!touches) {
        runs.push(run);
        continue;
      }
      if (before) runs.push({ ...run, text: before });
      if (!inserted) {
        runs.push({ ...run, text });
        inserted = true;
      }
      if (after && runEnd > end) runs.push({ ...run, text: after });
    }
    if (!inserted) runs.push({ text });
    paragraph.runs = runs.filter((run) => run.text.length > 0);
    if (paragraph.runs.length === 0) paragraph.runs = [{ text: '' }];
  }

  /** Sets run properties on `[start, end)` of one paragraph (splitting runs). */
  formatInParagraph(paragraph: FakeParagraphState, start: number, end: number, props: Partial<FakeRun>): void {
    const runs: FakeRun[] = [];
    let offset = 0;
    for (const run of paragraph.runs) {
      const runStart = offset;
      offset += run.text.length;
      const cuts = [runStart, Math.min(Math.max(start, runStart), offset), Math.min(Math.max(end, runStart), offset), offset];
      for (let i = 0; i < 3; i++) {
        const piece = run.text.slice(cuts[i] - runStart, cuts[i + 1] - runStart);
        if (piece) runs.push(i === 1 ? { ...run, ...props, text: piece } : { ...run, text: piece });
      }
    }
    paragraph.runs = runs.length ? runs : [{ text: '' }];
  }

  /** `Word.run` for this document. */
  readonly run: WordRun = async <T>(batch: (context: WRequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.queue.length > 0) await context.sync();
    return result;
  };
}

export class FakeContext implements WRequestContext {
  queue: (() => void)[] = [];
  readonly document: WDocument;
  constructor(readonly fake: FakeWordDocument) {
    const bodyOf = () => new FakeBody(this);
    this.document = {
      get body(): WBody {
        return bodyOf();
      },
    };
  }
  async sync(): Promise<void> {
    this.fake.syncCount++;
    const actions = this.queue;
    this.queue = [];
    for (const action of actions) action();
  }
}

/** A proxy: resolves its target lazily during sync, snapshots loaded properties, throws on unloaded reads. */
export abstract class FakeObject<T> {
  private readonly values = new Map<string, unknown>();
  private target: T | undefined;
  private resolved = false;
  protected abstract readonly objectName: string;
  protected abstract readonly scalarProperties: readonly string[];

  constructor(
    protected readonly context: FakeContext,
    private readonly resolver: () => T,
  ) {}

  protected resolve(): T {
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
    }
    return this.target as T;
  }

  protected abstract read(property: string, target: T): unknown;

  protected queue(action: () => void): void {
    this.context.queue.push(action);
  }

  load(propertyNames?: string | string[]): this {
    const names = parseNames(propertyNames);
    // As in Office, any load of an ...OrNullObject makes `isNullObject` readable after the sync.
    if (names.length > 0 && this.scalarProperties.includes('isNullObject')) names.push('isNullObject');
    this.queue(() => {
      const target = this.resolve();
      for (const name of names.length > 0 ? names : this.scalarProperties) this.values.set(name, this.read(name, target));
    });
    return this;
  }

  /** Marks properties as loaded with given values (collections load their items this way). */
  preload(values: Iterable<[string, unknown]>): void {
    for (const [name, value] of values) this.values.set(name, value);
  }

  protected get<V>(property: string): V {
    if (!this.values.has(property)) throw new PropertyNotLoadedError(this.objectName, property);
    return this.values.get(property) as V;
  }
}

function parseNames(propertyNames?: string | string[]): string[] {
  const list = typeof propertyNames === 'string' ? propertyNames.split(',') : (propertyNames ?? []);
  return list.map((name) => name.trim()).filter(Boolean);
}

/** A collection proxy: `load('items')`, `load('text')` or `load('items/text')` all load the items. */
abstract class FakeCollection<T, Item extends FakeObject<T> & ReadsValues> extends FakeObject<T[]> {
  protected override readonly scalarProperties = ['items'];
  protected abstract makeItem(target: T): Item;
  protected abstract readonly itemScalars: readonly string[];

  override load(propertyNames?: string | string[]): this {
    const names = parseNames(propertyNames).map((name) => name.replace(/^items\/?/, '')).filter(Boolean);
    this.queue(() => {
      const items = this.resolve().map((target) => {
        const item = this.makeItem(target);
        const itemValues = (names.length > 0 ? names : this.itemScalars).map((name): [string, unknown] => [name, item.readValue(name)]);
        item.preload(itemValues);
        return item;
      });
      this.preload([['items', items]]);
    });
    return this;
  }

  protected override read(): unknown {
    return undefined;
  }

  get items(): Item[] {
    return this.get<Item[]>('items');
  }
}

interface ReadsValues {
  readValue(property: string): unknown;
}

export class FakeRange extends FakeObject<FakeRangeTarget> implements WRange, ReadsValues {
  protected override readonly objectName = 'Range';
  protected override readonly scalarProperties = ['text', 'isEmpty', 'hyperlink'];

  protected override read(property: string, target: FakeRangeTarget): unknown {
    const doc = this.context.fake;
    switch (property) {
      case 'text':
        return doc.rangeText(target);
      case 'isEmpty':
        return doc.rangeText(target).length === 0;
      case 'hyperlink': {
        let offset = 0;
        for (const run of target.start.paragraph.runs) {
          if (offset + run.text.length > target.start.offset) return run.hyperlink ?? '';
          offset += run.text.length;
        }
        return '';
      }
      default:
        throw new Error(`fake Range has no property ${property}`);
    }
  }

  readValue(property: string): unknown {
    return this.read(property, this.resolve());
  }

  /** The target once synced (tests and fills may inspect it). */
  get targetForTests(): FakeRangeTarget {
    return this.resolve();
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
    this.queue(() => {
      const { start, end } = this.resolve();
      if (start.paragraph !== end.paragraph) throw new Error('fake: hyperlink across paragraphs is not supported');
      this.context.fake.formatInParagraph(start.paragraph, start.offset, end.offset, { hyperlink: url || undefined });
    });
  }

  select(): void {
    this.queue(() => {
      this.context.fake.selection = this.resolve();
    });
  }

  insertText(text: string, location: InsertLocation): WRange {
    let inserted: FakeRangeTarget | undefined;
    this.queue(() => {
      const { start, end } = this.resolve();
      const doc = this.context.fake;
      if (location === 'Replace') {
        if (start.paragraph !== end.paragraph) throw new Error('fake: Replace across paragraphs is not supported');
        doc.replaceInParagraph(start.paragraph, start.offset, end.offset, text);
        inserted = { start, end: { paragraph: start.paragraph, offset: start.offset + text.length } };
      } else {
        const at = location === 'Start' || location === 'Before' ? start : end;
        doc.replaceInParagraph(at.paragraph, at.offset, at.offset, text);
        inserted = { start: at, end: { paragraph: at.paragraph, offset: at.offset + text.length } };
      }
    });
    return new FakeRange(this.context, () => {
      if (!inserted) throw new Error('fake: range used before the insert ran');
      return inserted;
    });
  }

  expandTo(range: WRange): WRange {
    const other = range as FakeRange;
    return new FakeRange(this.context, () => {
      const a = this.resolve();
      const b = other.resolve();
      const order = this.context.fake.allParagraphs();
      const before = (x: FakePosition, y: FakePosition) =>
        order.indexOf(x.paragraph) < order.indexOf(y.paragraph) || (x.paragraph === y.paragraph && x.offset < y.offset);
      return { start: before(a.start, b.start) ? a.start : b.start, end: before(a.end, b.end) ? b.end : a.end };
    });
  }

  getRange(location: RangeLocation = 'Whole'): WRange {
    return new FakeRange(this.context, () => {
      const { start, end } = this.resolve();
      if (location === 'Start' || location === 'Before') return { start, end: start };
      if (location === 'End' || location === 'After') return { start: end, end };
      return { start, end };
    });
  }

  search(text: string, options: WSearchOptions = {}): WRangeCollection {
    return new FakeRangeCollection(this.context, () => searchTargets(this.context.fake, this.resolve(), text, options));
  }

  insertContentControl(): WContentControl {
    let state: FakeContentControlState | undefined;
    this.queue(() => {
      state = { tag: '', title: '', range: this.resolve() };
      this.context.fake.contentControls.push(state);
    });
    return new FakeContentControl(this.context, () => {
      if (!state) throw new Error('fake: content control used before it was inserted');
      return state;
    });
  }
}

function searchTargets(doc: FakeWordDocument, within: FakeRangeTarget, rawText: string, options: WSearchOptions): FakeRangeTarget[] {
  if (rawText.length > 255) throw new Error('SearchStringInvalidOrTooLong: search text longer than 255 characters');
  if (options.matchWildcards) throw new Error('fake: wildcard search is not supported');
  const needle = unescapeSearch(rawText);
  if (needle.length === 0) return [];
  const paragraphs = doc.allParagraphs();
  const from = paragraphs.indexOf(within.start.paragraph);
  const to = paragraphs.indexOf(within.end.paragraph);
  const found: FakeRangeTarget[] = [];
  for (let i = from; i <= to; i++) {
    const paragraph = paragraphs[i];
    const text = paragraphText(paragraph);
    const lo = i === from ? within.start.offset : 0;
    const hi = i === to ? within.end.offset : text.length;
    const hay = options.matchCase ? text : text.toLowerCase();
    const pin = options.matchCase ? needle : needle.toLowerCase();
    let at = hay.indexOf(pin, lo);
    while (at >= 0 && at + pin.length <= hi) {
      const isWord = (c: string | undefined) => c !== undefined && /\w/.test(c);
      if (!options.matchWholeWord || (!isWord(hay[at - 1]) && !isWord(hay[at + pin.length]))) {
        found.push({ start: { paragraph, offset: at }, end: { paragraph, offset: at + pin.length } });
      }
      at = hay.indexOf(pin, at + pin.length);
    }
  }
  return found;
}

export class FakeRangeCollection extends FakeCollection<FakeRangeTarget, FakeRange> implements WRangeCollection {
  protected override readonly objectName = 'RangeCollection';
  protected override readonly itemScalars = ['text', 'isEmpty', 'hyperlink'];
  protected makeItem(target: FakeRangeTarget): FakeRange {
    return new FakeRange(this.context, () => target);
  }
}

export class FakeListItem extends FakeObject<FakeParagraphState | null> implements WListItem {
  protected override readonly objectName = 'ListItem';
  protected override readonly scalarProperties = ['isNullObject', 'level'];
  protected override read(property: string, target: FakeParagraphState | null): unknown {
    if (property === 'isNullObject') return target === null;
    if (property === 'level') return target?.listLevel;
    throw new Error(`fake ListItem has no property ${property}`);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get level(): number {
    return this.get('level');
  }
}

export class FakeTableCell extends FakeObject<{ rowIndex: number; cellIndex: number } | null> implements WTableCell {
  protected override readonly objectName = 'TableCell';
  protected override readonly scalarProperties = ['isNullObject', 'rowIndex', 'cellIndex'];
  protected override read(property: string, target: { rowIndex: number; cellIndex: number } | null): unknown {
    if (property === 'isNullObject') return target === null;
    if (property === 'rowIndex') return target?.rowIndex;
    if (property === 'cellIndex') return target?.cellIndex;
    throw new Error(`fake TableCell has no property ${property}`);
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
}

export class FakeParagraph extends FakeObject<FakeParagraphState> implements WParagraph, ReadsValues {
  protected override readonly objectName = 'Paragraph';
  protected override readonly scalarProperties = ['text', 'style', 'styleBuiltIn', 'isListItem', 'tableNestingLevel'];

  protected override read(property: string, target: FakeParagraphState): unknown {
    switch (property) {
      case 'text':
        return paragraphText(target);
      case 'style':
        return target.style;
      case 'styleBuiltIn':
        return /^(Heading) ([1-9])$|^(Normal)$/.test(target.style) ? target.style.replace(' ', '') : 'Other';
      case 'isListItem':
        return target.listLevel !== undefined;
      case 'tableNestingLevel':
        return this.context.fake.cellOf(target) ? 1 : 0;
      default:
        throw new Error(`fake Paragraph has no property ${property}`);
    }
  }

  readValue(property: string): unknown {
    return this.read(property, this.resolve());
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
  get listItemOrNullObject(): WListItem {
    return new FakeListItem(this.context, () => {
      const paragraph = this.resolve();
      return paragraph.listLevel === undefined ? null : paragraph;
    });
  }
  get parentTableCellOrNullObject(): WTableCell {
    return new FakeTableCell(this.context, () => this.context.fake.cellOf(this.resolve()) ?? null);
  }

  private whole(): FakeRange {
    return new FakeRange(this.context, () => {
      const paragraph = this.resolve();
      return { start: { paragraph, offset: 0 }, end: { paragraph, offset: paragraphText(paragraph).length } };
    });
  }

  select(): void {
    this.whole().select();
  }
  insertText(text: string, location: InsertLocation): WRange {
    return this.whole().insertText(text, location);
  }
  getRange(location: RangeLocation = 'Whole'): WRange {
    return this.whole().getRange(location);
  }
  search(text: string, options?: WSearchOptions): WRangeCollection {
    return this.whole().search(text, options);
  }
}

export class FakeParagraphCollection extends FakeCollection<FakeParagraphState, FakeParagraph> implements WParagraphCollection {
  protected override readonly objectName = 'ParagraphCollection';
  protected override readonly itemScalars = ['text', 'style', 'styleBuiltIn', 'isListItem', 'tableNestingLevel'];
  protected makeItem(target: FakeParagraphState): FakeParagraph {
    return new FakeParagraph(this.context, () => target);
  }
}

export class FakeContentControl extends FakeObject<FakeContentControlState> implements WContentControl {
  protected override readonly objectName = 'ContentControl';
  protected override readonly scalarProperties = ['tag', 'title', 'text'];
  protected override read(property: string, target: FakeContentControlState): unknown {
    if (property === 'tag') return target.tag;
    if (property === 'title') return target.title;
    if (property === 'text') return this.context.fake.rangeText(target.range);
    throw new Error(`fake ContentControl has no property ${property}`);
  }
  get tag(): string {
    return this.get('tag');
  }
  set tag(value: string) {
    this.queue(() => {
      this.resolve().tag = value;
    });
  }
  get title(): string {
    return this.get('title');
  }
  set title(value: string) {
    this.queue(() => {
      this.resolve().title = value;
    });
  }
  get text(): string {
    return this.get('text');
  }
}

export class FakeBody implements WBody {
  constructor(private readonly context: FakeContext) {}
  load(): this {
    return this;
  }
  get paragraphs(): WParagraphCollection {
    return new FakeParagraphCollection(this.context, () => this.context.fake.allParagraphs());
  }
}
