/**
 * `td-lens check FILE [--register FILE|itu [--offline]] [--format text|json|sarif] [--rules id,id] [--disable id,id] [--fix [--force]]`:
 * runs the agenda rules. Exit 0 without error-level findings, 1 with, 2 on bad input. `--fix` writes the sure
 * fixes into a new copy (fix.ts).
 */
import { runChecks } from '../shared/checks/run-checks';
import { isRuleId, RULES } from '../shared/checks/registry';
import { toSarif } from '../shared/checks/sarif';
import type { Finding, RuleId } from '../shared/checks/types';
import { printable } from '../shared/text/printable';
import { formatOption, runCommand, singleFile } from './args';
import { InputError, UsageError } from './errors';
import { writeFixed } from './fix';
import { jsonOutput, writeOutput } from './output';
import { documentAndRegister, REGISTER_OPTIONS } from './register-option';
import { paint, type CliIo } from './terminal';

export const CHECK_USAGE = `Usage: td-lens check FILE [options]

Checks an agenda (.txt, .docx, .html) against the TD Lens rules.

Options:
  --register FILE     TD register of the agenda's meeting: .csv (id,title,source), .json, an ITU listing
                      page (.html), or ITU's index file (T25-TSAG-250526-TD.xml, or T25-SG12-C.xml for
                      contributions)
  --register itu      fetch ITU's TD index of the meeting in the agenda's header (kept a day in the
                      user's cache folder)
  --offline           with --register itu: use the kept copy only, never the network
  --format FORMAT     text (default), json or sarif
  --rules ID,ID       run only these rules
  --disable ID,ID     switch these rules off
  --fix               write the sure fixes into a new copy (NAME.fixed.txt / NAME.fixed.docx), in the
                      original's encoding; the original is never written
  --force             with --fix, replace an existing NAME.fixed.* (kept otherwise)
  -h, --help          this help

Exit status: 0 no error-level finding, 1 error-level findings, 2 bad input.
Rules: ${RULES.map((r) => r.id).join(', ')}
`;

const FORMATS = ['text', 'json', 'sarif'] as const;

export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const options = {
    ...REGISTER_OPTIONS,
    format: { type: 'string' },
    rules: { type: 'string' },
    disable: { type: 'string' },
    fix: { type: 'boolean' },
    force: { type: 'boolean' },
  } as const;
  return runCommand(argv, io, CHECK_USAGE, options, async ({ values, positionals }) => {
    const format = formatOption(values.format, FORMATS, 'text');
    const rules = ruleList(values.rules, '--rules');
    const disabled = ruleList(values.disable, '--disable');
    const file = singleFile(positionals, 'check');
    if (values.force && !values.fix) throw new UsageError('--force only goes with --fix');
    const { doc, bytes, register } = await documentAndRegister(values, file, io);
    const findings = runChecks(doc, { register, rules, disabled });

    if (format === 'json') await writeOutput(io, jsonOutput({ file, findings: findings.map(jsonFinding) }));
    else if (format === 'sarif') await writeOutput(io, jsonOutput(toSarif(file, findings, doc.text)));
    else await writeOutput(io, formatText(file, findings, io.color));

    // With --fix in a machine format, the report of changes goes to stderr so stdout stays parseable.
    if (values.fix) await writeFixed(file, { doc, bytes }, findings, { say: format === 'text' ? io.out : io.err, force: values.force === true });
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  });
}

function ruleList(value: unknown, flag: string): RuleId[] | undefined {
  if (typeof value !== 'string') return undefined;
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) throw new InputError(`${flag}: no rule ids given`);
  const unknown = ids.filter((id) => !isRuleId(id));
  if (unknown.length) throw new InputError(`${flag}: unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} (rules: ${RULES.map((r) => r.id).join(', ')})`);
  return ids as RuleId[];
}

function jsonFinding(f: Finding) {
  return { rule: f.rule, severity: f.severity, message: f.message, excerpt: f.excerpt, line: f.line, start: f.start, end: f.end, fix: f.fix ?? null, suggestion: f.suggestion ?? null };
}

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const;

/** Grouped by rule, in the registry's order, with counts; colour only when asked. One line at a time. */
export function* formatText(file: string, findings: readonly Finding[], color: boolean): Generator<string> {
  const name = printable(file);
  if (findings.length === 0) {
    yield `${name}: no findings\n`;
    return;
  }
  for (const rule of RULES) {
    const mine = findings.filter((f) => f.rule === rule.id);
    if (mine.length === 0) continue;
    const severity = mine.some((f) => f.severity === 'error') ? 'error' : mine.some((f) => f.severity === 'warning') ? 'warning' : 'info';
    yield `${paint(rule.id, 'bold', color)} ${paint(`(${mine.length})`, SEVERITY_COLOR[severity], color)} ${paint(rule.title, 'dim', color)}\n`;
    for (const f of mine) {
      const fix = f.fix ? paint(' [fixable]', 'green', color) : '';
      yield `  ${name}:${f.line}  ${paint(f.severity, SEVERITY_COLOR[f.severity], color)}  "${printable(f.excerpt)}"  ${printable(f.message)}${fix}\n`;
    }
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  yield `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info\n`;
}
