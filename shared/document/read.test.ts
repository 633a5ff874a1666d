import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thrown } from '../text/thrown.testing';
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { readDocument } from './read';
import { DocumentError } from './model';
import { makeDocx, p } from './docx.testing';

const sample = (ext: string) =>
  new Uint8Array(readFileSync(new URL(`../../samples/wp2-closing-agenda-2025-05.${ext}`, import.meta.url)));

const errorOf = (fn: () => unknown): DocumentError => thrown(DocumentError, fn);

describe('readDocument', () => {
  it('dispatches on the extension', () => {
    expect(readDocument(sample('txt'), 'a.txt').format).toBe('txt');
    expect(readDocument(sample('docx'), 'a.DOCX').format).toBe('docx');
    expect(readDocument(strToU8('<p>TD106</p>'), 'a.htm').format).toBe('html');
  });

  it('sniffs files without an extension', () => {
    expect(readDocument(makeDocx(p('x')), 'agenda').format).toBe('docx');
    expect(readDocument(strToU8('<!DOCTYPE html><p>x</p>'), 'agenda').format).toBe('html');
    expect(readDocument(strToU8('1 Opening'), 'agenda').format).toBe('txt');
  });

  it('reads an empty file as an empty document', () => {
    expect(readDocument(new Uint8Array(), 'empty.txt')).toMatchObject({ text: '', paragraphs: [] });
  });

  it('drops a UTF-8 BOM and reads UTF-16 with a BOM', () => {
    expect(readDocument(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'b.txt').text).toBe('A');
    expect(readDocument(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]), 'u16.txt').text).toBe('AB');
  });

  it('names the cause of bad input', () => {
    expect(errorOf(() => readDocument(new Uint8Array([0x41, 0x00, 0x01]), 'junk.txt')).message).toBe(
      'junk.txt: binary data (NUL bytes), not text',
    );
    expect(errorOf(() => readDocument(sample('docx'), 'renamed.txt')).message).toMatch(/zip archive/);
    expect(errorOf(() => readDocument(strToU8('plain'), 'fake.docx')).message).toMatch(
      /^fake\.docx: not a Word \.docx file/,
    );
    expect(errorOf(() => readDocument(sample('docx').slice(0, 200), 'cut.docx')).message).toMatch(
      /^cut\.docx: corrupt \.docx/,
    );
    expect(errorOf(() => readDocument(strToU8('x'), 'a.pdf')).cause_).toMatch(/PDF is not supported/);
    expect(errorOf(() => readDocument(strToU8('x'), 'a.xlsx')).cause_).toMatch(/unsupported file type "\.xlsx"/);
    expect(errorOf(() => readDocument(new Uint8Array(), 'empty.docx')).cause_).toMatch(/empty file/);
  });
});

describe('readDocument on arbitrary bytes', () => {
  it('returns a document or throws a DocumentError, nothing else', () => {
    const zipHead = fc.uint8Array({ maxLength: 200 }).map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]));
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 300 }), zipHead),
        fc.constantFrom('a.txt', 'a.docx', 'a.html', 'noext'),
        (bytes, name) => {
          try {
            const doc = readDocument(bytes, name);
            doc.paragraphs.forEach((q) => expect(doc.text.slice(q.start, q.end)).toBe(q.text));
          } catch (error) {
            expect(error).toBeInstanceOf(DocumentError);
            expect((error as DocumentError).message.startsWith(`${name}: `)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
