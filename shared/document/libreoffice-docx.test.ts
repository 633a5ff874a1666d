// .docx files saved by LibreOffice (test/fixtures/libreoffice/, from the .fodt beside each), read as Word would
// show them: list numbers as LibreOffice itself numbers the same file (its text export, saved beside it), and
// tracked changes as accepted.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read';

const fixture = (name: string) => resolve(import.meta.dirname, '../../test/fixtures/libreoffice', name);
const read = (name: string) => readDocument(new Uint8Array(readFileSync(fixture(name))), name);

describe('.docx saved by LibreOffice', () => {
  it('numbers lists as LibreOffice does: styles, restarts, a start override, letters, roman, continuation', () => {
    const doc = read('numbering-cases.docx');
    // LibreOffice's text export writes each numbered paragraph's number (indented for list items) before its text.
    const expected = readFileSync(fixture('numbering-cases.libreoffice.txt'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter(Boolean)
      .map((line) => /^\s*(\S+) (.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null && /\d|^\(?[A-Za-z]+[.)]$/.test(m[1]) && !/^[a-z]+$/.test(m[1]))
      .map((m) => [m[1], m[2]]);
    const numbered = doc.paragraphs.filter((p) => p.listLabel).map((p) => [p.listLabel, p.text]);
    expect(numbered).toEqual(expected);
  });

  it('reads tracked changes as accepted: deleted text out, inserted text in', () => {
    expect(read('tracked-changes.docx').paragraphs.map((p) => p.text)).toEqual([
      'TSAG 05-2025: Not started.',
      'Deadline: 5 November 2025',
      'Report – TD106.',
    ]);
  });
});
