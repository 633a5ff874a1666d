/**
 * The part of the Word JavaScript API the add-in uses, as small structural types. The real `Word.run` is adapted to
 * `WordRun` in one place (office-word.ts); tests pass the typed fake (testing/fake-word.ts), which implements
 * exactly this surface and, like Office, throws on reads of properties that were not loaded and synced.
 * Fill code (H5) may add members here, and to the fake, as it needs them.
 */
export type InsertLocation = 'Replace' | 'Start' | 'End' | 'Before' | 'After';
export type RangeLocation = 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content';

export interface WLoadable {
  load(propertyNames?: string | string[]): this;
}

export interface WSearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
}

export interface WRange extends WLoadable {
  readonly text: string;
  readonly isEmpty: boolean;
  hyperlink: string;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
  insertText(text: string, location: InsertLocation): WRange;
  expandTo(range: WRange): WRange;
  getRange(location?: RangeLocation): WRange;
  search(text: string, options?: WSearchOptions): WRangeCollection;
  insertContentControl(): WContentControl;
}

export interface WRangeCollection extends WLoadable {
  readonly items: WRange[];
}

export interface WListItem extends WLoadable {
  readonly isNullObject: boolean;
  readonly level: number;
}

export interface WTableCell extends WLoadable {
  readonly isNullObject: boolean;
  readonly rowIndex: number;
  readonly cellIndex: number;
}

export interface WParagraph extends WLoadable {
  readonly text: string;
  readonly style: string;
  /** Built-in style whatever the UI language: `Heading1`..`Heading9`, `Normal`, `Other` for custom styles. */
  readonly styleBuiltIn: string;
  readonly isListItem: boolean;
  readonly tableNestingLevel: number;
  readonly listItemOrNullObject: WListItem;
  readonly parentTableCellOrNullObject: WTableCell;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
  insertText(text: string, location: InsertLocation): WRange;
  getRange(location?: RangeLocation): WRange;
  search(text: string, options?: WSearchOptions): WRangeCollection;
}

export interface WParagraphCollection extends WLoadable {
  readonly items: WParagraph[];
}

export interface WContentControl extends WLoadable {
  tag: string;
  title: string;
  readonly text: string;
}

export interface WBody extends WLoadable {
  readonly paragraphs: WParagraphCollection;
}

export interface WDocument {
  readonly body: WBody;
}

export interface WRequestContext {
  readonly document: WDocument;
  sync(): Promise<void>;
}

/** `Word.run`, narrowed to the surface above. */
export type WordRun = <T>(batch: (context: WRequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.document.settings`, narrowed. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: 'succeeded' | 'failed' | string; error?: { message: string } }) => void): void;
}
