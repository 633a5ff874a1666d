import { describe, expect, it } from 'vitest';
import { formatListNumber, listMarkText, ListNumbering, type ListDefinitions, type ListLevel } from './docx-numbering';

const level = (format: string, text: string, more: Partial<ListLevel> = {}): ListLevel => ({
  format,
  text,
  start: 1,
  ...more,
});

/** Agenda numbering as LibreOffice writes it: `1`, `1.1`, `a)`; a bullet list beside it. */
const agenda = new Map([
  [0, level('decimal', '%1')],
  [1, level('decimal', '%1.%2')],
  [2, level('lowerLetter', '%3)')],
]);
const bullets = new Map([[0, level('bullet', '\uF0B7')]]);
const lettered = new Map([[0, level('upperLetter', '%1.')]]);

const lists = (
  abstracts: Record<string, ReadonlyMap<number, ListLevel>>,
  instances: Record<string, { abstractId: string; overrides?: [number, { start?: number; level?: ListLevel }][] }>,
): ListDefinitions => ({
  abstracts: new Map(Object.entries(abstracts)),
  instances: new Map(
    Object.entries(instances).map(([id, i]) => [
      id,
      { abstractId: i.abstractId, overrides: new Map(i.overrides ?? []) },
    ]),
  ),
});

/** The labels of a sequence of `[numId, ilvl]` list paragraphs, in order (`null` where not numbered). */
function labels(definitions: ListDefinitions, paragraphs: [string, number][]): (string | null)[] {
  const numbering = new ListNumbering(definitions);
  return paragraphs.map(([numId, ilvl]) => numbering.next(numId, ilvl)?.label ?? null);
}

describe('ListNumbering: the numbers Word shows', () => {
  const cases: {
    name: string;
    definitions: ListDefinitions;
    paragraphs: [string, number][];
    expected: (string | null)[];
  }[] = [
    {
      name: 'multi-level items continue across a bullet list and restart deeper levels when a shallower one advances',
      definitions: lists({ a: agenda, b: bullets }, { '1': { abstractId: 'a' }, '2': { abstractId: 'b' } }),
      paragraphs: [
        ['1', 0],
        ['1', 0],
        ['1', 1],
        ['2', 0],
        ['1', 1],
        ['1', 2],
        ['1', 2],
        ['1', 0],
        ['1', 1],
        ['1', 2],
      ],
      expected: ['1', '2', '2.1', '\uF0B7', '2.2', 'a)', 'b)', '3', '3.1', 'a)'],
    },
    {
      name: 'nums of one abstract list share its count; a startOverride restarts it at the num’s first use only',
      // LibreOffice's "restart at 5" inside a list: A, E (num 3), then F back on num 2, G on num 3 again.
      definitions: lists(
        { l: lettered },
        { '2': { abstractId: 'l' }, '3': { abstractId: 'l', overrides: [[0, { start: 5 }]] } },
      ),
      paragraphs: [
        ['2', 0],
        ['3', 0],
        ['2', 0],
        ['3', 0],
      ],
      expected: ['A.', 'E.', 'F.', 'G.'],
    },
    {
      name: 'separate abstract lists count separately (LibreOffice writes a restarted list as a copy)',
      definitions: lists({ a: agenda, copy: agenda }, { '1': { abstractId: 'a' }, '4': { abstractId: 'copy' } }),
      paragraphs: [
        ['1', 0],
        ['1', 0],
        ['4', 0],
        ['1', 0],
      ],
      expected: ['1', '2', '1', '3'],
    },
    {
      name: 'numId 0 and unknown lists are not numbered, and do not count',
      definitions: lists({ a: agenda }, { '1': { abstractId: 'a' }, '9': { abstractId: 'missing' } }),
      paragraphs: [
        ['1', 0],
        ['0', 0],
        ['7', 0],
        ['9', 0],
        ['1', 0],
      ],
      expected: ['1', null, null, null, '2'],
    },
    {
      name: 'lvlRestart 0: a level never restarts',
      definitions: lists(
        {
          n: new Map([
            [0, level('decimal', '%1.')],
            [1, level('lowerRoman', '(%2)', { restartAfter: 0 })],
          ]),
        },
        { '1': { abstractId: 'n' } },
      ),
      paragraphs: [
        ['1', 0],
        ['1', 1],
        ['1', 1],
        ['1', 0],
        ['1', 1],
      ],
      expected: ['1.', '(i)', '(ii)', '2.', '(iii)'],
    },
    {
      name: 'lvlRestart 1: level 2 restarts when level 0 is used, not level 1 (Word: the named level or a higher one)',
      definitions: lists(
        {
          n: new Map([
            [0, level('decimal', '%1')],
            [1, level('decimal', '%1.%2')],
            [2, level('lowerLetter', '%3', { restartAfter: 1 })],
          ]),
        },
        { '1': { abstractId: 'n' } },
      ),
      paragraphs: [
        ['1', 0],
        ['1', 2],
        ['1', 1],
        ['1', 2],
        ['1', 0],
        ['1', 2],
      ],
      expected: ['1', 'a', '1.1', 'b', '2', 'a'],
    },
    {
      name: 'isLgl shows the shallower roman level in decimal',
      definitions: lists(
        {
          n: new Map([
            [0, level('upperRoman', '%1.')],
            [1, level('decimal', '%1.%2', { legal: true })],
          ]),
        },
        { '1': { abstractId: 'n' } },
      ),
      paragraphs: [
        ['1', 0],
        ['1', 0],
        ['1', 1],
      ],
      expected: ['I.', 'II.', '2.1'],
    },
    {
      name: 'a level-1 item before any level-0 item shows level 0’s start, which then counts as used (as LibreOffice)',
      definitions: lists(
        {
          n: new Map([
            [0, level('decimal', '%1', { start: 3 })],
            [1, level('decimal', '%1.%2')],
          ]),
        },
        { '1': { abstractId: 'n' } },
      ),
      paragraphs: [
        ['1', 1],
        ['1', 0],
      ],
      expected: ['3.1', '4'],
    },
    {
      name: 'an override with its own lvl changes the format for that num and restarts there',
      definitions: lists(
        { a: agenda },
        {
          '1': { abstractId: 'a' },
          '2': { abstractId: 'a', overrides: [[0, { level: level('upperRoman', '%1.', { start: 1 }) }]] },
        },
      ),
      paragraphs: [
        ['1', 0],
        ['1', 0],
        ['2', 0],
        ['2', 0],
      ],
      expected: ['1', '2', 'I.', 'II.'],
    },
  ];
  for (const c of cases) it(c.name, () => expect(labels(c.definitions, c.paragraphs)).toEqual(c.expected));

  it('reports bullets as bullets and numbers as numbers, with the level', () => {
    const numbering = new ListNumbering(
      lists({ a: agenda, b: bullets }, { '1': { abstractId: 'a' }, '2': { abstractId: 'b' } }),
    );
    expect(numbering.next('2', 0)).toEqual({ level: 0, kind: 'bullet', label: '\uF0B7' });
    expect(numbering.next('1', 1)).toEqual({ level: 1, kind: 'number', label: '1.1' });
  });

  it('finds the level a style takes through the level’s pStyle', () => {
    const outline = new Map([
      [0, level('decimal', '%1.', { style: 'Heading1' })],
      [1, level('decimal', '%1.%2', { style: 'Heading2' })],
    ]);
    const numbering = new ListNumbering(lists({ o: outline }, { '1': { abstractId: 'o' } }));
    expect([
      numbering.levelOfStyle('1', 'Heading2'),
      numbering.levelOfStyle('1', 'Other'),
      numbering.levelOfStyle('8', 'Heading2'),
    ]).toEqual([1, 0, 0]);
  });
});

describe('formatListNumber', () => {
  const table: [number, string, string][] = [
    [1, 'decimal', '1'],
    [7, 'decimalZero', '07'],
    [12, 'decimalZero', '12'],
    [1, 'lowerLetter', 'a'],
    [26, 'lowerLetter', 'z'],
    [27, 'lowerLetter', 'aa'],
    [28, 'upperLetter', 'BB'],
    [53, 'lowerLetter', 'aaa'],
    [4, 'lowerRoman', 'iv'],
    [1994, 'upperRoman', 'MCMXCIV'],
    [4000, 'upperRoman', '4000'],
    [780, 'lowerLetter', 'z'.repeat(30)],
    [781, 'lowerLetter', 'a'],
    [1, 'ordinal', '1st'],
    [2, 'ordinal', '2nd'],
    [3, 'ordinal', '3rd'],
    [11, 'ordinal', '11th'],
    [13, 'ordinal', '13th'],
    [21, 'ordinal', '21st'],
    [112, 'ordinal', '112th'],
    [5, 'none', ''],
    [5, 'chineseCounting', '5'],
  ];
  for (const [n, format, expected] of table)
    it(`${n} as ${format} is “${expected}”`, () => expect(formatListNumber(n, format)).toBe(expected));
});

describe('listMarkText', () => {
  it('writes numbers with their label, bullets by level, and nothing for an empty number', () => {
    expect(listMarkText({ level: 1, kind: 'number', label: '3.1' })).toEqual({ marker: '3.1 ', listLabel: '3.1' });
    expect(listMarkText({ level: 0, kind: 'bullet', label: '\uF0B7' })).toEqual({ marker: '· ' });
    expect(listMarkText({ level: 5, kind: 'bullet', label: 'o' })).toEqual({ marker: '▪ ' });
    expect(listMarkText({ level: 0, kind: 'number', label: '' })).toEqual({});
  });
});
