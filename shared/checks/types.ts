/**
 * Findings of the agenda checks, as the front ends see them. `RuleId` is derived from the table of rules
 * (registry.ts): a rule is added there, and nowhere else.
 */
import type { Fix, Severity, Suggestion } from './rule';
import type { RuleId } from './registry';

export type { Fix, Rule, RuleContext, RuleFinding, Severity, Suggestion } from './rule';
export type { RuleId } from './registry';

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
  /** A sure fix ("Fix all", `check --fix`). */
  fix?: Fix;
  /** An edit the editor may choose, never applied by "Fix all" or `check --fix` (`TD212?`). */
  suggestion?: Suggestion;
}
