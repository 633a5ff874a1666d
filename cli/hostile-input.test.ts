/**
 * Hostile and unlucky input through the real binary: each case gets a one-line message and exit 2, or a right
 * result, and never touches a file it should not. (Readers' growth in time is tested beside each reader.)
 */
import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { documentXml, makeDocx, p, rawZip, repeatedDeflate } from '../shared/document/docx.testing';
import { compressedData, readZipDirectory } from '../shared/document/zip';
import { readDocument } from '../shared/document/read';
import { decodeBytes } from '../shared/text/encoding';
import { expectInputError, runTdLens } from './run-td-lens.testing';

const repo = resolve(import.meta.dirname, '..');
const SAMPLE = resolve(repo, 'samples/wp2-closing-agenda-2025-05');
const REGISTER = resolve(repo, 'test/fixtures/register-tsag-2505.csv');
const root = mkdtempSync(join(tmpdir(), 'td-lens-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const MB = 1024 * 1024;
/** Each case spawns the binary (a second or more of start-up on a busy machine); they run side by side. */
const SPAWN = { timeout: 60_000 };

let count = 0;
/** A fresh folder with `files` copied or written into it. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = join(root, String(count++));
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === 'string' && content.startsWith('/')) copyFileSync(content, join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe.concurrent('td-lens check --fix never touches the original (1, 2)', SPAWN, () => {
  it('refuses to write through a symlink to the original, and keeps it', async () => {
    const dir = folder({ 'a.txt': `${SAMPLE}.txt` });
    symlinkSync('a.txt', join(dir, 'a.fixed.txt'));
    const run = await runTdLens(['check', '--fix', join(dir, 'a.txt'), '--register', REGISTER]);
    expectInputError(run, `${join(dir, 'a.fixed.txt')} already exists; not replaced (use --force to replace it)`, {
      afterOutput: true,
    });
    expect(readFileSync(join(dir, 'a.txt'))).toEqual(readFileSync(`${SAMPLE}.txt`));
    expect(lstatSync(join(dir, 'a.fixed.txt')).isSymbolicLink()).toBe(true);
  });

  it('with --force replaces the symlink itself: the original stays as it was, and the report says so truly', async () => {
    const dir = folder({ 'a.txt': `${SAMPLE}.txt` });
    symlinkSync('a.txt', join(dir, 'a.fixed.txt'));
    const run = await runTdLens(['check', '--fix', '--force', join(dir, 'a.txt'), '--register', REGISTER]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`wrote ${join(dir, 'a.fixed.txt')} (9 fixes; ${join(dir, 'a.txt')} unchanged)`);
    expect(readFileSync(join(dir, 'a.txt'))).toEqual(readFileSync(`${SAMPLE}.txt`));
    expect(lstatSync(join(dir, 'a.fixed.txt')).isFile()).toBe(true);
    expect(readFileSync(join(dir, 'a.fixed.txt'), 'utf8')).toContain('RG-WPR ToR – TD7R2');
  });

  it('with --force replaces a hard link to the original .docx, never writing into it', async () => {
    const dir = folder({ 'a.docx': `${SAMPLE}.docx` });
    linkSync(join(dir, 'a.docx'), join(dir, 'a.fixed.docx'));
    const run = await runTdLens(['check', '--fix', '--force', join(dir, 'a.docx'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'a.docx'))).toEqual(readFileSync(`${SAMPLE}.docx`));
    expect(lstatSync(join(dir, 'a.docx')).nlink).toBe(1);
    expect(
      new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(join(dir, 'a.fixed.docx'))))['word/document.xml']),
    ).toContain('>5 November 2025<');
  });

  it('says so in one line (exit 2) when the folder is read-only', async () => {
    const dir = folder({ 'a.txt': `${SAMPLE}.txt` });
    chmodSync(dir, 0o555);
    try {
      const run = await runTdLens(['check', '--fix', join(dir, 'a.txt'), '--register', REGISTER], {
        obeyFileModes: true,
      });
      expectInputError(run, `cannot write ${join(dir, 'a.fixed.txt')}: permission denied`, { afterOutput: true });
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('says so in one line (exit 2) when the copy name is a folder', async () => {
    const dir = folder({ 'a.txt': `${SAMPLE}.txt` });
    mkdirSync(join(dir, 'a.fixed.txt'));
    const run = await runTdLens(['check', '--fix', '--force', join(dir, 'a.txt'), '--register', REGISTER]);
    expectInputError(run, `cannot write ${join(dir, 'a.fixed.txt')}: is a directory, not a file`, {
      afterOutput: true,
    });
  });
});

describe.concurrent('td-lens reads hostile .docx files in bounded time and memory (3-7)', SPAWN, () => {
  it('refuses a 3 MB .docx whose document.xml inflates to 3 GB', async () => {
    const [head, tail] = documentXml(`${p('TD106')}<w:p><w:r><w:t>|</w:t></w:r></w:p>`).split('|');
    const bomb = rawZip([
      {
        name: 'word/document.xml',
        data: repeatedDeflate(head, new Uint8Array(MB).fill(0x20), 3072, tail),
        size: 3072 * MB,
      },
    ]);
    const file = join(folder({ 'bomb.docx': bomb }), 'bomb.docx');
    expectInputError(
      await runTdLens(['refs', file]),
      `${file}: word/document.xml is too large: 3072 MB inflated (the limit is 64 MB per part)`,
    );
  });

  it('--fix copies a 3 GB unused entry as it is stored, without inflating it', async () => {
    // The entry's bytes are not even deflate: inflating them would fail, copying them cannot.
    const garbage = new Uint8Array(64 * 1024).map((_, i) => (i * 7919) % 251);
    const sample = unzipSync(new Uint8Array(readFileSync(`${SAMPLE}.docx`)));
    const docx = zipSync({ ...sample, 'word/media/blob.bin': strToU8('placeholder') });
    const entries = readZipDirectory(docx).map((e) => ({
      name: e.name,
      data: compressedData(docx, e),
      size: e.size,
      crc: e.crc,
    }));
    const blob = entries.find((e) => e.name === 'word/media/blob.bin')!;
    Object.assign(blob, { data: garbage, size: 3072 * MB });
    const dir = folder({ 'a.docx': rawZip(entries) });
    const run = await runTdLens(['check', '--fix', join(dir, 'a.docx')]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/wrote .*a\.fixed\.docx \(\d+ fixes; .*a\.docx unchanged\)/);
    const fixed = new Uint8Array(readFileSync(join(dir, 'a.fixed.docx')));
    const copied = readZipDirectory(fixed).find((e) => e.name === 'word/media/blob.bin')!;
    expect([copied.size, compressedData(fixed, copied)]).toEqual([3072 * MB, garbage]);
    expect(readDocument(fixed, 'a.fixed.docx').text).toContain('5 November 2025');
  });

  it('keeps the text of a table nested at the start of a cell', async () => {
    const tc = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const body = `<w:tbl><w:tr>${tc(`<w:tbl><w:tr>${tc(p('Inner TD106'))}</w:tr></w:tbl><w:p/>`)}${tc(p('Outer TD107'))}</w:tr></w:tbl>`;
    const file = join(folder({ 'n.docx': makeDocx(body) }), 'n.docx');
    const run = await runTdLens(['refs', file, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).references.map((r: { id: string }) => r.id)).toEqual(['TD106', 'TD107']);
  });

  it('stops at the nesting limit: 100k nested content controls', async () => {
    const file = join(
      folder({
        's.docx': makeDocx(
          '<w:sdt><w:sdtContent>'.repeat(100_000) + p('x') + '</w:sdtContent></w:sdt>'.repeat(100_000),
        ),
      }),
      's.docx',
    );
    expectInputError(
      await runTdLens(['refs', file]),
      /: elements nested deeper than 256 levels \(word\/document\.xml, line 1, column \d+\); not read$/,
    );
  });

  it('reads a styles.xml of 100k unclosed w:style elements', async () => {
    const file = join(
      folder({
        'u.docx': makeDocx(p('TD106'), { styles: '<w:style w:type="paragraph" w:styleId="a">'.repeat(100_000) }),
      }),
      'u.docx',
    );
    const run = await runTdLens(['refs', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1 reference in /m);
  });
});

describe.concurrent('td-lens reads hostile text and writes large output (8, 11)', SPAWN, () => {
  it('reads 1 MB of spaces then a word', async () => {
    const file = join(folder({ 'b.txt': `${' '.repeat(MB)}x` }), 'b.txt');
    expect(await runTdLens(['refs', file])).toMatchObject({ code: 0, stdout: `${file}: no references\n` });
  });

  it('streams a JSON list of 100k references from one line', async () => {
    const file = join(folder({ 'r.txt': 'WP2-4 xxxxxxxxxx '.repeat(100_000) }), 'r.txt');
    const run = await runTdLens(['refs', file, '--format', 'json']);
    expect(run.code).toBe(0);
    const refs = JSON.parse(run.stdout).references;
    expect(refs).toHaveLength(100_000);
    expect(refs[99_999]).toMatchObject({ id: 'WP2-4', start: 99_999 * 17, line: 1 });
  });
});

describe.concurrent('td-lens keeps a text file’s encoding (12)', SPAWN, () => {
  /** The sample in Windows-1252 (its dashes, quotes and bullet are in the code page). */
  const cp1252 = () => {
    const table: Record<string, number> = {
      '–': 0x96,
      '—': 0x97,
      '‘': 0x91,
      '’': 0x92,
      '“': 0x93,
      '”': 0x94,
      '•': 0x95,
      '…': 0x85,
    };
    const text = readFileSync(`${SAMPLE}.txt`, 'utf8');
    return new Uint8Array([...text].map((ch) => (ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : (table[ch] ?? 0x3f))));
  };

  it('reads a Windows-1252 agenda with its real characters, and writes the fixed copy in Windows-1252', async () => {
    const dir = folder({ 'w.txt': cp1252() });
    const run = await runTdLens(['check', '--fix', join(dir, 'w.txt'), '--register', REGISTER]);
    expect(run.code).toBe(0);
    const fixed = decodeBytes(new Uint8Array(readFileSync(join(dir, 'w.fixed.txt'))));
    expect(fixed.encoding).toBe('windows-1252');
    expect(fixed.text).toContain('RG-WPR ToR – TD7R2');
    expect(fixed.text).toContain('“');
    expect(fixed.text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('keeps UTF-16 and its byte-order mark in the fixed copy', async () => {
    const text = readFileSync(`${SAMPLE}.txt`, 'utf8');
    const dir = folder({ 'u.txt': new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]) });
    const run = await runTdLens(['check', '--fix', join(dir, 'u.txt'), '--register', REGISTER]);
    expect(run.code).toBe(0);
    const fixed = readFileSync(join(dir, 'u.fixed.txt'));
    expect([...fixed.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(fixed.subarray(2).toString('utf16le')).toContain('RG-WPR ToR – TD7R2');
  });
});

describe('td-lens never echoes control characters (13)', SPAWN, () => {
  it('escapes ESC, BEL and OSC in a file name and a register id', async () => {
    const dir = folder({});
    const register = join(dir, 'reg\u001b[31m.csv');
    writeFileSync(register, 'id,title,source\nTD1,a,b\nTD2\u001b]0;pwned\u0007\u009b31m,a,b\n');
    const run = await runTdLens(['check', `${SAMPLE}.txt`, '--register', register]);
    expectInputError(run, `${join(dir, 'reg\\x1b[31m.csv')}:3: id "TD2\\x1b]0;pwned\\x07\\x9b31m" is not a TD id`);
    // Nothing a terminal would obey: no control character but the final line end.
    expect([...run.stderr.trimEnd()].filter((c) => c < ' ' || (c >= '\u007f' && c <= '\u009f'))).toEqual([]);
  });
});
