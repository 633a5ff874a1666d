/**
 * What a user of the command line waits for, as whole processes (start-up, module loading, reading, printing):
 * - `td-lens check` on the sample agenda (.txt and .docx) next to `node -e 0`, the least any Node program costs;
 * - `td-lens refs --format json` on an 8 MB corpus next to bench/regex-floor.mjs, the leanest floor: one regular
 *   expression without capture groups over the same kinds, the kind told from the match, printing the same JSON shape;
 * - `td-lens check` on agendas of 1, 2, 4 ... 64 MB (the file limit), each next to 1 MB's time times its size: a
 *   ratio that stays near or below 1 is linear time (start-up weighs most on 1 MB), with peak memory.
 * `npm run bench -- cli` runs these alone.
 * It builds the bundle from the current sources and runs it as the installed package does: `cli/bin.mjs` beside
 * `dist/cli/td-lens.mjs` and no sources (a checkout's bin.mjs first checks the bundle against its sources).
 * Rounds are interleaved (subject, peer, subject, ...) so that load from other processes hits both alike; the
 * load average is printed with the results, since the ratios mean little on a busy machine.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../shared/document/limits';
import { syntheticAgenda } from './check.bench';
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
  const run = spawnSync(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    cwd: repo,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - t0;
  if (!okCodes.includes(run.status ?? -1))
    throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
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
  const build = spawnSync(process.execPath, [join(repo, 'scripts/build-cli.mjs')], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('scripts/build-cli.mjs failed');
  rmSync(installed, { recursive: true, force: true });
  for (const file of [
    'cli/bin.mjs',
    'dist/cli/td-lens.mjs',
    ...readdirSync(join(repo, 'dist/cli/lib')).map((f) => `dist/cli/lib/${f}`),
  ]) {
    mkdirSync(dirname(join(installed, file)), { recursive: true });
    copyFileSync(join(repo, file), join(installed, file));
  }
}

/**
 * `td-lens check --format json` on the sample grown (syntheticAgenda: renumbered copies, so every rule has work) to
 * 1 MB, then doubled up to the 64 MB limit: one process each, its CPU time (user + system) and peak memory when
 * /usr/bin/time is there (CPU time: on a shared machine wall time says more about the others), else its wall time.
 */
function checkUpToTheLimit(dir: string, load: Record<string, number>): BenchResult[] {
  const sample = readFileSync(sampleTxt, 'utf8');
  const perCopy = Buffer.byteLength(sample) + 1;
  const timeFile = join(dir, 'time.txt');
  const timed = existsSync('/usr/bin/time')
    ? ['/usr/bin/time', '-f', '%U %S %M', '-o', timeFile, process.execPath]
    : [process.execPath];
  const out: BenchResult[] = [];
  let oneMb = 0;
  for (let mb = 1; mb <= MAX_FILE_BYTES / (1024 * 1024); mb *= 2) {
    const file = join(dir, `agenda-${mb}mb.txt`);
    // Renumbered copies are a little longer than the sample: cut at the last line break within the size.
    const bytes = Buffer.from(syntheticAgenda(sample, Math.ceil((mb * 1024 * 1024) / perCopy)));
    writeFileSync(file, bytes.subarray(0, bytes.lastIndexOf(10, mb * 1024 * 1024 - 1) + 1));
    const t0 = performance.now();
    const run = spawnSync(timed[0], [...timed.slice(1), bin, 'check', file, '--format', 'json'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const wallMs = performance.now() - t0;
    rmSync(file);
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`td-lens check on ${mb} MB exited ${run.status}: ${run.stderr}`);
    const [user, system, kb] =
      timed.length > 1 ? readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [];
    const ms = kb ? (user + system) * 1000 : wallMs;
    if (mb === 1) oneMb = ms;
    const figures = {
      time: kb ? 'cpu' : 'wall',
      ms_per_mb: Math.round(ms / mb),
      ...(kb ? { peak_mb: Math.round(kb / 1024) } : {}),
      ...load,
    };
    out.push(result(`cli check on ${mb} MB, whole process`, ms, `1 MB's time × ${mb}`, oneMb * mb, figures));
  }
  return out;
}

export async function run(): Promise<BenchResult[]> {
  installPackage();
  const sample = readFileSync(sampleTxt, 'utf8');
  const dir = join(repo, '.bench');
  const corpus = join(dir, 'corpus-8mb.txt');
  writeFileSync(corpus, sample.repeat(Math.ceil(CORPUS_BYTES / sample.length)));

  // `check` exits 1 when it finds errors; the sample has warnings only, but either is a finished run.
  const [nodeMs, txtMs, docxMs] = interleaved(
    [
      { args: ['-e', '0'] },
      { args: [bin, 'check', sampleTxt], ok: [0, 1] },
      { args: [bin, 'check', sampleDocx], ok: [0, 1] },
    ],
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
    result(
      `cli refs --format json on ${mb} MB, whole process`,
      refsMs,
      'one regex without captures, same JSON (bench/regex-floor.mjs)',
      floorMs,
      { goal_ratio: 3, ...load },
    ),
    ...checkUpToTheLimit(dir, load),
  ];
}
