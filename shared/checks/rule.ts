/**
 * What a rule is, what it is given and what it returns. Rules import from here only; the ids of the rules and the
 * findings the runner makes of their output are in types.ts, derived from the table of rules (registry.ts).
 */
import type { AgendaDocument } from '../document/model';
import type { AgendaStructure } from '../agenda/types';
import type { MeetingContext } from '../meeting/types';
import type { Reference } from '../refs/types';
import type { Span } from '../text/spans';
import type { TdRegister } from '../register/types';

export type Severity = 'error' | 'warning' | 'info';

/** A text edit: replace `text.slice(start, end)` with `replacement` (offsets into `doc.text`). */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
  description: string;
}

/** An edit the editor may choose: a fix, with the short label of a button that applies it (`TD212?`). */
export interface Suggestion extends Fix {
  label: string;
}

/** What a rule reports; the runner adds rule id, line, excerpt and the default severity. */
export interface RuleFinding extends Span {
  message: string;
  severity?: Severity;
  /** A sure fix: "Fix all" and `check --fix` apply it. */
  fix?: Fix;
  /**
   * An edit the editor may choose (`TD212?`): shown beside the finding, applied only when the editor picks it, never
   * by "Fix all" or `check --fix`. A rule gives a suggestion where it has a likely correction but no certainty.
   */
  suggestion?: Suggestion;
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

export interface Rule<Id extends string = string> {
  id: Id;
  severity: Severity;
  title: string;
  /** One paragraph for the add-in's rule list and SARIF help text. */
  description: string;
  /** True when some of its findings carry a sure fix. */
  fixable: boolean;
  /** True when some of its findings carry a suggestion (an edit the editor chooses). */
  suggests?: boolean;
  check(ctx: RuleContext): RuleFinding[];
}

/** A rule, its id kept as a literal type so that the table of rules can derive `RuleId`. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
