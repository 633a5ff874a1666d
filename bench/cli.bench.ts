/**
 * What a user of the command line waits for, as whole processes (start-up, module loading, reading, printing):
 * - `td-lens check` on the sample agenda (.txt and .docx) next to `node -e 0`, the least any Node program costs;
 * - `td-lens refs --format json` on an 8 MB corpus next to bench/regex-floor.mjs, the leanest floor: one regular
 *   expression without capture groups over the same kinds, the kind told from the match, printing the same JSON shape.
 * It builds the bundle from the current sources and runs it as the installed package does: `cli/bin.mjs` beside
 * `dist/cli/td-lens.mjs` and no sources (a checkout's bin.mjs first checks the bundle against its sources).
 * Rounds are interleaved (subject, peer, subject, ...) so that load from other processes hits both alike; the
 * load average is printed with the results, since the ratios mean little on a busy machine.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { result, type BenchResult } from './harness';

const repo = resolve(import.meta.dirname, '..');
const installed = join(repo, '.bench/package');
const bin = join(installed, 'cli/bin.mjs');
const sampleTxt = join(repo, 'samples/wp2-closing-agenda-2025-05.txt');
const sampleDocx = join(repo, 'samples/wp2-closing-agenda-2025-05.docx');
const CORPUS_BYTES = 8 * 1024 * 1024;

/** Wall time of one whole process, output discarded; throws when it fails. */
function timeProcess(args: string[], okCodes = [0]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - t0;
  if (!okCodes.includes(run.status ?? -1)) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median of each command over `runs` interleaved rounds, after one warm-up round (file cache). */
function interleaved(commands: { args: string[]; ok?: number[] }[], runs: number): number[] {
  for (const c of commands) timeProcess(c.args, c.ok);
  const times = commands.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) commands.forEach((c, i) => times[i].push(timeProcess(c.args, c.ok)));
  return times.map(median);
}

/** The package's files as `npm install` lays them out (package.json `files`), from a fresh build. */
function installPackage(): void {
  const build = spawnSync(process.execPath, [join(repo, 'scripts/build-cli.mjs')], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('scripts/build-cli.mjs failed');
  rmSync(installed, { recursive: true, force: true });
  for (const file of ['cli/bin.mjs', 'dist/cli/td-lens.mjs', ...readdirSync(join(repo, 'dist/cli/lib')).map((f) => `dist/cli/lib/${f}`)]) {
    mkdirSync(dirname(join(installed, file)), { recursive: true });
    copyFileSync(join(repo, file), join(installed, file));
  }
}

export async function run(): Promise<BenchResult[]> {
  installPackage();
  const sample = readFileSync(sampleTxt, 'utf8');
  const dir = join(repo, '.bench');
  const corpus = join(dir, 'corpus-8mb.txt');
  writeFileSync(corpus, sample.repeat(Math.ceil(CORPUS_BYTES / sample.length)));

  // `check` exits 1 when it finds errors; the sample has warnings only, but either is a finished run.
  const [nodeMs, txtMs, docxMs] = interleaved(
    [{ args: ['-e', '0'] }, { args: [bin, 'check', sampleTxt], ok: [0, 1] }, { args: [bin, 'check', sampleDocx], ok: [0, 1] }],
    11,
  );
  const [refsMs, floorMs] = interleaved(
    [{ args: [bin, 'refs', corpus, '--format', 'json'] }, { args: [join(repo, 'bench/regex-floor.mjs'), corpus] }],
    5,
  );
  const mb = Math.round((CORPUS_BYTES / (1024 * 1024)) * 100) / 100;
  const load = { load_avg: Math.round(loadavg()[0] * 10) / 10 };
  return [
    result('cli check sample.txt, whole process', txtMs, 'node -e 0', nodeMs, { goal_ratio: 2, ...load }),
    result('cli check sample.docx, whole process', docxMs, 'node -e 0', nodeMs, { goal_ratio: 2, ...load }),
    result(`cli refs --format json on ${mb} MB, whole process`, refsMs, 'one regex without captures, same JSON (bench/regex-floor.mjs)', floorMs, { goal_ratio: 3, ...load }),
  ];
}
