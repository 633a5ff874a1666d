/**
 * findReferences on hostile text: linear in the text on the shapes worst for a scanner (every kind's references
 * on one long line, no line breaks at all, near-misses that start a match and fail late, format characters between
 * every character), and ids never cut at an invisible character.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectLinearGrowth } from '../text/growth.testing';
import { findReferences } from './find-references';

const sample = readFileSync(new URL('../../samples/wp2-closing-agenda-2025-05.txt', import.meta.url), 'utf8');

const SHAPES: [string, (n: number) => string, number][] = [
  [
    'references of every kind on one long line',
    (n) => 'TD106 TD7R1, C45, WP2-4, RG-WPR-2, 3, 4, Q3/17, SG17, Resolution 73, WTSA-24 Action 7 '.repeat(n),
    2_000,
  ],
  ['the sample without its line breaks', (n) => sample.replace(/\r?\n/g, ' ').repeat(n), 8],
  ['near misses that fail late', (n) => 'TD 1 Rev. RG-WPR- , , , Q3/ SG-TD Resolutions 7, and '.repeat(n), 5_000],
  ['a format character between every character', (n) => 'TD106, Q3/17 '.repeat(n).split('').join('\u200b'), 2_000],
  ['soft hyphens inside every id', (n) => 'TD1\u00ad06 RG-WPR-\u00ad2 '.repeat(n), 5_000],
];

describe('findReferences on hostile text', () => {
  it.each(SHAPES)('is linear on %s', (_name, make, n) => {
    expectLinearGrowth(make, (text) => findReferences(text), n);
  });

  it('finds ids whole through format characters, spanning those inside and not those around', () => {
    const text = '\u200bTD1\u00ad06\u200b, TD7\u200bR1 and Q3\u2060/17';
    expect(findReferences(text).map((r) => [r.id, r.start, r.end, r.text === text.slice(r.start, r.end)])).toEqual([
      ['TD106', 1, 7, true],
      ['TD7R1', 10, 16, true],
      ['Q3/17', 21, 27, true],
    ]);
  });
});
