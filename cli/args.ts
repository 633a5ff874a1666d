/**
 * A command's arguments: its options parsed strictly (`node:util` parseArgs), `--help`, `--format`, the FILE
 * argument, and the frame that turns any error into one line and an exit code.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { reportError, UsageError } from './errors';
import type { CliIo } from './terminal';

export type OptionValues = Record<string, string | boolean | undefined>;

/** parseArgs with strict checking, its errors turned into UsageErrors (one line, naming the flag). Always allows positionals. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
): { values: OptionValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
    return { values: values as OptionValues, positionals };
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
  body: (args: { values: OptionValues; positionals: string[] }) => Promise<number>,
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
