/**
 * Test helper: the one way tests run the real `td-lens` binary, as installed (the `bin` of package.json, so the
 * tests follow wherever it points). Not used at run time.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const BIN = resolve(repoRoot, pkg.bin['td-lens']);

export interface BinaryRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `td-lens ...args` in a child process (colour off). `obeyFileModes`: when the tests run as root (CI does), the
 * binary runs without the capabilities that let root ignore file modes (setpriv, from util-linux), so a read-only
 * folder is read-only to it too. Not as another user: that user may not reach the checkout (a clone in a folder
 * only root can enter).
 */
export function runTdLens(
  args: string[],
  options: { cwd?: string; obeyFileModes?: boolean; stdoutTo?: string } = {},
): Promise<BinaryRun> {
  const command = [process.execPath, BIN, ...args];
  if (options.obeyFileModes && process.getuid?.() === 0)
    command.unshift('setpriv', '--bounding-set=-dac_override,-dac_read_search', '--');
  return new Promise((done, fail) => {
    // `stdoutTo`: a file stdout is written to instead of the pipe (`/dev/full`: output that cannot be written).
    const fd = options.stdoutTo === undefined ? undefined : openSync(options.stdoutTo, 'w');
    const child = spawn(command[0], command.slice(1), {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
      stdio: ['ignore', fd ?? 'pipe', 'pipe'],
    });
    if (fd !== undefined) closeSync(fd);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      done({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}

/**
 * Exit 2 with `td-lens: <message>` as the last line of stderr: how every command reports bad input. Unless
 * `afterOutput` (a `check --fix` prints its findings before it finds it cannot write), that line is all there is:
 * nothing on stdout, nothing else on stderr. Takes a binary run or an in-process one (`out`/`err`).
 */
export function expectInputError(
  run: BinaryRun | { code: number | null; out: string; err: string },
  message: RegExp | string,
  { afterOutput = false } = {},
): void {
  const [stdout, stderr] = 'stderr' in run ? [run.stdout, run.stderr] : [run.out, run.err];
  expect(run.code).toBe(2);
  expect(stderr.endsWith('\n')).toBe(true);
  const lines = stderr.trimEnd().split('\n');
  const last = lines[lines.length - 1];
  if (!afterOutput) {
    expect(stdout).toBe('');
    expect(lines).toHaveLength(1);
  }
  if (typeof message === 'string') expect(last).toBe(`td-lens: ${message}`);
  else {
    expect(last).toMatch(/^td-lens: /);
    expect(last).toMatch(message);
  }
}

/**
 * The CPU seconds (user and system) a whole `td-lens ...args` process took, its output discarded: bash's `times`
 * after the command reports what its children used. For growth ratios between two runs, not for time limits.
 */
export function tdLensCpuSeconds(args: string[]): Promise<{ code: number | null; seconds: number }> {
  const script = '"$@" >/dev/null 2>&1; code=$?; times; exit $code';
  return new Promise((done, fail) => {
    const child = spawn('bash', ['-c', script, 'bash', process.execPath, BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      // `times`: the shell's user and system time, then its children's (`0m1.234s 0m0.056s`).
      const children = Buffer.concat(out).toString('utf8').trim().split('\n').pop() ?? '';
      const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
        (sum, [, m, s]) => sum + Number(m) * 60 + Number(s),
        0,
      );
      done({ code, seconds });
    });
  });
}
