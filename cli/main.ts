/** The process entry (imported by bin.mjs): runs the command line and sets the exit code. */
import { processIo } from './terminal';
import { runCli } from './run';
import { EXIT_INTERNAL, internalMessage } from './errors';

/** An error nothing caught (stdout failing while it drains, a bug in a callback): one line, exit 3. */
const fail = (error: unknown) => {
  process.stderr.write(`td-lens: ${internalMessage(error)}\n`);
  process.exit(EXIT_INTERNAL);
};

// `td-lens refs big.docx | head`: the reader going away is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail(error);
});
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

process.exitCode = await runCli(process.argv.slice(2), processIo);
