/**
 * Hostile and unlucky .docx files through the real binary, second round: what is fixed is exactly what was read
 * (never a look-alike the reader skips), any namespace prefix reads the same, the main part is wherever
 * `_rels/.rels` puts it, UTF-16 parts read, open fields cost nothing per line, and a fixed copy holds each entry's
 * bytes once, under the names and flags it had. Files are made from the sample.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentXml, withExtraRecords } from '../shared/document/docx.testing';
import { readZipDirectory } from '../shared/document/zip';
import { expectInputError, runTdLens } from './run-td-lens.testing';

const SAMPLE = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../samples/wp2-closing-agenda-2025-05.docx')));
const root = mkdtempSync(join(tmpdir(), 'td-lens-hostile-docx-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SPAWN = { timeout: 60_000 };

let count = 0;
function file(name: string, bytes: Uint8Array): string {
  const dir = join(root, String(count++));
  mkdirSync(dir);
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

/** The sample's parts, with some of them changed. */
function sample(
  change: (parts: Record<string, Uint8Array>, xml: string) => Record<string, Uint8Array | string>,
): Uint8Array {
  const parts = unzipSync(SAMPLE);
  const changed = change(parts, strFromU8(parts['word/document.xml']));
  const out: Record<string, Uint8Array> = {};
  for (const [name, value] of Object.entries({ ...parts, ...changed }))
    if (value !== '') out[name] = typeof value === 'string' ? strToU8(value) : value;
  return zipSync(out);
}

const withBodyStart = (extra: string) =>
  sample((_, xml) => ({ 'word/document.xml': xml.replace('<w:body>', `<w:body>${extra}`) }));
const references = async (path: string) => {
  const run = await runTdLens(['refs', path, '--format', 'json']);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { references: { id: string; start: number }[] }).references.map(
    (r) => `${r.id}@${r.start}`,
  );
};
const mainXml = (path: string, part = 'word/document.xml') =>
  strFromU8(unzipSync(new Uint8Array(readFileSync(path)))[part]);

describe.concurrent('td-lens check --fix writes exactly what it read', SPAWN, () => {
  const DECOY = '<w:p><w:r><w:t>5 November</w:t></w:r></w:p>';
  it.each([
    [
      'a text box',
      `<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${DECOY}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`,
    ],
    [
      'the moved-away copy of a tracked move',
      '<w:p><w:moveFrom w:id="1" w:author="x" w:date="2025-01-01T00:00:00Z"><w:r><w:t>5 November</w:t></w:r></w:moveFrom></w:p>',
    ],
    ['an XML comment', `<!--${DECOY}-->`],
  ])('leaves the same words in %s alone and fixes the table cell', async (_what, decoy) => {
    const path = file('a.docx', withBodyStart(decoy));
    const run = await runTdLens(['check', '--fix', path]);
    expect(run.stdout).toMatch(/fixed .*a\.docx:\d+: .*5 November 2025/);
    const xml = mainXml(path.replace('.docx', '.fixed.docx'));
    expect(xml).toContain(`<w:body>${decoy}`);
    expect(xml).toContain('<w:t>5 November 2025</w:t>');
    expect(xml.match(/5 November/g)).toHaveLength(2);
  });
});

describe.concurrent('td-lens reads WordprocessingML by namespace, wherever the package puts it', SPAWN, () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const renamePrefix = (xml: string) =>
    xml
      .replace(/<(\/?)w:/g, '<$1x:')
      .replace(/ w:/g, ' x:')
      .replace(/xmlns:w=/g, 'xmlns:x=');
  const defaultNamespace = (xml: string) =>
    xml.replace(/<(\/?)w:/g, '<$1').replace(/^(<\?xml[^>]*>\s*<[a-zA-Z]+) /, `$1 xmlns="${W}" `);
  const rewritten = (edit: (xml: string) => string) =>
    sample((parts) =>
      Object.fromEntries(
        ['word/document.xml', 'word/styles.xml', 'word/numbering.xml'].map((n) => [n, edit(strFromU8(parts[n]))]),
      ),
    );

  let expected: string[];
  beforeAll(async () => {
    expected = await references(file('w.docx', SAMPLE));
    expect(expected.length).toBeGreaterThan(100);
  }, 60_000);

  it.each([
    ['another prefix', renamePrefix],
    ['the default namespace', defaultNamespace],
  ])('gives the same references and fixes with %s', async (_what, edit) => {
    const path = file('x.docx', rewritten(edit));
    expect(await references(path)).toEqual(expected);
    const run = await runTdLens(['check', '--fix', path]);
    expect(run.stdout).toMatch(/wrote .*x\.fixed\.docx \(4 fixes;/);
  });

  it('finds the main part through _rels/.rels, with its relationships beside it', async () => {
    const moved = sample((parts) => ({
      'word/document.xml': '',
      'word/_rels/document.xml.rels': '',
      'word/main.xml': parts['word/document.xml'],
      'word/_rels/main.xml.rels': parts['word/_rels/document.xml.rels'],
      '_rels/.rels': strFromU8(parts['_rels/.rels']).replace('Target="word/document.xml"', 'Target="word/main.xml"'),
    }));
    const path = file('m.docx', moved);
    expect(await references(path)).toEqual(expected);
    const run = await runTdLens(['check', '--fix', path]);
    expect(run.stdout).toMatch(/wrote .*m\.fixed\.docx \(4 fixes;/);
    expect(mainXml(path.replace('.docx', '.fixed.docx'), 'word/main.xml')).toContain('<w:t>5 November 2025</w:t>');
  });

  it('reads a UTF-16 main part, and writes the fixed copy in UTF-16', async () => {
    const utf16 = sample((_, xml) => {
      const text = xml.replace(/encoding='UTF-8'/, "encoding='UTF-16'");
      return {
        'word/document.xml': new Uint8Array([
          0xff,
          0xfe,
          ...new Uint8Array(new Uint16Array(Array.from(text, (c) => c.charCodeAt(0))).buffer),
        ]),
      };
    });
    const path = file('u.docx', utf16);
    expect(await references(path)).toEqual(expected);
    await runTdLens(['check', '--fix', path]);
    const part = unzipSync(new Uint8Array(readFileSync(path.replace('.docx', '.fixed.docx'))))['word/document.xml'];
    expect(new TextDecoder('utf-16le').decode(part)).toContain('<w:t>5 November 2025</w:t>');
  });

  it.each([
    [
      'no main part',
      (parts: Record<string, Uint8Array>) => ({
        '_rels/.rels': strFromU8(parts['_rels/.rels']).replace('Target="word/document.xml"', 'Target="word/gone.xml"'),
      }),
      'corrupt .docx: the main document part word/gone.xml named in _rels/.rels is missing',
    ],
    [
      'a part that is not UTF-8',
      (_: unknown, xml: string) => ({
        'word/document.xml': new Uint8Array([...strToU8(xml.slice(0, 500)), 0xe9, ...strToU8(xml.slice(500))]),
      }),
      'corrupt .docx: word/document.xml is not valid UTF-8 text',
    ],
    [
      'a part cut short',
      (_: unknown, xml: string) => ({ 'word/document.xml': xml.slice(0, 20_000) }),
      /corrupt \.docx: word\/document\.xml is cut short \(unclosed tag: w:\w+\)$/,
    ],
  ] as const)('names the real cause: %s', async (_what, change, message) => {
    const path = file('n.docx', sample(change));
    expectInputError(await runTdLens(['refs', path]), typeof message === 'string' ? `${path}: ${message}` : message);
  });
});

describe.concurrent('td-lens reads open fields in time linear in the document', SPAWN, () => {
  it('reads 20,000 HYPERLINK fields left open over 20,000 paragraphs (a 16 kB file)', async () => {
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "https://x.example/"</w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>a</w:t></w:r>';
    const body = `<w:p>${field.repeat(20_000)}</w:p>${'<w:p><w:r><w:t>TD1</w:t></w:r></w:p>'.repeat(20_000)}`;
    const bytes = zipSync({ 'word/document.xml': strToU8(documentXml(body)) }, { level: 9 });
    expect(bytes.length).toBeLessThan(32 * 1024);
    const run = await runTdLens(['refs', file('f.docx', bytes), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).references).toHaveLength(20_000);
  });
});

describe.concurrent('td-lens check --fix copies each entry once, as it was stored', SPAWN, () => {
  it('writes bytes 100 directory records share once, and keeps a CP437 name and its flags', async () => {
    // A 1 MB stored entry, named by 99 more records of the central directory (one name in CP437, no UTF-8 flag).
    const blob = new Uint8Array(1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const base = zipSync({ ...unzipSync(SAMPLE), 'word/media/blob.bin': [blob, { level: 0 }] });
    const of = readZipDirectory(base).findIndex((e) => e.name === 'word/media/blob.bin');
    const cp437 = Uint8Array.from([...strToU8('word/media/caf'), 0x82, ...strToU8('.png')]);
    const names = [...Array.from({ length: 98 }, (_, i) => strToU8(`word/media/copy${i}.bin`)), cp437];
    const input = withExtraRecords(base, of, names);
    const path = file('z.docx', input);
    const run = await runTdLens(['check', '--fix', path]);
    expect(run.stdout).toMatch(/wrote .*z\.fixed\.docx \(4 fixes;/);
    const output = new Uint8Array(readFileSync(path.replace('.docx', '.fixed.docx')));
    expect(output.length).toBeLessThan(input.length + 4096);
    const [before, after] = [readZipDirectory(input), readZipDirectory(output)];
    expect(after.map((e) => [Array.from(e.rawName), e.flags])).toEqual(
      before.map((e) => [Array.from(e.rawName), e.flags]),
    );
    expect(new Set(after.filter((e) => e.size === blob.length).map((e) => e.localOffset)).size).toBe(1);
  });
});
