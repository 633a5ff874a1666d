/**
 * The small document interface the task pane talks to: React never calls Word.* directly; it only sees an
 * AgendaHost. Its one implementation is the Word host (../word/word-host.ts), in Word on Office.js and in the
 * preview on an in-memory Word document.
 */
import type { AgendaDocument } from '../../shared/document/model';
import type { FillResult, LinkPlan, StatusRoundPlan, TablePlan } from '../../shared/fills/types';
import type { Span } from '../../shared/refs/types';

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
}

/** Applies a fill plan made from the host's last read. */
export interface FillApplier {
  links(plan: LinkPlan): Promise<FillResult>;
  table(plan: TablePlan): Promise<FillResult>;
  statusRound(plan: StatusRoundPlan): Promise<FillResult>;
}

export interface AgendaHost {
  /** Reads the whole document into the shared model, in a constant number of round trips. */
  read(onProgress?: (progress: ReadProgress) => void): Promise<AgendaDocument>;
  /** Selects a span of the last read model's text and scrolls to it. */
  select(span: Span): Promise<void>;
  /** Applies edits (fixes) in one batch; spans refer to the last read model. */
  replace(edits: TextEdit[]): Promise<EditResult>;
  /** Settings kept with the document (meeting context, TD register, rule switches). */
  loadSetting<T>(key: string): Promise<T | undefined>;
  saveSetting(key: string, value: unknown): Promise<void>;
  /** Calls `listener` when the document changes (debounced re-check); returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** The fills (links, tables, status round), applied to the document of the last read. */
  readonly fills: FillApplier;
}
