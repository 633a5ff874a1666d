/**
 * The package as users get it: `npm pack` (which builds the CLI bundle through `prepack`), then an install of the
 * tarball into an empty folder, offline. `npx td-lens check FILE` works with nothing but the package installed:
 * the bundle inlines every dependency (those it loads on first use lie beside it, in dist/cli/lib/), and the tarball
 * carries no sources, source maps or fixtures.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const sample = join(repo, 'samples/wp2-closing-agenda-2025-05.txt');
const register = join(repo, 'samples/itu-td-index-T25-TSAG-250526.xml');
const work = mkdtempSync(join(tmpdir(), 'td-lens-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Without the npm_* variables of an enclosing `npm test`, which describe this repository, not the empty folder.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));

function run(cmd: string, args: string[], options: SpawnSyncOptions) {
  const result = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: { ...env, NO_COLOR: '1' },
    timeout: 120_000,
    ...options,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

describe('npm pack, then npm install of the tarball', () => {
  it('gives a working `npx td-lens check` with no other package installed', () => {
    const pack = run('npm', ['pack', '--json', '--pack-destination', work], { cwd: repo });
    expect(pack.status, pack.stderr).toBe(0);
    // prepack's own log line comes first; the JSON report is the rest.
    const [report] = JSON.parse(pack.stdout.slice(pack.stdout.search(/^\[$/m))) as {
      filename: string;
      files: { path: string }[];
    }[];
    const version = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version as string;
    expect(report.files.map((f) => f.path).sort()).toEqual([
      'CHANGELOG.md',
      'README.md',
      'cli/bin.mjs',
      'dist/cli/lib/fflate.cjs',
      'dist/cli/lib/htmlparser2.cjs',
      'dist/cli/lib/saxes.cjs',
      'dist/cli/td-lens.mjs',
      'package.json',
    ]);

    const app = join(work, 'app');
    mkdirSync(app);
    const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, report.filename)], {
      cwd: app,
    });
    expect(install.status, install.stderr).toBe(0);
    expect(readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['td-lens']);

    expect(run('npx', ['--offline', 'td-lens', '--version'], { cwd: app }).stdout).toBe(`td-lens ${version}\n`);
    const check = run('npx', ['--offline', 'td-lens', 'check', sample, '--format', 'json'], { cwd: app });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const rules = (JSON.parse(check.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules).toContain('status-vocabulary');
    expect(rules).toContain('date-year-missing');

    // A .docx and an XML register: the libraries the bundle loads on first use come from the package's lib/ too.
    const docx = run(
      'npx',
      ['--offline', 'td-lens', 'check', sample.replace(/\.txt$/, '.docx'), '--register', register, '--format', 'json'],
      { cwd: app },
    );
    expect(docx.stderr).toBe('');
    const unknown = (JSON.parse(docx.stdout) as { findings: { rule: string; message: string }[] }).findings.filter(
      (f) => f.rule === 'td-unknown',
    );
    expect(new Set(unknown.map((f) => f.message.split(' ')[0]))).toEqual(
      new Set(['TD10', 'TD48', 'TD58', 'TD89', 'TD90', 'TD138', 'TD145', 'TD147', 'TD148']),
    );
  }, 180_000);
});
