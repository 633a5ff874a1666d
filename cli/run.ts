/** `td-lens <command> ...`: dispatch, --help, --version. Side-effect free so tests run it in-process. */
import { readFileSync } from 'node:fs';
import { checkCommand } from './check';
import { refsCommand } from './refs';
import { tablesCommand } from './tables';
import { EXIT_INPUT, HELP_HINT } from './errors';
import type { CliIo } from './terminal';
import { printable } from '../shared/text/printable';

export type Command = (argv: string[], io: CliIo) => Promise<number>;

export const COMMANDS: Record<string, { run: Command; summary: string }> = {
  refs: { run: refsCommand, summary: 'list the references (TDs, contributions, action codes, ...) in an agenda' },
  check: { run: checkCommand, summary: 'check an agenda and report findings' },
  tables: { run: tablesCommand, summary: 'show WTSA actions, action-plan items and e-meeting plans' },
};

export const USAGE = `Usage: td-lens <command> FILE [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)}${c.summary}`)
  .join('\n')}

Files: .txt (Word plain-text export), .docx, .html.
Run 'td-lens <command> --help' for a command's options.

Options:
  -h, --help      show this help
  -v, --version   show the version
Exit codes: 0 ok, 1 findings (check), 2 bad input or usage, 3 internal error (a bug, or output
that cannot be written).
`;

/** Set by the bundle build (scripts/build-cli.mjs); undefined when the sources run through tsx. */
declare const __TD_LENS_VERSION__: string | undefined;

export function version(): string {
  if (typeof __TD_LENS_VERSION__ === 'string') return __TD_LENS_VERSION__;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(USAGE);
    return EXIT_INPUT;
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.out(`td-lens ${version()}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    const what = first.startsWith('-')
      ? `unknown option '${printable(first)}'`
      : `unknown command '${printable(first)}'`;
    io.err(`td-lens: ${what} ${HELP_HINT}\n`);
    return EXIT_INPUT;
  }
  return command.run(rest, io);
}
