/**
 * How a command fails: bad input or usage is an InputError, printed as one line `td-lens: <message>` (control
 * characters escaped: scripts read one line of stderr, and no input drives the terminal) with exit 2; anything else
 * (a bug, output that cannot be written) exits 3.
 */
import { printable } from '../shared/text/printable';
import type { CliIo } from './terminal';

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

/**
 * The exit code of everything else that stops a command: a bug, or the system failing it (the output cannot be
 * written). Not 1, which means findings: CI must be able to tell the two apart.
 */
export const EXIT_INTERNAL = 3;

/** The pointer a usage error ends with, on the same line (scripts read one line of stderr). */
export const HELP_HINT = "(see 'td-lens --help')";

/** A file system error as a few words (`no such file`), for `<file>: <cause>` lines. */
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
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/** Prints an error the way every command does, on one line, control characters escaped; returns the exit code. */
export function reportError(io: CliIo, error: unknown): number {
  if (error instanceof InputError) {
    const hint = error instanceof UsageError ? ` ${HELP_HINT}` : '';
    io.err(`td-lens: ${printable(error.message.replace(/[ \t]*[\r\n]+[ \t]*/g, ' '))}${hint}\n`);
    return EXIT_INPUT;
  }
  io.err(`td-lens: ${internalMessage(error)}\n`);
  return EXIT_INTERNAL;
}

/** One line for an error that is not bad input: the output that cannot be written, or `internal error: ...`. */
export function internalMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if ((error as NodeJS.ErrnoException | undefined)?.syscall === 'write' && code)
    return `cannot write the output: ${systemCause(error)}`;
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${printable(message.split('\n')[0])}`;
}
