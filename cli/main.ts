/** The process entry (imported by bin.mjs): runs the command line and sets the exit code. */
import { processIo } from './terminal';
import { runCli } from './run';

// `td-lens refs big.docx | head`: the reader going away is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), processIo);
