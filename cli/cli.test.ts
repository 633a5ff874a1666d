import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run';
import { columnLines, paint } from './terminal';
import { captureIo } from './terminal.testing';
import { makeDocx, p } from '../shared/document/docx.testing';
import { expectInputError, runTdLens } from './run-td-lens.testing';

const repo = resolve(import.meta.dirname, '..');
const SAMPLE_TXT = resolve(repo, 'samples/wp2-closing-agenda-2025-05.txt');
const SAMPLE_DOCX = resolve(repo, 'samples/wp2-closing-agenda-2025-05.docx');
const tmp = mkdtempSync(join(tmpdir(), 'td-lens-cli-'));

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('td-lens dispatch', () => {
  it('prints help and version', async () => {
    expect(await run('--help')).toMatchObject({ code: 0, out: expect.stringContaining('Usage: td-lens <command>') });
    const version = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')).version;
    expect(await run('--version')).toMatchObject({ code: 0, out: `td-lens ${version}\n` });
    expect(await run('refs', '--help')).toMatchObject({ code: 0, out: expect.stringContaining('td-lens refs FILE') });
  });

  it('rejects unknown commands, flags and missing arguments with exit 2', async () => {
    expect(await run()).toMatchObject({ code: 2, err: expect.stringContaining('Usage') });
    expect(await run('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringContaining("unknown command 'frobnicate'"),
    });
    expect(await run('--bogus')).toMatchObject({ code: 2, err: expect.stringContaining("unknown option '--bogus'") });
    expect(await run('refs', SAMPLE_TXT, '--bogus')).toMatchObject({
      code: 2,
      err: expect.stringContaining("Unknown option '--bogus'"),
    });
    expect(await run('refs')).toMatchObject({ code: 2, err: expect.stringContaining('missing FILE') });
    expect(await run('tables', SAMPLE_TXT, '--format', 'xml')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--format must be one of json, text'),
    });
  });
});

describe('td-lens refs', () => {
  it('prints JSON with kind, id, text, offsets and line', async () => {
    const { code, out } = await run('refs', SAMPLE_TXT, '--format', 'json');
    expect(code).toBe(0);
    const data = JSON.parse(out);
    expect(data.file).toBe(SAMPLE_TXT);
    const text = readFileSync(SAMPLE_TXT, 'utf8');
    const td106 = data.references.find((r: { id: string }) => r.id === 'TD106');
    expect(td106).toMatchObject({ kind: 'td', text: 'TD106', line: 15, number: 106 });
    for (const r of data.references) expect(text.slice(r.start, r.end)).toBe(r.text);
    const action = data.references.find((r: { id: string }) => r.id === 'RG-WPR-3');
    expect(action).toMatchObject({ kind: 'action', text: '3', listed: true });
  });

  it('gives the same references for the .docx (kind + id)', async () => {
    const ids = async (file: string) =>
      JSON.parse((await run('refs', file, '--format', 'json')).out).references.map(
        (r: { kind: string; id: string }) => `${r.kind}:${r.id}`,
      );
    expect(await ids(SAMPLE_DOCX)).toEqual(await ids(SAMPLE_TXT));
  });

  it('prints aligned text without colour when not asked to', async () => {
    const { code, out } = await run('refs', SAMPLE_TXT);
    expect(code).toBe(0);
    expect(out).not.toContain('\u001b[');
    expect(out.split('\n')[0]).toMatch(/^line\s+kind\s+id\s+text$/);
    expect(out).toMatch(/\n15\s+td\s+TD106\n/);
    expect(out).toMatch(/\d+ references in .*wp2-closing-agenda-2025-05\.txt\n$/);
  });

  it('colours when the io says so', async () => {
    const io = captureIo(true);
    expect(await runCli(['refs', SAMPLE_TXT], io)).toBe(0);
    expect(io.stdout()).toContain('\u001b[36mtd\u001b[39m');
  });
});

describe('td-lens tables', () => {
  it('prints the WTSA actions, plan actions and e-meetings as JSON', async () => {
    const { code, out } = await run('tables', SAMPLE_TXT, '--format', 'json');
    expect(code).toBe(0);
    const data = JSON.parse(out);
    expect(data.wtsaActions.map((a: { number: number }) => a.number)).toEqual([2, 7, 8, 9, 10, 13, 14]);
    expect(data.wtsaActions[0].statuses[0]).toMatchObject({
      meeting: 'TSAG 05-2025',
      status: 'Started',
      comment: 'LS in TD142.',
      line: 117,
    });
    expect(data.planActions).toHaveLength(12);
    expect(data.planActions[4]).toMatchObject({ id: '92-01', resolution: 92, group: 'WPR' });
    expect(data.planActions[4].statuses.map((s: { meeting: string | null }) => s.meeting)).toEqual([
      null,
      'TSAG 05-2025',
    ]);
    expect(data.emeetings[0].group).toBe('RG-DT');
    expect(data.emeetings[0].rows[1]).toMatchObject({
      index: 2,
      date: '2025-11-12',
      start: '13:00',
      end: '15:00',
      zone: 'CET',
      deadline: null,
      deadlineText: '5 November',
    });
  });

  it('prints readable text', async () => {
    const { code, out } = await run('tables', SAMPLE_DOCX);
    expect(code).toBe(0);
    expect(out).toContain('WTSA-24 actions (7)');
    expect(out).toContain('WTSA action plan (12)');
    expect(out).toMatch(/WPR\s+73-17\s+Res\. 73\s+TSAG 05-2025: No Started \(Not started\?\)/);
    expect(out).toMatch(/E-meetings RG-DT \(6\)/);
    expect(out).toMatch(/2\s+2025-11-12\s+13:00–15:00 CET\s+5 November \(no year\)/);
  });

  it('says so when there are no tables', async () => {
    const file = join(tmp, 'plain.txt');
    writeFileSync(file, '1 Opening\n2 Closure\n');
    expect(await run('tables', file)).toMatchObject({ code: 0, out: `${file}: no action tables or e-meeting plans\n` });
  });
});

describe('bad input: one line on stderr, exit 2', () => {
  const cases: [string, () => string, RegExp][] = [
    ['missing file', () => join(tmp, 'nope.txt'), /nope\.txt: no such file$/],
    ['a directory', () => tmp, /: is a directory, not a file$/],
    [
      'a corrupt .docx',
      () => {
        const file = join(tmp, 'corrupt.docx');
        writeFileSync(file, makeDocx(p('x')).slice(0, 100));
        return file;
      },
      /corrupt\.docx: corrupt \.docx/,
    ],
    [
      'a .docx that is not a zip',
      () => {
        const file = join(tmp, 'fake.docx');
        writeFileSync(file, 'hello');
        return file;
      },
      /fake\.docx: not a Word \.docx file/,
    ],
    [
      'binary junk',
      () => {
        const file = join(tmp, 'junk.txt');
        writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
        return file;
      },
      /junk\.txt: binary data \(NUL bytes\), not text$/,
    ],
  ];
  it.each(cases)('%s', async (_name, makeFile, message) => {
    for (const command of ['refs', 'tables']) {
      expectInputError(await run(command, makeFile()), message);
    }
  });
});

describe('bad usage: one line on stderr too, exit 2', () => {
  it.each([
    [['frob'], /^td-lens: unknown command 'frob' \(see 'td-lens --help'\)$/],
    [['refs', SAMPLE_TXT, '--format', 'xml'], /^td-lens: --format must be one of json, text \(got "xml"\)/],
    [['tables'], /^td-lens: tables: missing FILE/],
    [['check', SAMPLE_TXT, '--register', tmp], /^td-lens: .*: is a directory, not a file$/],
    [['check', SAMPLE_TXT, '--rules', 'nope'], /^td-lens: --rules: unknown rule "nope"/],
    [['check', SAMPLE_TXT, '--force'], /^td-lens: --force only goes with --fix \(see 'td-lens --help'\)$/],
    [['fr\u001b]0;x\u0007ob'], /^td-lens: unknown command 'fr\\x1b\]0;x\\x07ob' \(see 'td-lens --help'\)$/],
  ])('%j', async (argv, message) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.endsWith('\n')).toBe(true);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err.trimEnd()).toMatch(message);
  });
});

describe('text helpers', () => {
  it('aligns columns ignoring colour codes', () => {
    expect(
      [
        ...columnLines([
          [paint('a', 'red', true), 'bb'],
          ['ccc', 'd'],
        ]),
      ].join(''),
    ).toBe('\u001b[31ma\u001b[39m    bb\nccc  d\n');
  });
});

describe('the real entry point', { timeout: 60_000 }, () => {
  it('runs `td-lens refs <sample>`', async () => {
    const result = await runTdLens(['refs', SAMPLE_TXT, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).references.length).toBeGreaterThan(80);
  });
});
