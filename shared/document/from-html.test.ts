import { describe, expect, it } from 'vitest';
import { readHtmlDocument } from './from-html';
import { DocumentError, type Table } from './model';
import { expectLinearGrowth } from '../text/growth.testing';

describe('readHtmlDocument', () => {
  it('reads headings, paragraphs, nested lists and ignores script/style', () => {
    const doc = readHtmlDocument(
      `<html><head><title>T</title><style>p{}</style></head><body><h1>Agenda</h1><p>1  Opening&nbsp;of
      the meeting</p><script>var x = "TD999";</script><ul><li>Report – TD106<ul><li>Annex</li></ul></li></ul><ol><li>First</li><li>Second</li></ol></body></html>`,
      'a.html',
    );
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'Agenda',
      '1 Opening\u00a0of the meeting',
      'Report – TD106',
      'Annex',
      'First',
      'Second',
    ]);
    expect(doc.paragraphs[0]).toMatchObject({ headingLevel: 1 });
    expect(doc.paragraphs.slice(2).map((p) => p.listLevel)).toEqual([0, 1, 0, 0]);
    expect(doc.paragraphs[5].listLabel).toBe('2.');
    expect(doc.text).not.toContain('TD999');
    doc.paragraphs.forEach((p) => expect(doc.text.slice(p.start, p.end)).toBe(p.text));
  });

  it('splits at <br> and reads tables with colspan', () => {
    const doc = readHtmlDocument(
      '<table><tr><th>#</th><th>Date</th></tr><tr><td colspan="2">Status and Comments:<br>TSAG 05-2025: Started</td></tr></table><p>after</p>',
      't.html',
    );
    const table = doc.blocks[0] as Table;
    expect(table.rows[1].cells[0]).toMatchObject({ colSpan: 2 });
    expect(table.rows[1].cells[0].paragraphs.map((p) => p.text)).toEqual([
      'Status and Comments:',
      'TSAG 05-2025: Started',
    ]);
    expect(doc.text).toBe('\t#\n\tDate\n\n\tStatus and Comments:\nTSAG 05-2025: Started\n\nafter\n');
  });

  it('reads links into doc.links', () => {
    const doc = readHtmlDocument(
      '<p>See <a href="https://www.itu.int/md/x/en"> TD106 </a>and\n <a href="#a1">Annex\n1</a></p><p><a name="x">no href</a></p>',
      'l.html',
    );
    expect(doc.paragraphs[0].text).toBe('See TD106 and Annex 1');
    expect(doc.links!.map((l) => [doc.text.slice(l.start, l.end), l.url])).toEqual([
      ['TD106', 'https://www.itu.int/md/x/en'],
      ['Annex 1', '#a1'],
    ]);
  });

  it('keeps the bullet of a list item whose text is in a <p>', () => {
    const doc = readHtmlDocument(
      '<ul><li><p>WP2-4: Approve</p><p>more</p></li><li>two</li></ul><h2></h2><p>plain</p>',
      'li.html',
    );
    expect(doc.paragraphs.map((p) => [p.text, p.isListItem, p.headingLevel])).toEqual([
      ['WP2-4: Approve', true, undefined],
      ['more', false, undefined],
      ['two', true, undefined],
      ['plain', false, undefined],
    ]);
  });

  it('leaves out table captions and stray text between cells', () => {
    const doc = readHtmlDocument(
      '<table><caption>Plan</caption><tr><td>a</td>stray<td>b</td></tr><tr><td>c</td><td>d</td></tr></table>',
      'c.html',
    );
    expect(doc.text).toBe('\ta\n\tb\n\n\tc\n\td\n\n');
  });

  it('survives broken markup', () => {
    const doc = readHtmlDocument('<table><tr><td>a<td>b</table><p>x<li>y', 'b.html');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['a', 'b', 'x', 'y']);
  });
});

describe('readHtmlDocument on hostile input', () => {
  it('stops at the nesting limit with a DocumentError saying where, in time linear in the input', () => {
    expect(() => readHtmlDocument('<div>'.repeat(100_000) + 'TD106', 'deep.html')).toThrow(
      new DocumentError('deep.html', 'elements nested deeper than 256 levels (character 1280)'),
    );
    expect(readHtmlDocument('<div>'.repeat(200) + 'TD106', 'ok.html').paragraphs.map((q) => q.text)).toEqual(['TD106']);
    expectLinearGrowth(
      (n) => '<div><span>'.repeat(n),
      (html) => readHtmlDocument(html, 'g.html'),
      50_000,
    );
  });
});
