// .docx files saved by LibreOffice, opened in the in-memory Word as Word opens them (their list definitions, line
// breaks inside paragraphs) and read back through the Word host: the same text as the .docx reader reads, numbers,
// bullets and line breaks included.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../shared/document/read';
import { paragraphText } from './memory/memory-document';
import { wordOf } from './sample-word.testing';

const fixture = (name: string) =>
  readDocument(
    new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../test/fixtures/libreoffice', name))),
    name,
  );

describe('.docx saved by LibreOffice, through Word', () => {
  for (const name of ['wp1-numbered-agenda-2026-01.docx', 'numbering-cases.docx', 'tracked-changes.docx']) {
    it(`${name} reads the same through the Word host as through the .docx reader`, async () => {
      const docx = fixture(name);
      const word = wordOf(docx);
      const read = await word.host().read();
      expect(read.text).toBe(docx.text);
      expect(read.paragraphs.map((p) => [p.listLabel, p.afterLineBreak])).toEqual(
        docx.paragraphs.map((p) => [p.listLabel, p.afterLineBreak]),
      );
    });
  }

  it('keeps a manual line break inside one Word paragraph', () => {
    const word = wordOf(fixture('numbering-cases.docx'));
    expect(word.doc.allParagraphs().map(paragraphText)).toContain('Then iv\vafter a line break');
  });
});
