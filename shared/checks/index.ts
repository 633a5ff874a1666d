/** The agenda checks' public API (the add-in's Validate, the CLI, CI). */
export { runChecks, runRules, type CheckOptions } from './run-checks';
export { buildContext, type ContextOptions } from './context';
export { RULES, ruleById, isRuleId } from './registry';
export { applyFixes, type AppliedFixes } from './apply-fixes';
export { applyDocxFixes, type DocxFixResult } from './docx-fixes';
export { toSarif, type SarifLog } from './sarif';
export { RULE_IDS, type Finding, type Fix, type Rule, type RuleContext, type RuleFinding, type RuleId, type Severity } from './types';
