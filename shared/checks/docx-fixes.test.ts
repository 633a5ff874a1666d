import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../document/docx.testing';
import { readDocxDocument } from '../document/from-docx';
import { readTextDocument } from '../document/from-text';
import { applyDocxFixes } from './docx-fixes';
import type { Fix } from './rule';

const BODY =
  '<w:p><w:r><w:t xml:space="preserve">Deadline 5 </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>November</w:t></w:r></w:p>' +
  '<w:p><w:r><w:t>TSAG 05-2025: No Started &amp; more</w:t></w:r></w:p>' +
  '<w:p/>';
const TEXT = 'Deadline 5 November\nTSAG 05-2025: No Started & more\n';

const docx = (body = BODY) => makeDocx(body);
const fixIn = (text: string, from: string, length: number, replacement: string, shift = 0): Fix => {
  const start = text.indexOf(from) + shift;
  return { start, end: start + length, replacement, description: `-> ${replacement}` };
};
const fix = (from: string, length: number, replacement: string, shift = 0) =>
  fixIn(TEXT, from, length, replacement, shift);
const mainPart = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);

describe('applyDocxFixes', () => {
  const bytes = docx();
  const doc = readDocxDocument(bytes, 'a.docx');

  it('edits the w:t the reader read the fix from, escaping XML and keeping every other byte', () => {
    expect(doc.text).toBe(TEXT);
    const result = applyDocxFixes(bytes, doc, [fix('No Started', 10, 'Not <started>'), fix('November', 0, ' 2025', 8)]);
    expect(result.skipped).toEqual([]);
    expect(result.applied).toHaveLength(2);
    const xml = mainPart(result.bytes);
    expect(xml).toContain('<w:t>TSAG 05-2025: Not &lt;started&gt; &amp; more</w:t>');
    // An insertion at the end of a run joins that run.
    expect(xml).toContain('<w:t>November 2025</w:t>');
    expect(xml.replace('Not &lt;started&gt;', 'No Started').replace('November 2025', 'November')).toBe(mainPart(bytes));
    const [before, after] = [unzipSync(bytes), unzipSync(result.bytes)];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(after[name]).toEqual(before[name]);
  });

  it('marks a w:t whose text gains outer spaces as xml:space="preserve"', () => {
    const result = applyDocxFixes(bytes, doc, [fix('TSAG', 0, ' ')]);
    expect(mainPart(result.bytes)).toContain('<w:t xml:space="preserve"> TSAG 05-2025');
  });

  it('skips fixes across runs, with line breaks, or outside any paragraph', () => {
    const across = fix('5 November', 10, '5 December');
    const newline = fix('No Started', 0, '\n· ');
    const between = { start: TEXT.indexOf('\n') - 2, end: TEXT.indexOf('\n') + 2, replacement: 'X', description: 'x' };
    expect(applyDocxFixes(bytes, doc, [across]).skipped[0].reason).toBe('it spans several runs');
    expect(applyDocxFixes(bytes, doc, [newline]).skipped[0].reason).toBe(
      'a line break cannot be written into a Word run',
    );
    expect(applyDocxFixes(bytes, doc, [between]).skipped[0].reason).toBe('not inside one paragraph');
  });

  it('reads the file again for a document it did not read, and refuses one whose text differs', () => {
    const same = readTextDocument(TEXT, 'a.docx');
    expect(applyDocxFixes(bytes, same, [fix('No Started', 10, 'Not started')]).applied).toHaveLength(1);
    const other = readTextDocument('Something else\n', 'b.docx');
    const unknown = { start: 0, end: 3, replacement: 'X', description: 'x' };
    expect(applyDocxFixes(bytes, other, [unknown]).skipped[0].reason).toBe(
      'the .docx does not hold the text that was checked',
    );
    expect(applyDocxFixes(new Uint8Array([1, 2, 3]), other, [unknown]).skipped[0].reason).toBe(
      'the file is not a readable .docx',
    );
  });

  it('never edits text the reader did not read: a text box, a tracked move away, a comment with the same words', () => {
    const same = '<w:p><w:r><w:t>TSAG 05-2025: No Started</w:t></w:r></w:p>';
    for (const decoy of [
      `<w:p><w:r><w:pict><w:txbxContent>${same}</w:txbxContent></w:pict></w:r></w:p>`,
      '<w:p><w:moveFrom w:id="1" w:author="a"><w:r><w:t>TSAG 05-2025: No Started</w:t></w:r></w:moveFrom></w:p>',
      `<!--${same}-->`,
    ]) {
      const input = docx(decoy + same);
      const read = readDocxDocument(input, 'd.docx');
      const result = applyDocxFixes(input, read, [fixIn(read.text, 'No Started', 10, 'Not started')]);
      expect(result.applied).toHaveLength(1);
      const xml = mainPart(result.bytes);
      expect(xml).toContain(decoy);
      expect(
        xml.endsWith(`${decoy}<w:p><w:r><w:t>TSAG 05-2025: Not started</w:t></w:r></w:p></w:body></w:document>`),
      ).toBe(true);
    }
  });

  it('edits a part with any prefix or the default namespace, in UTF-16 too, writing it back as it was encoded', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const xml = `<?xml version="1.0" encoding="UTF-16"?><document xmlns="${W}"><body><p><r><t>TSAG 05-2025: No Started</t></r></p></body></document>`;
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...xml].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const files = unzipSync(docx());
    files['word/document.xml'] = utf16;
    const input = zipSync(files);
    const read = readDocxDocument(input, 'u.docx');
    expect(read.text).toBe('TSAG 05-2025: No Started\n');
    const result = applyDocxFixes(input, read, [fixIn(read.text, 'No Started', 10, 'Not started')]);
    const out = unzipSync(result.bytes)['word/document.xml'];
    expect(Array.from(out.subarray(0, 2))).toEqual([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le').decode(out)).toBe(xml.replace('No Started', 'Not started'));
  });
});
