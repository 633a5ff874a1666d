/** The process entry (imported by bin.mjs): runs the command line and sets the exit code. */
import { processIo } from './io';
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), processIo);
