/**
 * The extra Word API the fills use, beyond the read/validate surface of ../word/word-surface.ts (kept separate so
 * the two halves of the add-in evolve independently). Office.js implements all of it (WordApi 1.3, `mergeCells`
 * 1.4); tests use ./testing/fake-word-fills.ts. A fill casts the request context once with `fillContext`.
 */
import type { InsertLocation, WLoadable, WParagraph, WRange, WRequestContext } from '../word/word-surface';

export interface WFont {
  bold: boolean;
  highlightColor: string | null;
}

export interface WFillRange extends WRange {
  readonly font: WFont;
}

export interface WFillTableCell {
  readonly body: {
    getRange(location?: 'Whole' | 'Content'): WFillRange;
    insertParagraph(text: string, location: 'Start' | 'End'): WFillParagraph;
  };
}

export interface WFillTable extends WLoadable {
  headerRowCount: number;
  getCell(rowIndex: number, cellIndex: number): WFillTableCell;
  mergeCells(topRow: number, firstCell: number, bottomRow: number, lastCell: number): WFillTableCell;
  insertParagraph(text: string, location: 'Before' | 'After'): WFillParagraph;
  delete(): void;
}

export interface WFillTableNullable extends WFillTable {
  readonly isNullObject: boolean;
}

export interface WFillContentControl extends WLoadable {
  tag: string;
  title: string;
  /** Border colour of the control (`#FFC000`), a visual "review me" cue. */
  color: string;
  readonly text: string;
  insertParagraph(text: string, location: 'Before' | 'After' | 'Start' | 'End'): WFillParagraph;
  insertTable(rowCount: number, columnCount: number, location: 'Start' | 'End' | 'Before' | 'After', values?: string[][]): WFillTable;
  /** `keepContent` false removes the control and what it holds. */
  delete(keepContent: boolean): void;
}

export interface WFillContentControlCollection extends WLoadable {
  readonly items: WFillContentControl[];
}

export interface WFillParagraph extends WParagraph {
  readonly font: WFont;
  readonly parentTableOrNullObject: WFillTableNullable;
  insertParagraph(text: string, location: 'Before' | 'After'): WFillParagraph;
  insertContentControl(): WFillContentControl;
  getRange(location?: 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content'): WFillRange;
}

export interface WFillParagraphCollection extends WLoadable {
  readonly items: WFillParagraph[];
}

export interface WFillBody extends WLoadable {
  readonly paragraphs: WFillParagraphCollection;
  readonly contentControls: { getByTag(tag: string): WFillContentControlCollection };
  insertParagraph(text: string, location: 'Start' | 'End'): WFillParagraph;
}

export interface WFillRequestContext {
  readonly document: { readonly body: WFillBody };
  sync(): Promise<void>;
}

/** Whether `mergeCells` is there (WordApi 1.4); tests pass their own answer. */
export type MergeSupport = () => boolean;

export const officeMergeSupport: MergeSupport = () =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('WordApi', '1.4') === true;

/** The same request context, seen with the fill surface (Office.js has it all). */
export function fillContext(context: WRequestContext): WFillRequestContext {
  return context as unknown as WFillRequestContext;
}

export type { InsertLocation };
