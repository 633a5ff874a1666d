/**
 * `td-lens check` on several files and on a folder: each file's findings under its name, one summary line, JSON
 * with every file, SARIF with one run (validated against the SARIF 2.1.0 schema), the highest exit code, a file
 * that cannot be read reported without stopping the others (exit 2 at the end), `--fix` per file.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run';
import { captureIo } from './terminal.testing';
import { validateSarif } from '../test/sarif-schema.testing';
import { runTdLens } from './run-td-lens.testing';

const repo = resolve(import.meta.dirname, '..');
const sampleTxt = resolve(repo, 'samples/wp2-closing-agenda-2025-05.txt');
const sampleDocx = resolve(repo, 'samples/wp2-closing-agenda-2025-05.docx');
const broken = resolve(repo, 'test/fixtures/check-broken.txt');
const clean = resolve(repo, 'test/fixtures/check-clean.txt');
const dir = mkdtempSync(join(tmpdir(), 'td-lens-several-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const missing = join(dir, 'missing.txt');

async function check(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(['check', ...argv], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

interface JsonEntry {
  file: string;
  findings?: { rule: string; severity: string }[];
  error?: string;
}

describe('td-lens check FILE FILE ...', () => {
  it('prints each file under its name and one summary line; the highest exit code', async () => {
    const { code, out, err } = await check(sampleTxt, broken, clean);
    expect(err).toBe('');
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(`${sampleTxt}: 16 findings: 0 error(s), 15 warning(s), 1 info`);
    expect(lines).toContain(`${clean}: no findings`);
    expect(out.match(/finding\w*: \d+ error/g)).toHaveLength(3); // one heading line per file with findings, one summary
    expect(lines.at(-1)).toMatch(/^\d+ findings: [1-9]\d* error\(s\), \d+ warning\(s\), \d+ info in 3 files$/);
    expect(out).toContain(`  ${broken}:`);
  });

  it('goes on past a file it cannot read, says why on stderr and in the output, and exits 2', async () => {
    const { code, out, err } = await check(missing, sampleTxt, '--format', 'json');
    expect(code).toBe(2);
    expect(err).toBe(`td-lens: ${missing}: no such file\n`);
    const json: { files: JsonEntry[]; summary: Record<string, number> } = JSON.parse(out);
    expect(json.files.map((f) => f.file)).toEqual([missing, sampleTxt]);
    expect(json.files[0]).toEqual({ file: missing, error: `${missing}: no such file` });
    expect(json.files[1].findings).toHaveLength(16);
    expect(json.summary).toEqual({ files: 2, unread: 1, findings: 16, errors: 0, warnings: 15, info: 1 });
    const text = await check(sampleTxt, missing);
    expect(text.code).toBe(2);
    expect(text.out.trimEnd().split('\n').at(-1)).toBe(
      '16 findings: 0 error(s), 15 warning(s), 1 info in 2 files; 1 not read',
    );
  });

  it('writes one SARIF run with every file as an artifact and its results, valid against the SARIF 2.1.0 schema', async () => {
    const { code, out } = await check(sampleTxt, sampleDocx, broken, missing, '--format', 'sarif');
    expect(code).toBe(2);
    const log = JSON.parse(out);
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual([
      sampleTxt,
      sampleDocx,
      broken,
    ]);
    const byArtifact = (i: number) =>
      run.results.filter(
        (r: { locations: { physicalLocation: { artifactLocation: { index: number } } }[] }) =>
          r.locations[0].physicalLocation.artifactLocation.index === i,
      );
    expect(byArtifact(0)).toHaveLength(16);
    expect(byArtifact(1)).toHaveLength(16);
    expect(byArtifact(2).length).toBeGreaterThan(0);
    expect(run.invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: `${missing}: no such file` } }],
    });
  });

  it('reads a folder: its agendas by name, not its fixed copies, hidden files or subfolders', async () => {
    const folder = join(dir, 'agendas');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    copyFileSync(sampleDocx, join(folder, 'b.docx'));
    copyFileSync(clean, join(folder, 'a.txt'));
    copyFileSync(clean, join(folder, 'a.fixed.txt'));
    copyFileSync(clean, join(folder, '.hidden.txt'));
    copyFileSync(clean, join(folder, 'sub', 'c.txt'));
    writeFileSync(join(folder, 'notes.md'), '# notes');
    const { code, out } = await check(folder, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).files.map((f: JsonEntry) => f.file)).toEqual([
      join(folder, 'a.txt'),
      join(folder, 'b.docx'),
    ]);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const none = await check(empty, sampleTxt);
    expect(none.code).toBe(2);
    expect(none.err).toBe(`td-lens: ${empty}: no .docx, .txt or .html files in this folder\n`);
  });

  it('fixes each file into its own copy', async () => {
    const a = join(dir, 'fix-a.txt');
    const b = join(dir, 'fix-b.txt');
    copyFileSync(broken, a);
    copyFileSync(sampleTxt, b);
    const { out } = await check(a, b, '--fix');
    expect(existsSync(join(dir, 'fix-a.fixed.txt'))).toBe(true);
    expect(existsSync(join(dir, 'fix-b.fixed.txt'))).toBe(true);
    expect(out).toContain(`wrote ${join(dir, 'fix-a.fixed.txt')}`);
    expect(out).toContain(`wrote ${join(dir, 'fix-b.fixed.txt')}`);
    // A copy that is there already is kept: said, exit 2, and the next file is still fixed.
    rmSync(join(dir, 'fix-b.fixed.txt'));
    const again = await check(a, b, '--fix');
    expect(again.code).toBe(2);
    expect(again.err).toBe(
      `td-lens: ${join(dir, 'fix-a.fixed.txt')} already exists; not replaced (use --force to replace it)\n`,
    );
    expect(existsSync(join(dir, 'fix-b.fixed.txt'))).toBe(true);
  });

  it('runs as the real binary', { timeout: 60_000 }, async () => {
    const { code, stdout, stderr } = await runTdLens(['check', sampleTxt, clean, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files.map((f: JsonEntry) => f.file)).toEqual([sampleTxt, clean]);
  });
});
