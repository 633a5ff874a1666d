/**
 * The fill surface (../word-fill-surface.ts) on top of H4's typed fake Word (../../word/testing/fake-word.ts):
 * paragraphs inserted before/after paragraphs and tables, content controls around body elements or one
 * paragraph (found by tag), tables inserted with one call and merged, fonts (bold, highlight). Same rules as the
 * base fake: calls are queued and run at `sync()`, which is counted; unloaded reads throw.
 */
import {
  FakeContext,
  FakeObject,
  FakeParagraph,
  FakeParagraphCollection,
  FakeRange,
  FakeWordDocument,
  fakeParagraph,
  paragraphText,
  type FakeBodyElement,
  type FakeParagraphState,
  type FakeRangeTarget,
  type FakeRun,
  type FakeTableState,
} from '../../word/testing/fake-word';
import type { WordRun, WRequestContext } from '../../word/word-surface';
import type {
  WFillBody,
  WFillContentControl,
  WFillContentControlCollection,
  WFillParagraph,
  WFillParagraphCollection,
  WFillRange,
  WFillTable,
  WFillTableCell,
  WFillTableNullable,
  WFont,
} from '../word-fill-surface';

export type FillRun = FakeRun & { highlight?: string };

export interface FakeControlState {
  tag: string;
  title: string;
  color: string;
  /** What the control holds: contiguous body elements, or one paragraph of a table cell. */
  elements: FakeBodyElement[];
}

export class FillFakeWordDocument extends FakeWordDocument {
  readonly controls: FakeControlState[] = [];
  headerRows = new Map<FakeTableState, number>();
  merges = 0;

  override readonly run: WordRun = async <T>(batch: (context: WRequestContext) => Promise<T>): Promise<T> => {
    const context = new FillFakeContext(this);
    const result = await batch(context);
    if (context.queue.length > 0) await context.sync();
    return result;
  };

  /** The array holding a body element or cell paragraph. */
  containerOf(element: FakeBodyElement): FakeBodyElement[] {
    if (this.body.includes(element)) return this.body;
    for (const table of this.body) {
      if (table.kind !== 'table') continue;
      for (const row of table.rows) for (const cell of row.cells) if ((cell.paragraphs as FakeBodyElement[]).includes(element)) return cell.paragraphs;
    }
    throw new Error('fake: element is not in the document');
  }

  insertNear(element: FakeBodyElement, inserted: FakeBodyElement, location: 'Before' | 'After'): void {
    const container = this.containerOf(element);
    container.splice(container.indexOf(element) + (location === 'After' ? 1 : 0), 0, inserted);
  }

  remove(element: FakeBodyElement): void {
    const container = this.containerOf(element);
    container.splice(container.indexOf(element), 1);
  }

  tableOf(paragraph: FakeParagraphState): FakeTableState | null {
    for (const element of this.body) {
      if (element.kind === 'table' && element.rows.some((row) => row.cells.some((cell) => cell.paragraphs.includes(paragraph)))) return element;
    }
    return null;
  }

  /** Tables of the body in order. */
  tables(): FakeTableState[] {
    return this.body.filter((e): e is FakeTableState => e.kind === 'table');
  }

  controlsTagged(tag: string): FakeControlState[] {
    return this.controls.filter((c) => c.tag === tag);
  }
}

export class FillFakeContext extends FakeContext {
  constructor(fake: FillFakeWordDocument) {
    super(fake);
    const body = new FillFakeBody(this, fake);
    (this as unknown as { document: { body: WFillBody } }).document = { body };
  }
}

class FakeFont implements WFont {
  constructor(
    private readonly range: FillFakeRange,
    private readonly fake: FillFakeWordDocument,
  ) {}
  get bold(): boolean {
    throw new Error('fake: font.bold is write-only here');
  }
  set bold(value: boolean) {
    this.format({ bold: value });
  }
  get highlightColor(): string | null {
    throw new Error('fake: font.highlightColor is write-only here');
  }
  set highlightColor(value: string | null) {
    this.format({ highlight: value ?? undefined });
  }
  private format(props: Partial<FillRun>): void {
    this.range.queueOnTarget((target) => {
      const paragraphs = this.fake.allParagraphs();
      const from = paragraphs.indexOf(target.start.paragraph);
      const to = paragraphs.indexOf(target.end.paragraph);
      for (let i = from; i <= to; i++) {
        const p = paragraphs[i];
        const start = i === from ? target.start.offset : 0;
        const end = i === to ? target.end.offset : paragraphText(p).length;
        this.fake.formatInParagraph(p, start, end, props as Partial<FakeRun>);
      }
    });
  }
}

export class FillFakeRange extends FakeRange implements WFillRange {
  get font(): WFont {
    return new FakeFont(this, this.context.fake as FillFakeWordDocument);
  }
  queueOnTarget(action: (target: FakeRangeTarget) => void): void {
    this.queue(() => action(this.resolve()));
  }
}

export class FillFakeParagraph extends FakeParagraph implements WFillParagraph {
  private get fake(): FillFakeWordDocument {
    return this.context.fake as FillFakeWordDocument;
  }
  override getRange(location: 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content' = 'Whole'): WFillRange {
    return new FillFakeRange(this.context, () => {
      const paragraph = this.resolve();
      const length = paragraphText(paragraph).length;
      if (location === 'Start' || location === 'Before') return { start: { paragraph, offset: 0 }, end: { paragraph, offset: 0 } };
      if (location === 'End' || location === 'After') return { start: { paragraph, offset: length }, end: { paragraph, offset: length } };
      return { start: { paragraph, offset: 0 }, end: { paragraph, offset: length } };
    });
  }
  get font(): WFont {
    return this.getRange('Whole').font;
  }
  get parentTableOrNullObject(): WFillTableNullable {
    return new FillFakeTable(this.context, () => this.fake.tableOf(this.resolve()));
  }
  insertParagraph(text: string, location: 'Before' | 'After'): WFillParagraph {
    const inserted = fakeParagraph(text);
    this.queue(() => this.fake.insertNear(this.resolve(), inserted, location));
    return new FillFakeParagraph(this.context, () => inserted);
  }
  insertContentControl(): WFillContentControl {
    const state: FakeControlState = { tag: '', title: '', color: '', elements: [] };
    this.queue(() => {
      state.elements = [this.resolve()];
      this.fake.controls.push(state);
    });
    return new FillFakeContentControl(this.context, () => state);
  }
}

export class FillFakeParagraphCollection extends FakeParagraphCollection implements WFillParagraphCollection {
  protected override makeItem(target: FakeParagraphState): FillFakeParagraph {
    return new FillFakeParagraph(this.context, () => target);
  }
  override get items(): FillFakeParagraph[] {
    return super.items as FillFakeParagraph[];
  }
}

export class FillFakeTable extends FakeObject<FakeTableState | null> implements WFillTableNullable {
  protected override readonly objectName = 'Table';
  protected override readonly scalarProperties = ['isNullObject'];
  protected override read(property: string, target: FakeTableState | null): unknown {
    if (property === 'isNullObject') return target === null;
    throw new Error(`fake Table has no property ${property}`);
  }
  private get fake(): FillFakeWordDocument {
    return this.context.fake as FillFakeWordDocument;
  }
  private table(): FakeTableState {
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
    this.queue(() => this.fake.headerRows.set(this.table(), count));
  }
  getCell(rowIndex: number, cellIndex: number): WFillTableCell {
    const cellParagraphs = () => {
      const cell = this.table().rows[rowIndex]?.cells[cellIndex];
      if (!cell) throw new Error(`ItemNotFound: no cell ${rowIndex},${cellIndex}`);
      return cell.paragraphs;
    };
    return {
      body: {
        insertParagraph: (text: string, location: 'Start' | 'End') => {
          const inserted = fakeParagraph(text);
          this.queue(() => {
            const paragraphs = cellParagraphs();
            if (location === 'Start') paragraphs.unshift(inserted);
            else paragraphs.push(inserted);
          });
          return new FillFakeParagraph(this.context, () => inserted);
        },
        getRange: () =>
          new FillFakeRange(this.context, () => {
            const paragraphs = cellParagraphs();
            const last = paragraphs[paragraphs.length - 1];
            return { start: { paragraph: paragraphs[0], offset: 0 }, end: { paragraph: last, offset: paragraphText(last).length } };
          }),
      },
    };
  }
  mergeCells(topRow: number, firstCell: number, bottomRow: number, lastCell: number): WFillTableCell {
    if (topRow !== bottomRow) throw new Error('fake: only horizontal merges are supported');
    this.queue(() => {
      const cells = this.table().rows[topRow].cells;
      const merged = cells.splice(firstCell + 1, lastCell - firstCell);
      // Word keeps the text of every merged cell; empty ones add nothing here.
      for (const cell of merged) for (const p of cell.paragraphs) if (paragraphText(p)) cells[firstCell].paragraphs.push(p);
      this.fake.merges++;
    });
    return this.getCell(topRow, firstCell);
  }
  insertParagraph(text: string, location: 'Before' | 'After'): WFillParagraph {
    const inserted = fakeParagraph(text);
    this.queue(() => this.fake.insertNear(this.table(), inserted, location));
    return new FillFakeParagraph(this.context, () => inserted);
  }
  delete(): void {
    this.queue(() => this.fake.remove(this.table()));
  }
}

export class FillFakeContentControl extends FakeObject<FakeControlState> implements WFillContentControl {
  protected override readonly objectName = 'ContentControl';
  protected override readonly scalarProperties = ['tag', 'title', 'color', 'text'];
  protected override read(property: string, target: FakeControlState): unknown {
    if (property === 'text') return target.elements.flatMap((e) => (e.kind === 'paragraph' ? [paragraphText(e)] : [])).join('\n');
    if (property === 'tag' || property === 'title' || property === 'color') return target[property];
    throw new Error(`fake ContentControl has no property ${property}`);
  }
  readValue(property: string): unknown {
    return this.read(property, this.resolve());
  }
  private get fake(): FillFakeWordDocument {
    return this.context.fake as FillFakeWordDocument;
  }
  private setter(property: 'tag' | 'title' | 'color', value: string): void {
    this.queue(() => {
      this.resolve()[property] = value;
    });
  }
  get tag(): string {
    return this.get('tag');
  }
  set tag(value: string) {
    this.setter('tag', value);
  }
  get title(): string {
    return this.get('title');
  }
  set title(value: string) {
    this.setter('title', value);
  }
  get color(): string {
    return this.get('color');
  }
  set color(value: string) {
    this.setter('color', value);
  }
  get text(): string {
    return this.get('text');
  }
  insertParagraph(text: string, location: 'Before' | 'After' | 'Start' | 'End'): WFillParagraph {
    const inserted = fakeParagraph(text);
    this.queue(() => {
      const state = this.resolve();
      const edge = location === 'Before' || location === 'Start' ? state.elements[0] : state.elements[state.elements.length - 1];
      this.fake.insertNear(edge, inserted, location === 'Before' || location === 'Start' ? 'Before' : 'After');
      if (location === 'Start') state.elements.unshift(inserted);
      if (location === 'End') state.elements.push(inserted);
    });
    return new FillFakeParagraph(this.context, () => inserted);
  }
  insertTable(rowCount: number, columnCount: number, location: 'Start' | 'End' | 'Before' | 'After', values?: string[][]): WFillTable {
    // Like Word, one paragraph per cell from `values` (a `\n` stays inside the paragraph's text).
    const rows = Array.from({ length: rowCount }, (_, r) => Array.from({ length: columnCount }, (_, c) => values?.[r]?.[c] ?? ''));
    const table: FakeTableState = { kind: 'table', rows: rows.map((cells) => ({ cells: cells.map((text) => ({ paragraphs: [fakeParagraph(text)] })) })) };
    this.queue(() => {
      const state = this.resolve();
      if (state.elements.some((e) => this.fake.containerOf(e) !== this.fake.body)) throw new Error('fake: tables inside table cells are not supported');
      const inside = location === 'Start' || location === 'End';
      const edge = location === 'Start' || location === 'Before' ? state.elements[0] : state.elements[state.elements.length - 1];
      this.fake.insertNear(edge, table, location === 'Start' || location === 'Before' ? 'Before' : 'After');
      if (inside) {
        if (location === 'Start') state.elements.unshift(table);
        else state.elements.push(table);
      }
    });
    return new FillFakeTable(this.context, () => table);
  }
  delete(keepContent: boolean): void {
    this.queue(() => {
      const state = this.resolve();
      if (!keepContent) for (const element of state.elements) this.fake.remove(element);
      this.fake.controls.splice(this.fake.controls.indexOf(state), 1);
    });
  }
}

class FillFakeControlCollection extends FakeObject<FakeControlState[]> implements WFillContentControlCollection {
  protected override readonly objectName = 'ContentControlCollection';
  protected override readonly scalarProperties = ['items'];
  protected override read(): unknown {
    return undefined;
  }
  override load(): this {
    this.queue(() => {
      const items = this.resolve().map((state) => {
        const control = new FillFakeContentControl(this.context, () => state);
        control.preload(['tag', 'title', 'color', 'text'].map((name): [string, unknown] => [name, control.readValue(name)]));
        return control;
      });
      this.preload([['items', items]]);
    });
    return this;
  }
  get items(): WFillContentControl[] {
    return this.get('items');
  }
}

export class FillFakeBody implements WFillBody {
  constructor(
    private readonly context: FakeContext,
    private readonly fake: FillFakeWordDocument,
  ) {}
  load(): this {
    return this;
  }
  get paragraphs(): WFillParagraphCollection {
    return new FillFakeParagraphCollection(this.context, () => this.fake.allParagraphs());
  }
  get contentControls(): { getByTag(tag: string): WFillContentControlCollection } {
    return { getByTag: (tag) => new FillFakeControlCollection(this.context, () => this.fake.controlsTagged(tag)) };
  }
  insertParagraph(text: string, location: 'Start' | 'End'): WFillParagraph {
    const inserted = fakeParagraph(text);
    this.context.queue.push(() => {
      if (location === 'Start') this.fake.body.unshift(inserted);
      else this.fake.body.push(inserted);
    });
    return new FillFakeParagraph(this.context, () => inserted);
  }
}

/** The paragraphs and tables a control holds, for assertions. */
export function controlContent(control: FakeControlState): { paragraphs: string[]; tables: FakeTableState[] } {
  return {
    paragraphs: control.elements.flatMap((e) => (e.kind === 'paragraph' ? [paragraphText(e)] : [])),
    tables: control.elements.filter((e): e is FakeTableState => e.kind === 'table'),
  };
}

export const tableTexts = (table: FakeTableState): string[][] =>
  table.rows.map((row) => row.cells.map((cell) => cell.paragraphs.map(paragraphText).join('\n')));

