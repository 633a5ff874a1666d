/**
 * `td-lens check FILE [--register FILE] [--format text|json|sarif] [--rules id,id] [--disable id,id] [--fix]`:
 * runs the agenda rules. Exit 0 without error-level findings, 1 with, 2 on bad input. `--fix` writes the sure
 * fixes into a copy (`NAME.fixed.txt`, `NAME.fixed.docx`), never over the original, and lists what it changed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { lineIndex } from '../shared/text/lines';
import { RegisterError, parseRegister } from '../shared/register/parse-register';
import type { TdRegister } from '../shared/register/types';
import { runChecks } from '../shared/checks/run-checks';
import { isRuleId, RULES } from '../shared/checks/registry';
import { toSarif } from '../shared/checks/sarif';
import { applyFixes } from '../shared/checks/apply-fixes';
import { applyDocxFixes } from '../shared/checks/docx-fixes';
import type { Finding, Fix, RuleId } from '../shared/checks/types';
import type { AgendaDocument } from '../shared/document/model';
import { documentAndRegister } from './itu-register';
import { InputError, formatOption, paint, parseCommandArgs, readInputFile, reportError, singleFile, type CliIo } from './io';

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
  --fix               write the sure fixes into a copy (NAME.fixed.txt / NAME.fixed.docx)
  -h, --help          this help

Exit status: 0 no error-level finding, 1 error-level findings, 2 bad input.
Rules: ${RULES.map((r) => r.id).join(', ')}
`;

const FORMATS = ['text', 'json', 'sarif'] as const;

export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseCommandArgs(argv, {
      register: { type: 'string' },
      offline: { type: 'boolean' },
      format: { type: 'string' },
      rules: { type: 'string' },
      disable: { type: 'string' },
      fix: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(CHECK_USAGE);
      return 0;
    }
    const format = formatOption(values.format, FORMATS, 'text');
    const rules = ruleList(values.rules, '--rules');
    const disabled = ruleList(values.disable, '--disable');
    const file = singleFile(positionals, 'check');
    const { doc, register } = await documentAndRegister(values, file, io, loadRegister);
    const findings = runChecks(doc, { register, rules, disabled });

    if (format === 'json') io.out(`${JSON.stringify({ file, findings: findings.map(jsonFinding) }, null, 2)}\n`);
    else if (format === 'sarif') io.out(`${JSON.stringify(toSarif(file, findings, doc.text), null, 2)}\n`);
    else io.out(formatText(file, findings, io.color));

    // With --fix in a machine format, the report of changes goes to stderr so stdout stays parseable.
    if (values.fix) await writeFixed(file, doc, findings, format === 'text' ? io.out : io.err);
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (error) {
    return reportError(io, error);
  }
}

function ruleList(value: unknown, flag: string): RuleId[] | undefined {
  if (typeof value !== 'string') return undefined;
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) throw new InputError(`${flag}: no rule ids given`);
  const unknown = ids.filter((id) => !isRuleId(id));
  if (unknown.length) throw new InputError(`${flag}: unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} (rules: ${RULES.map((r) => r.id).join(', ')})`);
  return ids as RuleId[];
}

export async function loadRegister(file: string): Promise<TdRegister> {
  const content = new TextDecoder().decode(await readInputFile(file, 'a TD register'));
  try {
    return parseRegister(content, file);
  } catch (error) {
    if (error instanceof RegisterError) throw new InputError(error.message);
    throw error;
  }
}

function jsonFinding(f: Finding) {
  return { rule: f.rule, severity: f.severity, message: f.message, excerpt: f.excerpt, line: f.line, start: f.start, end: f.end, fix: f.fix ?? null };
}

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const;

/** Grouped by rule, in the registry's order, with counts; colour only when asked. */
export function formatText(file: string, findings: readonly Finding[], color: boolean): string {
  if (findings.length === 0) return `${file}: no findings\n`;
  const lines: string[] = [];
  for (const rule of RULES) {
    const mine = findings.filter((f) => f.rule === rule.id);
    if (mine.length === 0) continue;
    const severity = mine.some((f) => f.severity === 'error') ? 'error' : mine.some((f) => f.severity === 'warning') ? 'warning' : 'info';
    lines.push(`${paint(rule.id, 'bold', color)} ${paint(`(${mine.length})`, SEVERITY_COLOR[severity], color)} ${paint(rule.title, 'dim', color)}`);
    for (const f of mine) {
      const fix = f.fix ? paint(' [fixable]', 'green', color) : '';
      lines.push(`  ${file}:${f.line}  ${paint(f.severity, SEVERITY_COLOR[f.severity], color)}  "${f.excerpt}"  ${f.message}${fix}`);
    }
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  lines.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`);
  return `${lines.join('\n')}\n`;
}

/** `dir/agenda.txt` → `dir/agenda.fixed.txt`. */
export function fixedCopyName(file: string, ext: 'txt' | 'docx'): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const dot = file.lastIndexOf('.');
  const stem = dot > slash + 1 ? file.slice(0, dot) : file;
  return `${stem}.fixed.${ext}`;
}

async function writeFixed(file: string, doc: AgendaDocument, findings: readonly Finding[], say: (text: string) => void): Promise<void> {
  const fixes = findings.map((f) => f.fix).filter((f): f is Fix => f !== undefined);
  if (fixes.length === 0) {
    say('--fix: nothing to fix\n');
    return;
  }
  let target: string;
  let applied: Fix[];
  let skipped: { fix: Fix; reason: string }[];
  if (doc.format === 'txt') {
    const result = applyFixes(doc.text, fixes);
    target = fixedCopyName(file, 'txt');
    await writeFile(target, result.text, 'utf8');
    ({ applied, skipped } = result);
  } else if (doc.format === 'docx') {
    const result = applyDocxFixes(new Uint8Array(await readFile(file)), doc, fixes);
    target = fixedCopyName(file, 'docx');
    if (result.applied.length > 0) await writeFile(target, result.bytes);
    ({ applied, skipped } = result);
  } else {
    say(`--fix: fixes for .${doc.format} files are not supported; nothing written\n`);
    return;
  }
  const lineOf = lineIndex(doc.text).lineOf;
  for (const fix of applied) say(`fixed ${file}:${lineOf(fix.start)}: ${fix.description}\n`);
  for (const { fix, reason } of skipped) say(`skipped ${file}:${lineOf(fix.start)}: ${fix.description} (${reason})\n`);
  say(applied.length > 0 ? `wrote ${target} (${applied.length} fix${applied.length === 1 ? '' : 'es'}; ${file} unchanged)\n` : 'no fix could be applied; nothing written\n');
}
