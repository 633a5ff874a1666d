// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from './fake-finder.testing';
import { textAround } from './mark-context';

afterEach(() => document.body.replaceChildren());

const page = (html: string): Element => fixture(html).querySelector('[data-td-lens-ref]')!;

describe('textAround', () => {
  it('reads the mark’s paragraph as text, with the mark’s span', () => {
    const mark = page(
      '<div><p>Other.</p><p>WP2-4: Approve the <b>RG-WPR</b> meeting report, <span data-td-lens-ref="TD108">TD108</span>.</p></div>',
    );
    const context = textAround(mark)!;
    expect(context.text).toBe('WP2-4: Approve the RG-WPR meeting report, TD108.');
    expect(context.text.slice(context.start, context.end)).toBe('TD108');
  });

  it('keeps a bounded reach either side of the mark', () => {
    const long = 'x'.repeat(2000);
    const mark = page(`<p>${long} <span data-td-lens-ref="TD1">TD1</span> ${long}</p>`);
    const context = textAround(mark)!;
    expect(context.text.length).toBeLessThan(1400);
    expect(context.text.slice(context.start, context.end)).toBe('TD1');
  });

  it('gives nothing for a block of too many text nodes', () => {
    const mark = page(`<p>${'<i>a</i>'.repeat(2100)}<span data-td-lens-ref="TD1">TD1</span></p>`);
    expect(textAround(mark)).toBeNull();
  });
});
