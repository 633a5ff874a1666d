/**
 * What every `td-lens` command gets: where to write (so tests capture output in-process), whether to colour,
 * the bad-input error (exit 2), document loading with one-line causes, argument parsing and text formatting.
 * Text that came from outside (file names, document text, register ids) is shown with its control characters
 * escaped (`printable`), so no input can drive the user's terminal.
 */
import { printable } from '../shared/text/printable';
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DocumentError, type AgendaDocument } from '../shared/document/model';
import { readDocument } from '../shared/document/read';
import { MAX_FILE_BYTES, megabytes } from '../shared/document/limits';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Colour the text output (stdout is a terminal and NO_COLOR is unset). */
  color: boolean;
  /** Resolves once the output has room again (stdout drained); absent when output never pushes back. */
  drained?(): Promise<unknown> | undefined;
}

const wantsColor = (): boolean =>
  Boolean(process.stdout.isTTY) && (process.env.NO_COLOR === undefined || process.env.NO_COLOR === '');

/** The real terminal. `out`/`err` write the text as given (callers end lines with `\n`). */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  color: wantsColor(),
  drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain') : undefined),
};

/** An in-memory CliIo for tests and for callers that post-process output. */
export function captureIo(color = false): CliIo & { stdout: () => string; stderr: () => string; writes: () => string[] } {
  const writes: string[] = [];
  let err = '';
  return {
    out: (text) => void writes.push(text),
    err: (text) => void (err += text),
    color,
    stdout: () => writes.join(''),
    stderr: () => err,
    /** Each `out` call's text, to see that output came in bounded chunks. */
    writes: () => writes,
  };
}

/** Bad input or bad usage: the command prints `td-lens: <message>` and exits 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Bad command-line usage (unknown flag, missing argument): exit 2 with a pointer to --help. */
export class UsageError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The exit code of bad input/usage. */
export const EXIT_INPUT = 2;

export function systemCause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/**
 * Reads one input file (agenda or register); every failure is an InputError `<file>: <cause>` on one line. Read
 * synchronously: the command has nothing to do meanwhile, and Node starts no thread pool for it.
 */
export async function readInputFile(file: string, what = 'an agenda'): Promise<Uint8Array> {
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
    if (!info.isFile()) throw new InputError(`${file}: not a regular file`);
    if (info.size > MAX_FILE_BYTES) throw new InputError(`${file}: too large (${megabytes(info.size)}) for ${what} (the limit is ${megabytes(MAX_FILE_BYTES)})`);
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: ${systemCause(error)}`);
  }
}

/** Reads and parses one agenda file (keeping the bytes read); every failure is an InputError `<file>: <cause>`. */
export async function loadDocument(file: string): Promise<{ doc: AgendaDocument; bytes: Uint8Array }> {
  const bytes = await readInputFile(file);
  try {
    return { doc: readDocument(bytes, file), bytes };
  } catch (error) {
    if (error instanceof DocumentError) throw new InputError(`${file}: ${error.cause_}`);
    throw new InputError(`${file}: cannot read: ${systemCause(error)}`);
  }
}

/** The pointer a usage error ends with, on the same line (scripts read one line of stderr). */
export const HELP_HINT = "(see 'td-lens --help')";

/** Prints an error the way every command does, on one line, control characters escaped; returns the exit code. */
export function reportError(io: CliIo, error: unknown): number {
  if (error instanceof InputError) {
    const hint = error instanceof UsageError ? ` ${HELP_HINT}` : '';
    io.err(`td-lens: ${printable(error.message.replace(/[ \t]*[\r\n]+[ \t]*/g, ' '))}${hint}\n`);
    return EXIT_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`td-lens: internal error: ${printable(message.split('\n')[0])}\n`);
  return 1;
}

/**
 * `node:util` parseArgs with strict checking, its errors turned into UsageErrors (one line, naming the flag).
 * Always allows positionals.
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/, ''));
  }
}

/** `--format` value: one of `allowed`, or a UsageError. */
export function formatOption<F extends string>(value: unknown, allowed: readonly F[], fallback: F): F {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${String(value)}")`);
}

/**
 * One command's frame: its options (and `--help`, which prints `usage`) parsed strictly, then `body`; any error
 * becomes one line on stderr and its exit code (reportError).
 */
export async function runCommand<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  io: CliIo,
  usage: string,
  options: T,
  body: (args: { values: Record<string, string | boolean | undefined>; positionals: string[] }) => Promise<number>,
): Promise<number> {
  try {
    const args = parseCommandArgs(argv, { ...options, help: { type: 'boolean', short: 'h' } });
    if (args.values.help) {
      io.out(usage);
      return 0;
    }
    return await body(args);
  } catch (error) {
    return reportError(io, error);
  }
}

/** Exactly one FILE argument. */
export function singleFile(positionals: string[], command: string): string {
  if (positionals.length === 0) throw new UsageError(`${command}: missing FILE`);
  if (positionals.length > 1) throw new UsageError(`${command}: expected one FILE, got ${positionals.length}`);
  return positionals[0];
}

const ANSI: Record<string, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  gray: [90, 39],
};
export type Color = keyof typeof ANSI;

/** Wraps `text` in an ANSI colour when `enabled`. */
export function paint(text: string, color: Color, enabled: boolean): string {
  const codes = ANSI[color];
  return enabled && codes ? `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m` : text;
}

// eslint-disable-next-line no-control-regex
const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;

/** Visible width of a string (ANSI codes left out). */
export function visibleWidth(text: string): number {
  return [...text.replace(ANSI_PATTERN, '')].length;
}

/**
 * Aligned columns, one line (ending `\n`) at a time: every column but the last is padded to its widest cell.
 * Cells may hold ANSI colour. `rows` is read twice (widths, then lines), so it may be a lazy view of the data.
 */
export function* columnLines(rows: Iterable<string[]>, gap = 2): Generator<string> {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleWidth(cell))));
  for (const row of rows) {
    const line = row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i] - visibleWidth(cell) + gap))).join('');
    yield `${line.trimEnd()}\n`;
  }
}

/** Shortens one-line text to `max` characters with an ellipsis; tabs and line ends become spaces, controls escaped. */
export function clip(text: string, max: number): string {
  const flat = printable(text.replace(/[\t\r\n]+/g, ' '));
  return [...flat].length <= max ? flat : [...flat].slice(0, Math.max(0, max - 1)).join('') + '…';
}

