import { describe, expect, it } from 'vitest';
import { readTextDocument } from './from-text';
import { nearestParagraph, paragraphAt, paragraphsIn, spanInParagraph, tableAt } from './paragraphs';

const doc = readTextDocument('Intro\n· Item TD106\n\n\tA\n\tB\n\n\tC\n\tD\n', 'p.txt');

describe('paragraph lookups', () => {
  it('maps offsets to paragraphs, bullets and line breaks to none', () => {
    const td = doc.text.indexOf('TD106');
    expect(paragraphAt(doc, td)?.text).toBe('Item TD106');
    expect(paragraphAt(doc, doc.text.indexOf('·'))).toBeNull();
    expect(paragraphAt(doc, 5)?.text).toBe('Intro');
    expect(nearestParagraph(doc, doc.text.indexOf('·'))?.text).toBe('Item TD106');
    expect(spanInParagraph(doc, { start: td, end: td + 5 })).toMatchObject({ start: 5, end: 10 });
  });

  it('lists paragraphs in a span and finds tables', () => {
    expect(paragraphsIn(doc, { start: 0, end: doc.text.length }).map((p) => p.text)).toEqual([
      'Intro',
      'Item TD106',
      'A',
      'B',
      'C',
      'D',
    ]);
    expect(tableAt(doc, doc.text.indexOf('C'))?.index).toBe(0);
    expect(tableAt(doc, 0)).toBeNull();
  });
});
