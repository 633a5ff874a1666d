import { describe, expect, it } from 'vitest';
import { NestingError, parseMarkup, XML_OPTIONS } from './markup';
import { MAX_NESTING_DEPTH } from './limits';
import { expectLinearGrowth } from '../text/growth.testing';

const nested = (depth: number) => '<a>'.repeat(depth) + 'x' + '</a>'.repeat(depth);
const open = () => undefined;

describe('parseMarkup', () => {
  it('reads markup nested up to the limit and says whether the XML was complete', () => {
    let text = '';
    expect(parseMarkup(nested(MAX_NESTING_DEPTH), { open, text: (t) => (text += t) }, XML_OPTIONS)).toBe(true);
    expect(text).toBe('x');
    expect(parseMarkup('<a><b>cut', { open }, XML_OPTIONS)).toBe(false);
    expect(parseMarkup('no markup', { open }, XML_OPTIONS)).toBe(false);
  });

  it('stops one level past the limit, naming the part and the offset', () => {
    const xml = `<?xml version="1.0"?>${nested(MAX_NESTING_DEPTH + 1)}`;
    expect(() => parseMarkup(xml, { open }, XML_OPTIONS, { part: 'word/styles.xml', offset: 100 })).toThrow(
      new NestingError({ part: 'word/styles.xml', offset: 100 }, xml.indexOf('<a>') + 3 * MAX_NESTING_DEPTH),
    );
    expect(() => parseMarkup(xml, { open }, XML_OPTIONS)).toThrow(`elements nested deeper than ${MAX_NESTING_DEPTH} levels (character ${21 + 3 * MAX_NESTING_DEPTH})`);
  });

  it('also in HTML, where unclosed elements nest too', () => {
    expect(() => parseMarkup('<div>'.repeat(10_000), { open }, {})).toThrow(NestingError);
    expect(() => parseMarkup('<p>'.repeat(10_000), { open }, {})).not.toThrow(); // <p> closes the one before
  });

  it('stays linear on deep nesting (htmlparser2 alone is quadratic in depth)', () => {
    expectLinearGrowth(nested, (xml) => parseMarkup(xml, { open }, XML_OPTIONS), 50_000);
    expectLinearGrowth((n) => '<div>'.repeat(n), (html) => parseMarkup(html, { open }, {}), 50_000);
  });
});
