import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../document/from-text';
import { applyDocxFixes, paragraphsOf } from './docx-fixes';
import type { Fix } from './types';

const XML =
  '<?xml version="1.0"?><w:document xmlns:w="w"><w:body>' +
  '<w:p><w:r><w:t xml:space="preserve">Deadline 5 </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>November</w:t></w:r></w:p>' +
  '<w:p><w:r><w:t>TSAG 05-2025: No Started &amp; more</w:t></w:r></w:p>' +
  '<w:p/>' +
  '</w:body></w:document>';
const TEXT = 'Deadline 5 November\nTSAG 05-2025: No Started & more\n';

const docx = () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(XML) });
const fix = (from: string, length: number, replacement: string, shift = 0): Fix => {
  const start = TEXT.indexOf(from) + shift;
  return { start, end: start + length, replacement, description: `-> ${replacement}` };
};
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);

describe('applyDocxFixes', () => {
  const doc = readTextDocument(TEXT, 'a.docx');

  it('reads paragraphs and their w:t segments', () => {
    const paragraphs = paragraphsOf(XML);
    expect(paragraphs.map((p) => p.text)).toEqual(['Deadline 5 November', 'TSAG 05-2025: No Started & more', '']);
    expect(paragraphs[0].segments.map((s) => s.text)).toEqual(['Deadline 5 ', 'November']);
  });

  it('edits the w:t holding the fix, escaping XML and keeping every other byte', () => {
    const result = applyDocxFixes(docx(), doc, [fix('No Started', 10, 'Not <started>'), fix('November', 0, ' 2025', 8)]);
    expect(result.skipped).toEqual([]);
    expect(result.applied).toHaveLength(2);
    const xml = documentXml(result.bytes);
    expect(xml).toContain('<w:t>TSAG 05-2025: Not &lt;started&gt; &amp; more</w:t>');
    // An insertion at the end of a run joins that run.
    expect(xml).toContain('<w:t>November 2025</w:t>');
    expect(xml.replace('Not &lt;started&gt;', 'No Started').replace('November 2025', 'November')).toBe(XML);
    expect(unzipSync(result.bytes)['[Content_Types].xml']).toEqual(strToU8('<Types/>'));
  });

  it('marks a w:t whose text gains outer spaces as xml:space="preserve"', () => {
    const result = applyDocxFixes(docx(), doc, [fix('TSAG', 0, ' ')]);
    expect(documentXml(result.bytes)).toContain('<w:t xml:space="preserve"> TSAG 05-2025');
  });

  it('skips fixes across runs, with line breaks, or outside the paragraphs it knows', () => {
    const across = fix('5 November', 10, '5 December');
    const newline = fix('No Started', 0, '\n· ');
    const unknown = { start: 0, end: 3, replacement: 'X', description: 'x' };
    const otherDoc = readTextDocument('Something else\n', 'b.docx');
    expect(applyDocxFixes(docx(), doc, [across]).skipped[0].reason).toBe('it spans several runs');
    expect(applyDocxFixes(docx(), doc, [newline]).skipped[0].reason).toBe('a line break cannot be written into a Word run');
    expect(applyDocxFixes(docx(), otherDoc, [unknown]).skipped[0].reason).toBe('its paragraph was not found with the same text in the .docx');
    expect(applyDocxFixes(new Uint8Array([1, 2, 3]), doc, [unknown]).skipped[0].reason).toBe('the file is not a readable .docx');
  });
});
