import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forEachLineBreak, lineIndex, lineStartBefore } from './lines';

describe('lineIndex', () => {
  const text = 'ab\ncd\r\nef\rg\n';
  const idx = lineIndex(text);
  it('counts lines for \\n, \\r\\n and \\r', () => {
    expect(idx.lineCount).toBe(5);
  });
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [5, 2, 3],
    [7, 3, 1],
    [10, 4, 1],
    [12, 5, 1],
  ])('offset %i is line %i column %i', (offset, line, column) => {
    expect(idx.lineOf(offset)).toBe(line);
    expect(idx.lineAt(offset)).toBe(line);
    expect(idx.columnOf(offset)).toBe(column);
  });
  it('gives line starts and ends', () => {
    expect([1, 2, 3, 4, 5].map((l) => text.slice(idx.lineStart(l), idx.lineEnd(l)))).toEqual([
      'ab',
      'cd',
      'ef',
      'g',
      '',
    ]);
  });
  it('clamps out-of-range input', () => {
    expect(idx.lineOf(-5)).toBe(1);
    expect(idx.lineOf(1000)).toBe(5);
    expect(idx.lineOf(Number.NaN)).toBe(1);
    expect(idx.lineStart(99)).toBe(12);
  });
  it('agrees with a naive count', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', 'b', ' ') }), fc.nat(), (s, n) => {
        const offset = s.length === 0 ? 0 : n % (s.length + 1);
        const line = s.slice(0, offset).split('\n').length;
        expect(lineIndex(s).lineOf(offset)).toBe(line);
        expect(lineStartBefore(s, offset)).toBe(offset === 0 ? 0 : s.lastIndexOf('\n', offset - 1) + 1);
      }),
    );
  });
  it('finds the breaks a regex finds, `\r\n` as one, in any mix of `\r` and `\n`', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', ' ') }), (s) => {
        const breaks: [number, number][] = [];
        forEachLineBreak(s, (end, next) => breaks.push([end, next]));
        expect(breaks).toEqual([...s.matchAll(/\r\n|\n|\r/g)].map((m) => [m.index, m.index + m[0].length]));
        expect(lineIndex(s).lineCount).toBe(breaks.length + 1);
      }),
    );
  });
  it('gives up on long look-backs when asked', () => {
    expect(lineStartBefore('x'.repeat(100), 100, 10)).toBe(-1);
    expect(lineStartBefore('a\nbc', 4, 10)).toBe(2);
  });
});
