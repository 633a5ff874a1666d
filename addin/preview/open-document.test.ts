import { describe, expect, it } from 'vitest';
import { readOpenedDocument } from './open-document';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readOpenedDocument', () => {
  it('reads a text agenda', () => {
    expect(readOpenedDocument(bytes('1 Opening\nReport – TD106\n'), 'a.txt').text).toContain('TD106');
  });

  it('refuses an empty or blank file, naming it', () => {
    expect(() => readOpenedDocument(new Uint8Array(), 'empty.txt')).toThrow(/^empty\.txt is empty/);
    expect(() => readOpenedDocument(bytes(' \n\n'), 'blank.txt')).toThrow(/blank\.txt is empty/);
  });

  it('passes on the reader errors for files it cannot read', () => {
    expect(() => readOpenedDocument(bytes('not a zip'), 'broken.docx')).toThrow(/broken\.docx/);
  });
});
