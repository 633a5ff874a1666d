/**
 * Hostile and unlucky text through the real binary, second round: a fixed copy keeps every byte it did not fix,
 * encodings are read by evidence (agendas and registers alike), ids are never cut at an invisible character, no
 * output passes a bidi control through, an internal failure has its own exit code, and messages say the real cause.
 * Files are made from the sample in the test.
 */
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectInputError, runTdLens } from './run-td-lens.testing';

const repo = resolve(import.meta.dirname, '..');
const SAMPLE = readFileSync(resolve(repo, 'samples/wp2-closing-agenda-2025-05.txt'));
const REGISTER = resolve(repo, 'test/fixtures/register-tsag-2505.csv');
const INDEX = readFileSync(resolve(repo, 'samples/itu-td-index-T25-TSAG-250526.xml'));
const root = mkdtempSync(join(tmpdir(), 'td-lens-hostile-text-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SPAWN = { timeout: 60_000 };

let count = 0;
function file(name: string, bytes: Uint8Array | string): string {
  const dir = join(root, String(count++));
  mkdirSync(dir);
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

const bytes = (...parts: (Uint8Array | number[])[]) => Buffer.concat(parts.map((p) => Uint8Array.from(p)));
/** Where a stray byte goes: inside the abstract's first sentence, on a line no rule and no fix looks at. */
const AT = SAMPLE.indexOf('This TD contains');
const utf16 = (text: Buffer) => Buffer.from(text.toString('utf8'), 'utf16le');

describe.concurrent('td-lens check --fix writes back every byte it did not fix', SPAWN, () => {
  /** The sample's fixed copy in an encoding, made from the clean file: what every hostile variant must match. */
  const cleanCopies = new Map<string, Buffer>();
  beforeAll(async () => {
    for (const [name, content] of [
      ['utf8', bytes([0xef, 0xbb, 0xbf], SAMPLE)],
      ['utf16', bytes([0xff, 0xfe], utf16(SAMPLE))],
    ] as const) {
      const path = file('a.txt', content);
      const run = await runTdLens(['check', '--fix', path, '--register', REGISTER]);
      expect(run.stdout).toContain('(9 fixes;');
      cleanCopies.set(name, readFileSync(path.replace('.txt', '.fixed.txt')));
    }
  }, 120_000);

  it.each([
    [
      'a stray byte in UTF-8 after a BOM',
      'utf8',
      (clean: Buffer) => bytes([0xef, 0xbb, 0xbf], clean.subarray(0, AT), [0xff], clean.subarray(AT)),
      3,
    ],
    ['UTF-16 of odd length', 'utf16', (clean: Buffer) => bytes([0xff, 0xfe], clean, [0x41]), 2],
    [
      'a lone surrogate in UTF-16',
      'utf16',
      (clean: Buffer) => bytes([0xff, 0xfe], clean.subarray(0, AT * 2), [0x00, 0xd8], clean.subarray(AT * 2)),
      2,
    ],
  ] as const)('%s', async (_what, encoding, hostile, bom) => {
    const text = encoding === 'utf8' ? SAMPLE : utf16(SAMPLE);
    const path = file('h.txt', hostile(text));
    const run = await runTdLens(['check', '--fix', path, '--register', REGISTER]);
    expect(run.stdout).toContain('(9 fixes;');
    expect(run.stderr).toMatch(/^td-lens: warning: .*h\.txt: .*kept as (it was|they were) in a fixed copy\n$/);
    // The hostile bytes, put where they were into the clean file's fixed copy: byte for byte what was written.
    // (No fix is before AT, so the clean copy's bytes up to there are the file's.)
    expect(readFileSync(path.replace('.txt', '.fixed.txt'))).toEqual(hostile(cleanCopies.get(encoding)!.subarray(bom)));
  });
});

describe.concurrent('td-lens reads encodings by evidence, agendas and registers alike', SPAWN, () => {
  it('reads UTF-8 with one stray Windows-1252 byte as UTF-8: the same findings, and says so', async () => {
    const clean = await runTdLens(['check', file('c.txt', SAMPLE), '--format', 'json']);
    const path = file('s.txt', bytes(SAMPLE.subarray(0, AT), [0x96], SAMPLE.subarray(AT)));
    const run = await runTdLens(['check', path, '--format', 'json']);
    const rules = (out: string) =>
      (JSON.parse(out).findings as { rule: string; excerpt: string }[]).map((f) => `${f.rule} ${f.excerpt}`);
    expect(rules(run.stdout)).toEqual(rules(clean.stdout));
    expect(run.stderr).toBe(
      `td-lens: warning: ${path}: 1 byte not UTF-8 (on line 2): read as Windows-1252, and kept as it was in a fixed copy\n`,
    );
  });

  it('reads an XML register with a stray byte as UTF-8, and says where', async () => {
    const at = INDEX.indexOf('<ltitle_e>', INDEX.indexOf('<folder>')) + '<ltitle_e>'.length;
    const register = file('r.xml', bytes(INDEX.subarray(0, at), [0xe9], INDEX.subarray(at)));
    const line = INDEX.subarray(0, at).toString('utf8').split('\n').length;
    const run = await runTdLens([
      'check',
      resolve(repo, 'samples/wp2-closing-agenda-2025-05.txt'),
      '--register',
      register,
      '--rules',
      'td-unknown',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `td-lens: warning: ${register}:${line}: 1 byte not UTF-8 (the first here), read as Windows-1252\n`,
    );
  });
});

describe.concurrent('td-lens reads ids through invisible characters, and shows no bidi control raw', SPAWN, () => {
  it('finds each id whole, spanning the format characters inside it and not those around it', async () => {
    const text = 'Report – TD1\u200b06, TD2\u00ad07, \u200bTD3\ufeff08\u200b and TD4\u206009.\n';
    const run = await runTdLens(['refs', file('z.txt', text), '--format', 'json']);
    const refs = (JSON.parse(run.stdout).references as { id: string; start: number; end: number; text: string }[]).map(
      (r) => [r.id, r.start, r.end, r.text],
    );
    expect(refs).toEqual([
      ['TD106', 9, 15, 'TD1\u200b06'],
      ['TD207', 17, 23, 'TD2\u00ad07'],
      ['TD308', 26, 32, 'TD3\ufeff08'],
      ['TD409', 38, 44, 'TD4\u206009'],
    ]);
  });

  const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
  const agenda = () =>
    file(
      'b.txt',
      SAMPLE.toString('utf8')
        .replace('Started JCA-MV', 'Started\u200f\u061c JCA-MV')
        .replace('Started, JCA-IMT2020', 'Started, \u202eJCA-IMT2020'),
    );
  it.each(['text', 'json', 'sarif'])('escapes them in %s output', async (format) => {
    const run = await runTdLens(['check', agenda(), '--format', format]);
    for (const escaped of ['\\u202e', '\\u200f', '\\u061c']) expect(run.stdout).toContain(escaped);
    expect(run.stdout).not.toMatch(BIDI);
    if (format !== 'text') expect(JSON.stringify(JSON.parse(run.stdout))).toMatch(/\u202e/);
  });
});

describe.concurrent('td-lens says the real cause, and exits 3 when the failure is not the input', SPAWN, () => {
  it('exits 3 with one line when its output cannot be written', async () => {
    const run = await runTdLens(['refs', resolve(repo, 'samples/wp2-closing-agenda-2025-05.txt')], {
      stdoutTo: '/dev/full',
    });
    expect([run.code, run.stderr]).toEqual([3, 'td-lens: cannot write the output: no space left on the device\n']);
  });

  it('names a file one byte over the 64 MB limit in bytes', async () => {
    const path = join(root, 'big.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 64 * 1024 * 1024 + 1);
    closeSync(fd);
    expectInputError(
      await runTdLens(['check', path]),
      `${path}: too large (67108865 bytes) for an agenda (the limit is 64 MB)`,
    );
  });

  it('says a .docx given as a register is a zip archive, not a register', async () => {
    const register = file('r.docx', readFileSync(resolve(repo, 'samples/wp2-closing-agenda-2025-05.docx')));
    expectInputError(
      await runTdLens(['check', resolve(repo, 'samples/wp2-closing-agenda-2025-05.txt'), '--register', register]),
      `${register}:1: a zip archive (a Word .docx?), not a register: give a .csv, .json, .html or ITU .xml index`,
    );
  });

  it('writes the fixed copy of a file whose name is as long as the folder allows', async () => {
    const path = file(`${'a'.repeat(255 - '.fixed.txt'.length)}.txt`, SAMPLE);
    const run = await runTdLens(['check', '--fix', path, '--register', REGISTER]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('(9 fixes;');
  });

  it('writes SARIF artifact URIs percent-encoded: #, ?, and a : in the first segment', async () => {
    const dir = join(root, 'sarif');
    mkdirSync(dir);
    for (const [name, uri] of [
      ['a #1?.txt', 'a%20%231%3F.txt'],
      ['b:c.txt', 'b%3Ac.txt'],
    ]) {
      writeFileSync(join(dir, name), SAMPLE);
      const run = await runTdLens(['check', name, '--format', 'sarif'], { cwd: dir });
      expect(JSON.parse(run.stdout).runs[0].artifacts).toEqual([{ location: { uri } }]);
    }
  });
});
