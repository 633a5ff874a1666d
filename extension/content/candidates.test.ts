// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { candidateTest, createCandidateScan, holdsCandidate } from './candidates';
import { MARKED_PRETEST } from './kinds';

const test = candidateTest(MARKED_PRETEST);

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  doc.body.replaceChildren(...[...parsed.body.childNodes].map((n) => doc.adoptNode(n)));
  return doc;
}

describe('candidates', () => {
  it('are text with the lead of a marked kind, or links to ITU documents', () => {
    expect(test.text('Approve TD106 today')).toBe(true);
    expect(test.text('RG\u2011DT\u20111')).toBe(true);
    expect(test.text('see C 45')).toBe(true);
    expect(test.text('Chapter 3 of the report, Questions from 9 pm, Copyright 2025')).toBe(false);
    expect(test.text('2025-05-26, 14:00, 3 items')).toBe(false);
    expect(test.text('TD without a number')).toBe(false);
    const link = (href: string) => Object.assign(document.createElement('a'), { href });
    expect(test.link(link('https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en'))).toBe(true);
    expect(test.link(link('javascript://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en'))).toBe(false);
    expect(test.link(link('https://example.org/'))).toBe(false);
    // Typographic spaces and hyphens, as the parser reads them.
    expect(test.text('TD\u00a0106')).toBe(true);
    expect(test.text('a\u00a0b 12')).toBe(false);
  });

  it('are looked for where the lens reads: not in scripts, fields or editable regions', () => {
    const doc = page(
      '<script>var a = "TD1";</script><textarea>TD2</textarea><div contenteditable="true">TD3</div><p>nothing here 4</p>',
    );
    expect(createCandidateScan(doc, test).next(Infinity)).toBe('seen');
    doc.body.append(Object.assign(doc.createElement('p'), { textContent: 'TD5' }));
    expect(createCandidateScan(doc, test).next(Infinity)).toBe('found');
  });

  it('include links to ITU documents, looked for once the DOM is complete', () => {
    const doc = page('<p>See <a href="https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en">the report</a>.</p>');
    const scan = createCandidateScan(doc, test);
    expect(scan.next(Infinity)).toBe('seen');
    expect(scan.links()).toBe(true);
    expect(createCandidateScan(page('<a href="https://www.itu.int/en/">ITU</a>'), test).links()).toBe(false);
  });

  it('are looked for as the page is parsed: each call goes on from where the last stopped', () => {
    const doc = page('<p>one 1</p>');
    const scan = createCandidateScan(doc, test);
    expect(scan.next(Infinity)).toBe('seen');
    const p = doc.body.appendChild(doc.createElement('p'));
    expect(scan.next(Infinity)).toBe('seen');
    p.append('see TD7');
    expect(scan.next(Infinity)).toBe('found');
    // A text node the parser was still filling when last seen.
    const doc2 = page('<p>see</p>');
    const scan2 = createCandidateScan(doc2, test);
    expect(scan2.next(Infinity)).toBe('seen');
    (doc2.querySelector('p')!.firstChild as Text).appendData(' TD8');
    expect(scan2.next(Infinity)).toBe('found');
  });

  it('stop at the deadline and go on later', () => {
    const doc = page(`${'<p>plain 1</p>'.repeat(1000)}<p>TD9</p>`);
    const scan = createCandidateScan(doc, test);
    expect(scan.next(0)).toBe('more');
    let result = scan.next(0);
    while (result === 'more') result = scan.next(0);
    expect(result).toBe('found');
  });

  it('are found in content added later', () => {
    const doc = page('<main></main>');
    const div = page('<div><p>plain</p><ul><li>then TD10</li></ul></div>').querySelector('div')!;
    expect(holdsCandidate(div, test)).toBe(true);
    const field = doc.createElement('textarea');
    field.textContent = 'TD11';
    expect(holdsCandidate(field, test)).toBe(false);
    expect(holdsCandidate(doc.createTextNode('TD12'), test)).toBe(true);
    expect(holdsCandidate(doc.createTextNode('12 items'), test)).toBe(false);
  });
});
