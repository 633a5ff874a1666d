// @vitest-environment jsdom
// The lens with the real shared parser: ITU typography (no-break spaces, U+2011 hyphens) is marked, text is kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from './fake-finder.testing';
import { parseItuLink } from './itu-link';
import { findMarked } from './kinds';
import { createLens } from './lens';

const find = findMarked;

async function annotate(root: Element) {
  const lens = createLens({ root, find, parseLink: parseItuLink, observe: false });
  await lens.start();
  return [...root.querySelectorAll('[data-td-lens-ref]')].map((el) => [
    el.getAttribute('data-td-lens-ref'),
    el.textContent,
  ]);
}

describe('lens with the shared parser', () => {
  it('marks ids written with ITU typography, exactly as written', async () => {
    const root = fixture(
      '<p>See SG2\u2011TD9R1/PLEN, TD\u00a0106 and RG-WPR-2, 3: adopt Q3/17 (C\u00a0005 Rev.1).</p>',
    );
    expect(await annotate(root)).toEqual([
      ['TD9R1', 'SG2\u2011TD9R1/PLEN'],
      ['TD106', 'TD\u00a0106'],
      ['RG-WPR-2', 'RG-WPR-2'],
      ['RG-WPR-3', '3'],
      ['Q3/17', 'Q3/17'],
      ['C5R1', 'C\u00a0005 Rev.1'],
    ]);
  });

  it('never changes the text of a page (property)', async () => {
    const piece = fc.constantFrom(
      'TD',
      'TD106',
      'TD 7R1',
      '\u00a0',
      '\u2011',
      ' – ',
      'WP2-4',
      'RG-WPR-2, 3',
      'Q3/17',
      'C 45',
      '+ 267',
      '<b>',
      '&lt;',
      'x',
      '9',
      '\n',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
          { minLength: 1, maxLength: 4 },
        ),
        async (paragraphs) => {
          const root = document.createElement('div');
          for (const text of paragraphs) {
            const p = document.createElement('p');
            p.textContent = text;
            root.append(p);
          }
          document.body.append(root);
          const before = root.textContent;
          await annotate(root);
          const same = root.textContent === before;
          root.remove();
          return same;
        },
      ),
      { numRuns: 60 },
    );
  });
});
