import { describe, expect, it } from 'vitest';
import { NestingError, parseMarkup } from './markup';
import { MAX_NESTING_DEPTH } from './limits';
import { expectLinearGrowth } from '../text/growth.testing';

const open = () => undefined;

describe('parseMarkup', () => {
  it('reads HTML nested up to the limit, and stops one level past it, naming the offset', () => {
    let text = '';
    parseMarkup('<div>'.repeat(MAX_NESTING_DEPTH) + 'x', { open, text: (t) => (text += t) }, {});
    expect(text).toBe('x');
    expect(() => parseMarkup('<div>'.repeat(MAX_NESTING_DEPTH + 1), { open }, {})).toThrow(
      new NestingError(5 * MAX_NESTING_DEPTH),
    );
  });

  it('counts unclosed elements as nested, as HTML does', () => {
    expect(() => parseMarkup('<div>'.repeat(10_000), { open }, {})).toThrow(NestingError);
    expect(() => parseMarkup('<p>'.repeat(10_000), { open }, {})).not.toThrow(); // <p> closes the one before
  });

  it('stays linear on deep nesting (htmlparser2 alone is quadratic in depth)', () => {
    expectLinearGrowth(
      (n) => '<div>'.repeat(n),
      (html) => parseMarkup(html, { open }, {}),
      50_000,
    );
  });
});
