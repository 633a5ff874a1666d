/**
 * Fill plans: what a fill will insert or link, as plain data. Planners are pure (document model in, plan out);
 * the Word and preview hosts only apply plans. Everything a fill inserts sits in a content control tagged
 * `td-lens:<what>`, so a refresh finds it and replaces it without touching the editor's own text.
 */
import type { Span } from '../text/spans';

export type FillKind = 'link-tds' | 'td-table' | 'wtsa-actions' | 'action-plan' | 'status-round' | 'emeeting-plan';

/** One reference to turn into a hyperlink. */
export interface LinkPlanItem extends Span {
  /** The text as written (`TD7R1`): what the Word host searches for inside the paragraph. */
  text: string;
  /** Canonical id (`TD7R1`, `C45`). */
  refId: string;
  url: string;
  /** Paragraph holding the reference. */
  paragraphIndex: number;
}

export interface LinkPlan {
  kind: 'link-tds';
  links: LinkPlanItem[];
  /** References left alone because they already sit inside a hyperlink. */
  alreadyLinked: number;
  warnings: string[];
}

/** A horizontal merge: cells `firstCell..lastCell` of `row` become one (the first keeps the text). */
export interface CellMerge {
  row: number;
  firstCell: number;
  lastCell: number;
}

/** A hyperlink on the whole text of one cell. */
export interface CellLink {
  row: number;
  cell: number;
  url: string;
}

/** A rectangular table; row 0 is the header. Cell text may hold `\n` for several paragraphs. */
export interface TableSpec {
  columns: number;
  /** Every row has exactly `columns` strings (merged cells after the first are ''). */
  values: string[][];
  merges: CellMerge[];
  links: CellLink[];
  /** Rows shown as group rows (rapporteur-group rows of the action plan): hosts may bold them. */
  groupRows: number[];
}

/**
 * Where a table goes when no content control with the plan's tag exists yet (an existing tagged control is
 * always replaced in place): instead of an existing table of the document, after a paragraph, or at the end.
 */
export type TablePlacement =
  { kind: 'replace-table'; tableIndex: number } | { kind: 'after-paragraph'; paragraphIndex: number } | { kind: 'end' };

export interface TablePlan {
  kind: 'td-table' | 'wtsa-actions' | 'action-plan' | 'emeeting-plan';
  /** Content-control tag: `td-lens:td-table`, `td-lens:emeeting-plan:RG-DT`. */
  tag: string;
  /** Content-control title shown in Word. */
  title: string;
  /** Paragraph inside the control before the table, when any. */
  caption?: string;
  table: TableSpec;
  placement: TablePlacement;
  warnings: string[];
}

/** A status line to add after a paragraph (inside the same table cell). */
export interface StatusInsert {
  /** `WTSA-24 action 2` or `73-06`. */
  action: string;
  afterParagraphIndex: number;
  /** Offset in `doc.text` right after that paragraph's text (preview hosts insert there). */
  afterOffset: number;
  text: string;
}

export interface StatusRoundPlan {
  kind: 'status-round';
  tag: string;
  /** `TSAG 01-2026`. */
  meeting: string;
  inserts: StatusInsert[];
  /** Actions that already have a line for the meeting. */
  alreadyDone: string[];
  warnings: string[];
}

/** What applying a plan did, for the pane. */
export interface FillResult {
  kind: FillKind;
  /** One line summary: `Linked 14 references (3 already linked)`. */
  summary: string;
  changed: number;
  warnings: string[];
}

/** A fill that cannot run (source unreadable, table not where expected): nothing was changed. */
export class FillError extends Error {
  constructor(
    readonly fill: FillKind,
    readonly reason: string,
  ) {
    super(`${fill}: ${reason}; nothing was changed`);
    this.name = 'FillError';
  }
}
