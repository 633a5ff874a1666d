/**
 * The part of the Word JavaScript API the add-in uses (WordApi 1.3; `mergeCells`, `getReviewedText` and
 * `changeTrackingMode` 1.4, called only where supported: requirements.ts), as small structural types:
 * reading and checking (word-host.ts, read-word.ts, locate.ts) and the fills (word-fills.ts). Two things implement
 * it: Office.js itself (office-word.ts hands `Word.RequestContext` and the document settings over as they are) and
 * the in-memory Word document (memory/), which the tests and the preview run on.
 *
 * tsc proves that Office.js satisfies this surface: `OfficeSatisfiesSurface` below names Microsoft's own types
 * (@types/office-js), and office-word.ts passes them without a cast. Members are function-typed properties, not
 * methods, on purpose: TypeScript compares method parameters bivariantly, so a location that Word does not accept
 * (`'Before'` on `Paragraph.getRange`) would pass; as properties, each parameter is checked against Word's own.
 * (`expandTo` stays a method: it takes a Word range, which no implementation but Word's can be.)
 */

/** Loads are queued and run at the next `context.sync()`; reading a property that was not loaded throws. */
export interface WLoadable {
  readonly load: (propertyNames?: string | string[]) => this;
}

/** Word refuses search strings longer than this (`SearchStringInvalidOrTooLong`). */
export const SEARCH_LIMIT = 255;

export interface WSearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
}

export interface WFont {
  bold: boolean;
  /** `Yellow`; null removes the highlight. */
  highlightColor: string | null;
}

/** A value a method returns, readable after the next `context.sync()`. */
export interface WClientResult<T> {
  readonly value: T;
}

/** Which text `getReviewedText` gives: with every tracked change accepted (`Current`) or rejected (`Original`). */
export type ReviewedVersion = 'Original' | 'Current';

export interface WRange extends WLoadable {
  readonly text: string;
  readonly isEmpty: boolean;
  hyperlink: string;
  readonly font: WFont;
  readonly select: (selectionMode?: 'Select' | 'Start' | 'End') => void;
  readonly insertText: (text: string, location: 'Replace' | 'Start' | 'End' | 'Before' | 'After') => WRange;
  expandTo(range: WRange): WRange;
  readonly getRange: (location?: 'Whole' | 'Start' | 'End' | 'After' | 'Content') => WRange;
  readonly search: (text: string, options?: WSearchOptions) => WRangeCollection;
  /** The hyperlinks in the range, each as a range (WordApi 1.3). */
  readonly getHyperlinkRanges: () => WRangeCollection;
}

export interface WRangeCollection extends WLoadable {
  readonly items: WRange[];
}

export interface WListItem extends WLoadable {
  readonly isNullObject: boolean;
  readonly level: number;
  /** The item's bullet or number as Word shows it (`3.1`, `a)`). */
  readonly listString: string;
}

export interface WList extends WLoadable {
  readonly isNullObject: boolean;
  /** Per level: `Bullet`, `Number` or `Picture`. */
  readonly levelTypes: readonly string[];
}

export interface WBody extends WLoadable {
  readonly paragraphs: WParagraphCollection;
  readonly contentControls: WContentControlCollection;
  readonly insertParagraph: (text: string, location: 'Start' | 'End') => WParagraph;
  readonly getRange: (location?: 'Whole' | 'Start' | 'End' | 'After' | 'Content') => WRange;
}

export interface WTableCell extends WLoadable {
  readonly isNullObject: boolean;
  readonly rowIndex: number;
  readonly cellIndex: number;
  readonly body: WBody;
}

export interface WTable extends WLoadable {
  readonly isNullObject: boolean;
  headerRowCount: number;
  readonly getCell: (rowIndex: number, cellIndex: number) => WTableCell;
  readonly mergeCells: (topRow: number, firstCell: number, bottomRow: number, lastCell: number) => WTableCell;
  readonly insertParagraph: (text: string, location: 'Before' | 'After') => WParagraph;
  readonly delete: () => void;
}

export interface WTableCollection extends WLoadable {
  readonly items: WTable[];
}

export interface WParagraph extends WLoadable {
  readonly text: string;
  readonly style: string;
  /** Built-in style whatever the UI language: `Heading1`..`Heading9`, `Normal`, `Other` for custom styles. */
  readonly styleBuiltIn: string;
  readonly isListItem: boolean;
  readonly tableNestingLevel: number;
  readonly font: WFont;
  readonly listItemOrNullObject: WListItem;
  readonly listOrNullObject: WList;
  readonly parentTableCellOrNullObject: WTableCell;
  readonly parentTableOrNullObject: WTable;
  readonly select: (selectionMode?: 'Select' | 'Start' | 'End') => void;
  readonly insertText: (text: string, location: 'Replace' | 'Start' | 'End') => WRange;
  readonly getRange: (location?: 'Whole' | 'Start' | 'End' | 'After' | 'Content') => WRange;
  readonly search: (text: string, options?: WSearchOptions) => WRangeCollection;
  /** The text with tracked changes accepted or rejected (WordApi 1.4); `text` shows deleted text too. */
  readonly getReviewedText: (version?: ReviewedVersion) => WClientResult<string>;
  readonly insertParagraph: (text: string, location: 'Before' | 'After') => WParagraph;
  readonly insertTable: (
    rowCount: number,
    columnCount: number,
    location: 'Before' | 'After',
    values?: string[][],
  ) => WTable;
  /** Wraps the paragraph in a rich-text content control. */
  readonly insertContentControl: () => WContentControl;
}

export interface WParagraphCollection extends WLoadable {
  readonly items: WParagraph[];
  /** The first paragraph, found when the call runs at the sync (ItemNotFound when there is none). */
  readonly getFirst: () => WParagraph;
}

export interface WContentControl extends WLoadable {
  tag: string;
  title: string;
  /** Border colour (`#FFC000`), a visual "review me" cue. */
  color: string;
  readonly text: string;
  readonly paragraphs: WParagraphCollection;
  readonly tables: WTableCollection;
  /** Empties the control (Word leaves one empty paragraph in it); refused by Word on the web when it holds a table. */
  readonly clear: () => void;
  /** Refused by Word on the web (NotAllowed); TD Lens does not use it. */
  readonly insertParagraph: (text: string, location: 'Start' | 'End' | 'Before' | 'After') => WParagraph;
  readonly insertTable: (
    rowCount: number,
    columnCount: number,
    location: 'Start' | 'End' | 'Before' | 'After',
    values?: string[][],
  ) => WTable;
  /** `keepContent` false removes the control and what it holds. */
  readonly delete: (keepContent: boolean) => void;
}

export interface WContentControlCollection extends WLoadable {
  readonly items: WContentControl[];
  readonly getByTag: (tag: string) => WContentControlCollection;
}

export interface WDocument extends WLoadable {
  readonly body: WBody;
  /** `Off`, `TrackAll` or `TrackMineOnly` (WordApi 1.4). */
  readonly changeTrackingMode: string;
}

export interface WRequestContext {
  readonly document: WDocument;
  readonly sync: () => Promise<unknown>;
}

/** `Word.run`, narrowed to the surface above. */
export type WordRun = <T>(batch: (context: WRequestContext) => Promise<T>) => Promise<T>;

/**
 * What `saveAsync` reports. Office.js reports the strings `succeeded`/`failed` at run time, while @types/office-js
 * declares a numeric enum, so both are allowed.
 */
export interface SaveResult {
  readonly status: Office.AsyncResultStatus | 'succeeded' | 'failed';
  readonly error?: { readonly message: string };
}

/** `Office.context.document.settings`, narrowed: values kept with the document. */
export interface SettingsStore {
  readonly get: (name: string) => unknown;
  readonly set: (name: string, value: unknown) => void;
  readonly saveAsync: (callback?: (result: SaveResult) => void) => void;
}

/** Compiles only while `Actual` has every member of `Surface` with compatible types. */
type Satisfies<Surface, Actual extends Surface> = Actual;

/** tsc's proof that Office.js's own types satisfy this surface (office-word.ts relies on it). */
export type OfficeSatisfiesSurface = [
  Satisfies<WRequestContext, Word.RequestContext>,
  Satisfies<SettingsStore, Office.Settings>,
];
