/** Findings of the agenda checks, and what every rule is given and returns. */
import type { AgendaDocument } from '../document/model';
import type { AgendaStructure } from '../agenda/types';
import type { MeetingContext } from '../meeting/types';
import type { Reference } from '../refs/types';
import type { Span } from '../text/spans';
import type { TdRegister } from '../register/types';

export const RULE_IDS = [
  'action-duplicate',
  'action-sequence',
  'action-inline',
  'agenda-numbering',
  'annex-missing',
  'td-unknown',
  'td-revision',
  'sg-unknown',
  'status-vocabulary',
  'status-meeting-tag',
  'status-duplicate',
  'status-missing',
  'resolution-mismatch',
  'wtsa-action-unknown',
  'date-invalid',
  'date-year-missing',
  'meeting-timezone',
  'meeting-deadline',
  'meeting-order',
  'meeting-weekend',
  'action-td-missing',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

/** A text edit: replace `text.slice(start, end)` with `replacement` (offsets into `doc.text`). */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
  description: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  /** The text the finding is about, whitespace collapsed, shortened when long. */
  excerpt: string;
  /** 1-based line of `start`. */
  line: number;
  start: number;
  end: number;
  fix?: Fix;
}

/** What a rule reports; the runner adds rule id, line, excerpt and the default severity. */
export interface RuleFinding extends Span {
  message: string;
  severity?: Severity;
  fix?: Fix;
}

/** Everything a rule may look at, computed once per run. */
export interface RuleContext {
  doc: AgendaDocument;
  text: string;
  agenda: AgendaStructure;
  /** Every reference in the text (all kinds), sorted by start. */
  references: Reference[];
  register?: TdRegister;
  /** The document's meeting: given by the caller, else detected. */
  meeting: MeetingContext | null;
  /** Canonical tag of the document's meeting in status lines (`TSAG 05-2025`), when known. */
  currentTag: string | null;
  /** 1-based line of an offset. */
  lineAt(offset: number): number;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  title: string;
  /** One paragraph for the add-in's rule list and SARIF help text. */
  description: string;
  /** True when some of its findings carry a fix. */
  fixable: boolean;
  check(ctx: RuleContext): RuleFinding[];
}
