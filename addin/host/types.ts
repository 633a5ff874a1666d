/**
 * The small document interface the task pane talks to: React never calls Word.* directly; it only sees an
 * AgendaHost. Its one implementation is the Word host (../word/word-host.ts), in Word on Office.js and in the
 * preview on an in-memory Word document.
 */
import type { AgendaDocument } from '../../shared/document/model';
import type { FillResult, LinkPlan, StatusRoundPlan, TablePlan } from '../../shared/fills/types';
import type { Span } from '../../shared/text/spans';

export interface ReadProgress {
  /** Paragraphs (or steps) done so far. */
  done: number;
  total: number;
}

/** Replace `doc.text.slice(start, end)` (which should equal `expected`) with `replacement`. */
export interface TextEdit extends Span {
  replacement: string;
  /** The text the edit expects to find; an edit whose text changed since the read is skipped, not forced. */
  expected?: string;
}

export interface EditResult {
  applied: number;
  skipped: { edit: TextEdit; reason: string }[];
  /** The edits were made with Track Changes on: they are tracked changes, to accept or reject in Word. */
  tracked?: boolean;
}

/**
 * Track Changes as the last read found it. `unknown` where Word cannot say (before WordApi 1.4): there, text
 * deleted with Track Changes on is read as if it were still there.
 */
export type TrackChanges = 'off' | 'on' | 'unknown';

/** Applies a fill plan made from the host's last read. */
export interface FillApplier {
  links(plan: LinkPlan): Promise<FillResult>;
  table(plan: TablePlan): Promise<FillResult>;
  statusRound(plan: StatusRoundPlan): Promise<FillResult>;
}

export interface AgendaHost {
  /**
   * Reads the whole document into the shared model, in a constant number of round trips: the text as it will read
   * once tracked changes are accepted.
   */
  read(onProgress?: (progress: ReadProgress) => void): Promise<AgendaDocument>;
  /** Track Changes at the last read (`off` before any). */
  readonly trackChanges: TrackChanges;
  /** Selects a span of the last read model's text and scrolls to it. */
  select(span: Span): Promise<void>;
  /**
   * Applies edits (fixes) in one batch; spans refer to the last read model. Throws `PartialWriteError` when Word
   * fails while writing (some edits may be applied), any other error when nothing was written.
   */
  replace(edits: TextEdit[]): Promise<EditResult>;
  /** Settings kept with the document (meeting context, TD register, rule switches). */
  loadSetting<T>(key: string): Promise<T | undefined>;
  saveSetting(key: string, value: unknown): Promise<void>;
  /** Calls `listener` when the document changes (debounced re-check); returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** The fills (links, tables, status round), applied to the document of the last read. */
  readonly fills: FillApplier;
}

/**
 * Word failed while writing: a batch is not a transaction, so what was queued before the failing operation may be
 * in the document (Office JS API: OfficeExtension.Error.traceMessages lists what ran before an error,
 * https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error). Undo in Word takes it back.
 */
export class PartialWriteError extends Error {
  constructor(what: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(
      `${what} stopped part-way: Word reported “${why}”. Part of it may already be in the document: Undo (Ctrl+Z) in Word takes it back.`,
    );
    this.name = 'PartialWriteError';
  }
}
