/**
 * `td-lens check --register` through the real `td-lens` binary: ITU's index files, and registers that are
 * malformed, hostile or of another meeting (exit 2, one line naming file and line, nothing echoed raw).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectInputError, runTdLens } from './run-td-lens.testing';

const repo = resolve(import.meta.dirname, '..');
const agenda = resolve(repo, 'samples/wp2-closing-agenda-2025-05.txt');
const tsagIndex = resolve(repo, 'samples/itu-td-index-T25-TSAG-250526.xml');
const dir = mkdtempSync(join(tmpdir(), 'td-lens-register-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real `td-lens` binary, its output as `out` and `err`. */
async function tdLens(...argv: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const { code, stdout, stderr } = await runTdLens(argv);
  return { code, out: stdout, err: stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// Each run starts Node and the TypeScript loader: seconds on a busy machine.
describe('td-lens check --register <ITU index>', { timeout: 60_000 }, () => {
  it('reads the index and flags exactly the cited TDs that it lacks', async () => {
    const { code, out, err } = await tdLens(
      'check',
      agenda,
      '--register',
      tsagIndex,
      '--format',
      'json',
      '--rules',
      'td-unknown,td-revision',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const findings: { rule: string; message: string }[] = JSON.parse(out).findings;
    const unknown = new Set(findings.filter((f) => f.rule === 'td-unknown').map((f) => f.message.split(' ')[0]));
    // The agenda cites TD7, 10, 48, 58, 89, 90, 100, 106, 108, 138, 139, 142, 144, 145, 147, 148 and 150; the index
    // lists 7, 100, 106, 108, 139, 142, 144 and 150.
    expect([...unknown].sort()).toEqual(['TD10', 'TD138', 'TD145', 'TD147', 'TD148', 'TD48', 'TD58', 'TD89', 'TD90']);
    expect(findings.every((f) => f.message.endsWith(`is not in the register ${tsagIndex}`))).toBe(true);
  });

  it('refuses the index of another meeting with one clear line, exit 2', async () => {
    const sg12 = resolve(repo, 'test/fixtures/register-sg12-2509.xml');
    const { code, out, err } = await tdLens('check', agenda, '--register', sg12);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      `td-lens: ${sg12} lists the TDs of the SG12 meeting of 2025-09-09 to 2025-09-18, Geneva (T25-SG12-250909), not of this document's TSAG meeting of 2025-05-26 to 2025-05-30, Geneva (T25-TSAG-250526); give the register of the document's meeting\n`,
    );
    const contributions = resolve(repo, 'test/fixtures/T25-SG12-C.xml');
    expect(await tdLens('check', agenda, '--register', contributions)).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /T25-SG12-C\.xml lists the contributions of SG12, study period T25, not of this document's TSAG, study period T25;/,
      ),
    });
  });
});

describe('td-lens check --register <hostile file>: exit 2 with the file and line, at once', { timeout: 60_000 }, () => {
  it.each([
    [
      "'<a ' repeated (600 kB)",
      'a.xml',
      '<a '.repeat(200_000),
      /a\.xml:1: malformed XML: disallowed character in attribute name$/,
    ],
    [
      "'<!--' repeated (800 kB)",
      'comment.xml',
      '<!--'.repeat(200_000),
      /comment\.xml:1: malformed XML: malformed comment$/,
    ],
    [
      "'<?x' repeated (600 kB)",
      'pi.xml',
      '<?x'.repeat(200_000),
      /pi\.xml:1: malformed XML: disallowed character in processing instruction name$/,
    ],
    [
      'XML nested 6,000 deep',
      'deep.xml',
      `<?xml version="1.0"?>\n${'<a>'.repeat(6000)}${'</a>'.repeat(6000)}`,
      /deep\.xml:2: elements nested deeper than 256: not a register$/,
    ],
    [
      'HTML nested 6,000 deep',
      'deep.html',
      `<html><body>\n${'<div>'.repeat(6000)}${'</div>'.repeat(6000)}</body></html>`,
      /deep\.html:2: elements nested deeper than 256: not a register$/,
    ],
    [
      'billion laughs',
      'lol.xml',
      `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<page_content>&lol2;</page_content>`,
      /lol\.xml:2: a DOCTYPE: ITU indexes have none, and TD Lens reads no DTD$/,
    ],
    [
      'a broken index',
      'broken.xml',
      readFileSync(tsagIndex, 'utf8').replace('</folder>', '</foldr>'),
      /broken\.xml:52: malformed XML: unexpected close tag \(expected <\/folder> of line 27\)$/,
    ],
  ])('%s', async (_name, name, content, message) => {
    expectInputError(await runTdLens(['check', agenda, '--register', file(name, content)]), message);
  });

  it.each([
    [
      'ctrl.csv',
      'id,title,source\nTD1\u001b]0;pwned\u0007\u001b[31mX,a,b\n',
      'ctrl.csv:2: id "TD1\\x1b]0;pwned\\x07\\x1b[31mX" is not a TD id',
    ],
    ['ctrl.json', JSON.stringify([{ id: 'TD\u001b[2J5\u0007' }]), 'ctrl.json:1: id "TD\\x1b[2J5\\x07" is not a TD id'],
    [
      'ctrl.xml',
      '<page_content>\n<folder_list><folder><object_name>T25-TSAG-250526-TD-GEN-\u009b2J</object_name></folder></folder_list></page_content>',
      'ctrl.xml:2: object_name "T25-TSAG-250526-TD-GEN- 2J" is not a TD id',
    ],
  ])('%s: control characters in an id are never echoed raw', async (name, content, message) => {
    const { code, err } = await tdLens('check', agenda, '--register', file(name, content));
    expect(code).toBe(2);
    expect(err).toBe(`td-lens: ${join(dir, message)}\n`);
    // eslint-disable-next-line no-control-regex
    expect(err.trimEnd()).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
