/**
 * Linear through the real binary: each reader and rule on its worst shape found, as a whole `td-lens` process.
 * Doubling the input at most about doubles the CPU time the process takes beyond start-up (bash's `times`; the
 * same command on a small input is the start-up); quadratic work gives 4. Files are made in the test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { documentXml } from '../shared/document/docx.testing';
import { tdLensCpuSeconds } from './run-td-lens.testing';

const repo = resolve(import.meta.dirname, '..');
const AGENDA = resolve(repo, 'samples/wp2-closing-agenda-2025-05.txt');
const SAMPLE = readFileSync(AGENDA, 'utf8');
const root = mkdtempSync(join(tmpdir(), 'td-lens-hostile-growth-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The sample with `from` replaced by `n` pieces. */
const grown = (from: string, piece: (i: number) => string, n: number) =>
  SAMPLE.replace(from, () => Array.from({ length: n }, (_, i) => piece(i)).join(''));

const OPEN_FIELD =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "https://x.example/"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>a</w:t></w:r>';

/** Each shape: the file it makes at size n, the command line on it, and n (the test runs n/8, n and 2n). */
const SHAPES: [string, string, (n: number) => string | Uint8Array, (file: string) => string[], number][] = [
  [
    'status lines of one action, all the same',
    'a.txt',
    (n) => grown('TSAG 05-2025:  Started, JCA-IMT2020 continuation\n', () => 'Started, JCA-IMT2020 continuation.\n', n),
    (f) => ['check', f],
    40_000,
  ],
  [
    'action codes glued into one long entry',
    'a.txt',
    (n) => grown('RG-WPR-6: Approve', (i) => `RG-WPR-${20 + i}: Approve item ${i} `, n),
    (f) => ['check', f],
    20_000,
  ],
  ['the whole agenda, repeated', 'a.txt', (n) => SAMPLE.repeat(n), (f) => ['check', f], 200],
  [
    'HYPERLINK fields left open in a .docx',
    'f.docx',
    (n) =>
      zipSync({
        'word/document.xml': strToU8(
          documentXml(`<w:p>${OPEN_FIELD.repeat(n)}</w:p>${'<w:p><w:r><w:t>TD1</w:t></w:r></w:p>'.repeat(n)}`),
        ),
      }),
    (f) => ['refs', f],
    20_000,
  ],
  [
    'a CSV register with one huge quoted field',
    'r.csv',
    (n) => `id,title,source\nTD1,"${'x'.repeat(n)}",s\n`,
    (f) => ['check', AGENDA, '--register', f, '--rules', 'td-unknown'],
    16 * 1024 * 1024,
  ],
  [
    'a JSON register of ids written with \\u escapes',
    'r.json',
    (n) => `[\n${Array.from({ length: n }, (_, i) => `{"id": "\\u0054D${i + 1}", "title": "t"}`).join(',\n')}\n]`,
    (f) => ['check', AGENDA, '--register', f, '--rules', 'td-unknown'],
    40_000,
  ],
];

describe('td-lens is linear in its input, as a whole process', () => {
  it.each(SHAPES)('on %s', { timeout: 300_000 }, async (name, fileName, make, args, n) => {
    const cpu = async (size: number) => {
      const file = join(root, `${name.replace(/\W+/g, '-')}-${size}-${fileName}`);
      writeFileSync(file, make(size));
      const run = await tdLensCpuSeconds(args(file));
      rmSync(file);
      expect(run.code === 0 || run.code === 1).toBe(true);
      return run.seconds;
    };
    // A busy machine can spoil one measurement; superlinear work fails every one.
    let ratio = Infinity;
    for (let tries = 0; tries < 3 && ratio >= 3; tries++) {
      const base = await cpu(Math.max(1, Math.round(n / 8)));
      const [once, twice] = [await cpu(n), await cpu(2 * n)];
      ratio = Math.min(ratio, Math.max(twice - base, 0.01) / Math.max(once - base, 0.01));
    }
    expect(ratio).toBeLessThan(3);
  });
});
