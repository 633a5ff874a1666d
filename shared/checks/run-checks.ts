/** Runs the agenda rules over a document: parse once, give every rule the same context, merge sorted findings. */
import type { AgendaDocument } from '../document/model';
import type { AgendaStructure } from '../agenda/types';
import type { MeetingContext } from '../meeting/types';
import type { TdRegister } from '../register/types';
import { buildContext } from './context';
import { excerptOf } from './excerpt';
import { RULES } from './registry';
import type { Finding, RuleContext, RuleId } from './types';

export interface CheckOptions {
  register?: TdRegister;
  /** Only these rules (default: all). */
  rules?: RuleId[];
  /** Rules switched off (applied after `rules`). */
  disabled?: RuleId[];
  /** The document's meeting, when the caller knows it better than the document says. */
  meeting?: MeetingContext;
  /** A structure parsed already. */
  agenda?: AgendaStructure;
  /**
   * Called when a rule throws (a bug, or input no one foresaw): the other rules still run. Default: a console
   * warning naming the rule.
   */
  onRuleError?: (rule: RuleId, error: unknown) => void;
}

export function runChecks(doc: AgendaDocument, options: CheckOptions = {}): Finding[] {
  const ctx = buildContext(doc, options);
  return runRules(ctx, options);
}

export function runRules(
  ctx: RuleContext,
  options: Pick<CheckOptions, 'rules' | 'disabled' | 'onRuleError'> = {},
): Finding[] {
  const only = options.rules ? new Set(options.rules) : null;
  const off = new Set(options.disabled ?? []);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if ((only && !only.has(rule.id)) || off.has(rule.id)) continue;
    let found;
    try {
      found = rule.check(ctx);
    } catch (error) {
      (options.onRuleError ?? warnRuleError)(rule.id, error);
      continue;
    }
    for (const f of found) {
      findings.push({
        rule: rule.id,
        severity: f.severity ?? rule.severity,
        message: f.message,
        excerpt: excerptOf(ctx.text, f.start, f.end),
        line: ctx.lineAt(f.start),
        start: f.start,
        end: f.end,
        ...(f.fix ? { fix: f.fix } : {}),
        ...(f.suggestion ? { suggestion: f.suggestion } : {}),
      });
    }
  }
  // Rule ids are ASCII: compared by code unit (`localeCompare` would build ICU's collator, tens of ms at start-up).
  return findings.sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

function warnRuleError(rule: RuleId, error: unknown): void {
  console.warn(
    `td-lens: rule ${rule} failed and was skipped: ${error instanceof Error ? error.message : String(error)}`,
  );
}
