import { describe, expect, it } from 'vitest';
import { findReferences } from '../refs/find-references';
import { readHtmlDocument } from '../document/from-html';
import { readDocxDocument } from '../document/from-docx';
import { makeDocx } from '../document/docx.testing';
import { planLinks } from './link-plan';
import { readSample } from './sample.testing';

describe('planLinks on the sample', () => {
  const { doc, agenda } = readSample();
  const plan = planLinks(doc, agenda.meeting);

  it('links every TD and contribution reference to its ITU page', () => {
    const refs = findReferences(doc.text, { kinds: ['td', 'contribution'] });
    expect(refs.length).toBeGreaterThan(20);
    expect(plan.links.map((l) => l.start)).toEqual(refs.map((r) => r.start));
    const td106 = plan.links.find((l) => l.refId === 'TD106');
    expect(td106?.url).toBe('https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en');
    expect(plan.links.find((l) => l.refId === 'TD7R1')?.url).toBe(
      'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0007/en',
    );
    expect(plan.warnings).toEqual([]);
  });

  it('records where each link sits: its paragraph and its span there', () => {
    for (const link of plan.links) {
      const paragraph = doc.paragraphs[link.paragraphIndex];
      expect(doc.text.slice(link.start, link.end)).toBe(link.text);
      expect(paragraph.start <= link.start && link.end <= paragraph.end).toBe(true);
    }
  });

  it('leaves references already inside links alone, so a second plan after applying is empty', () => {
    const linked = { ...doc, links: plan.links.map(({ start, end, url }) => ({ start, end, url })) };
    const again = planLinks(linked, agenda.meeting);
    expect(again.links).toEqual([]);
    expect(again.alreadyLinked).toBe(plan.links.length);
  });

  it('says so and plans nothing without a meeting context', () => {
    const none = planLinks(doc, null);
    expect(none.links).toEqual([]);
    expect(none.warnings[0]).toMatch(/No meeting context/);
  });
});

describe('planLinks on read documents with links', () => {
  const ctx = { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 };

  it('skips references the HTML already links', () => {
    const doc = readHtmlDocument('<p>See <a href="https://example.org/td106">TD106</a> and TD107.</p>', 'a.html');
    const plan = planLinks(doc, ctx);
    expect(plan.links.map((l) => l.refId)).toEqual(['TD107']);
    expect(plan.alreadyLinked).toBe(1);
  });

  it('skips references the .docx already links (w:hyperlink)', () => {
    const bytes = makeDocx(
      '<w:p><w:r><w:t xml:space="preserve">Report – </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>TD106</w:t></w:r></w:hyperlink>' +
        '<w:r><w:t xml:space="preserve"> and TD108</w:t></w:r></w:p>',
      {
        rels: '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/x" TargetMode="External"/>',
      },
    );
    const doc = readDocxDocument(bytes, 'a.docx');
    expect(doc.text).toContain('Report – TD106 and TD108');
    const plan = planLinks(doc, ctx);
    expect(plan.links.map((l) => l.refId)).toEqual(['TD108']);
  });
});
