/**
 * `td-lens check FILE... [--register FILE|itu [--offline]] [--meeting ID] [--format text|json|sarif] [--rules id,id]
 * [--disable id,id] [--fix [--force]]`: runs the agenda rules on each file (a folder stands for its agendas). Exit 0
 * without error-level findings, 1 with, 2 on bad input; with several files the highest of them, and 2 when a file
 * could not be read (the others are checked all the same). `--fix` writes each file's sure fixes into a new copy
 * (fix.ts).
 */
import { runChecks } from '../shared/checks/run-checks';
import { isRuleId, RULES } from '../shared/checks/registry';
import { toSarif, type SarifDocument } from '../shared/checks/sarif';
import type { Finding, RuleId } from '../shared/checks/types';
import type { AgendaDocument } from '../shared/document/model';
import { printable } from '../shared/text/printable';
import { formatOption, runCommand, type OptionValues } from './args';
import { EXIT_INPUT, InputError, reportError, UsageError } from './errors';
import { writeFixed } from './fix';
import { agendaFiles } from './input';
import { MEETING_OPTION } from './meeting-option';
import { jsonOutput, writeOutput } from './output';
import { documentAndRegister, readDocumentOptions, REGISTER_OPTIONS, type DocumentOptions } from './register-option';
import { paint, type CliIo } from './terminal';

export const CHECK_USAGE = `Usage: td-lens check FILE... [options]

Checks agendas (.txt, .docx, .html; a folder stands for its agendas) against the TD Lens rules.

Options:
  --register FILE     TD register of the agenda's meeting: .csv (id,title,source), .json, an ITU listing
                      page (.html), or ITU's index file (T25-TSAG-250526-TD.xml, or T25-SG12-C.xml for
                      contributions)
  --register itu      fetch ITU's TD index of the agenda's meeting (kept a day in the user's cache folder)
  --offline           with --register itu: use the kept copy only, never the network
  --meeting ID        the agenda's meeting, over what its header says: ITU's id (T25-SG12-250909) or the
                      group and first day ("SG12, Geneva, 9-18 September 2025", "TSAG 2026-01-12")
  --format FORMAT     text (default), json or sarif
  --rules ID,ID       run only these rules
  --disable ID,ID     switch these rules off
  --fix               write the sure fixes into a new copy (NAME.fixed.txt / NAME.fixed.docx), in the
                      original's encoding; the original is never written
  --force             with --fix, replace an existing NAME.fixed.* (kept otherwise)
  -h, --help          this help

Several files: each file's findings under its name and one summary line (text); {"files": [...], "summary"}
(json); one run with every file's results (sarif). A file that cannot be read is said on stderr and in the
output, and the others are checked.
Exit status: 0 no error-level finding, 1 error-level findings, 2 bad input (or a file not read), 3 internal error.
Rules: ${RULES.map((r) => r.id).join(', ')}
`;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

interface CheckSettings {
  format: Format;
  rules?: RuleId[];
  disabled?: RuleId[];
  fix: boolean;
  force: boolean;
  documents: DocumentOptions;
}

/** One file's outcome: its findings, or why it could not be read. */
type Checked = { file: string; doc: AgendaDocument; findings: Finding[] } | { file: string; error: string };

export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const options = {
    ...REGISTER_OPTIONS,
    ...MEETING_OPTION,
    format: { type: 'string' },
    rules: { type: 'string' },
    disable: { type: 'string' },
    fix: { type: 'boolean' },
    force: { type: 'boolean' },
  } as const;
  return runCommand(argv, io, CHECK_USAGE, options, async ({ values, positionals }) => {
    const inputs = agendaFiles(positionals, 'check');
    const settings = await checkSettings(values, io);
    if (!inputs.several) return checkOne(inputs.files[0], settings, io);
    return checkSeveral(inputs.files, inputs.unlisted, settings, io);
  });
}

async function checkSettings(values: OptionValues, io: CliIo): Promise<CheckSettings> {
  const format = formatOption(values.format, FORMATS, 'text');
  const rules = ruleList(values.rules, '--rules');
  const disabled = ruleList(values.disable, '--disable');
  if (values.force && !values.fix) throw new UsageError('--force only goes with --fix');
  return {
    format,
    rules,
    disabled,
    fix: values.fix === true,
    force: values.force === true,
    documents: await readDocumentOptions(values, io),
  };
}

function ruleList(value: unknown, flag: string): RuleId[] | undefined {
  if (typeof value !== 'string') return undefined;
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new InputError(`${flag}: no rule ids given`);
  const unknown = ids.filter((id) => !isRuleId(id));
  if (unknown.length)
    throw new InputError(
      `${flag}: unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} (rules: ${RULES.map((r) => r.id).join(', ')})`,
    );
  return ids as RuleId[];
}

/** Reads and checks one file; one that cannot be read (or whose register does not fit) is an InputError. */
async function checkFile(
  file: string,
  settings: CheckSettings,
  io: CliIo,
): Promise<{ doc: AgendaDocument; bytes: Uint8Array; findings: Finding[] }> {
  const { doc, bytes, register } = await documentAndRegister(settings.documents, file, io);
  const { rules, disabled } = settings;
  const findings = runChecks(doc, {
    register,
    rules,
    disabled,
    ...(settings.documents.meeting ? { meeting: settings.documents.meeting } : {}),
  });
  return { doc, bytes, findings };
}

/** With --fix in a machine format, the report of changes goes to stderr so stdout stays parseable. */
const fixReport = (settings: CheckSettings, io: CliIo) => ({
  say: settings.format === 'text' ? io.out : io.err,
  force: settings.force,
});

const exitOf = (findings: readonly Finding[]) => (findings.some((f) => f.severity === 'error') ? 1 : 0);

async function checkOne(file: string, settings: CheckSettings, io: CliIo): Promise<number> {
  const { doc, bytes, findings } = await checkFile(file, settings, io);
  if (settings.format === 'json') await writeOutput(io, jsonOutput({ file, findings: findings.map(jsonFinding) }));
  else if (settings.format === 'sarif')
    await writeOutput(io, jsonOutput(toSarif([{ file, findings, text: doc.text }])));
  else await writeOutput(io, formatText(file, findings, io.color));
  if (settings.fix) await writeFixed(file, { doc, bytes }, findings, fixReport(settings, io));
  return exitOf(findings);
}

/**
 * Every file in turn: one failing to read is reported (stderr, and its entry in the output) and the rest go on.
 * Text output is written as each file is checked; JSON and SARIF once all are.
 */
async function checkSeveral(
  files: string[],
  unlisted: { file: string; error: string }[],
  settings: CheckSettings,
  io: CliIo,
): Promise<number> {
  const checked: Checked[] = unlisted.map((u) => ({ ...u }));
  for (const u of unlisted) reportError(io, new InputError(u.error));
  let code = 0;
  for (const file of files) {
    const result = await failingInput(io, () => checkFile(file, settings, io));
    if ('error' in result) {
      checked.push({ file, error: result.error });
      continue;
    }
    const { doc, bytes, findings } = result;
    checked.push({ file, doc, findings });
    code = Math.max(code, exitOf(findings));
    if (settings.format === 'text') await writeOutput(io, formatText(file, findings, io.color, { summary: false }));
    // A fixed copy that cannot be written is said, and the run ends with exit 2; the file's findings stand.
    if (!settings.fix) continue;
    const fixed = await failingInput(io, async () => {
      await writeFixed(file, { doc, bytes }, findings, fixReport(settings, io));
      return { written: file };
    });
    if ('error' in fixed) code = EXIT_INPUT;
  }
  const read = checked.filter((c) => 'findings' in c);
  const unread = checked.filter((c) => 'error' in c);
  const all = read.flatMap((c) => c.findings);
  if (settings.format === 'json') {
    const entries = checked.map((c) =>
      'error' in c ? { file: c.file, error: c.error } : { file: c.file, findings: c.findings.map(jsonFinding) },
    );
    await writeOutput(
      io,
      jsonOutput({ files: entries, summary: { files: checked.length, unread: unread.length, ...counts(all) } }),
    );
  } else if (settings.format === 'sarif') {
    const documents: SarifDocument[] = read.map((c) => ({ file: c.file, findings: c.findings, text: c.doc.text }));
    await writeOutput(
      io,
      jsonOutput(toSarif(documents, { unread: unread.map((c) => ({ file: c.file, message: c.error })) })),
    );
  } else {
    io.out(`${summaryLine(all)} in ${checked.length} files${unread.length ? `; ${unread.length} not read` : ''}\n`);
  }
  return unread.length > 0 ? EXIT_INPUT : code;
}

/** `run()`'s result, or the message of the InputError it threw (said on stderr as every command says it). */
async function failingInput<T>(io: CliIo, run: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    reportError(io, error);
    return { error: error.message };
  }
}

function jsonFinding(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    excerpt: f.excerpt,
    line: f.line,
    start: f.start,
    end: f.end,
    fix: f.fix ?? null,
    suggestion: f.suggestion ?? null,
  };
}

function counts(findings: readonly Finding[]): { findings: number; errors: number; warnings: number; info: number } {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return { findings: findings.length, errors: count('error'), warnings: count('warning'), info: count('info') };
}

/** `16 findings: 0 error(s), 15 warning(s), 1 info`. */
function summaryLine(findings: readonly Finding[]): string {
  const c = counts(findings);
  return `${c.findings} finding${c.findings === 1 ? '' : 's'}: ${c.errors} error(s), ${c.warnings} warning(s), ${c.info} info`;
}

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const;

/**
 * Grouped by rule, in the registry's order, with counts; colour only when asked. One line at a time. Alone, a file's
 * findings end with their summary line; among several (`summary: false`) they are headed by the file's name.
 */
export function* formatText(
  file: string,
  findings: readonly Finding[],
  color: boolean,
  { summary = true } = {},
): Generator<string> {
  const name = printable(file);
  if (findings.length === 0) {
    yield `${name}: no findings\n`;
    return;
  }
  if (!summary) yield `${paint(name, 'bold', color)}: ${summaryLine(findings)}\n`;
  for (const rule of RULES) {
    const mine = findings.filter((f) => f.rule === rule.id);
    if (mine.length === 0) continue;
    const severity = mine.some((f) => f.severity === 'error')
      ? 'error'
      : mine.some((f) => f.severity === 'warning')
        ? 'warning'
        : 'info';
    yield `${paint(rule.id, 'bold', color)} ${paint(`(${mine.length})`, SEVERITY_COLOR[severity], color)} ${paint(rule.title, 'dim', color)}\n`;
    for (const f of mine) {
      const fix = f.fix ? paint(' [fixable]', 'green', color) : '';
      yield `  ${name}:${f.line}  ${paint(f.severity, SEVERITY_COLOR[f.severity], color)}  "${printable(f.excerpt)}"  ${printable(f.message)}${fix}\n`;
    }
  }
  if (summary) yield `${summaryLine(findings)}\n`;
}
