import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonPieces, writeOutput } from './output';
import { captureIo } from './terminal.testing';

describe('jsonPieces', () => {
  it('gives exactly the text of JSON.stringify(value, null, 2), DEL and C1 controls escaped', () => {
    const escaped = (text: string) =>
      text.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const string = fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', '"', '\\', '\n'),
        fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
      ),
    });
    const json = fc.jsonValue({ maxDepth: 2 });
    const withUndefined = fc.dictionary(
      string,
      fc.oneof(json, string, fc.constant(undefined), fc.array(fc.constant(undefined))),
      { maxKeys: 5 },
    );
    fc.assert(
      fc.property(fc.oneof(json, withUndefined, fc.array(withUndefined, { maxLength: 4 })), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(escaped(JSON.stringify(value, null, 2)));
      }),
      { numRuns: 200 },
    );
    const dated = { when: new Date(0), list: [new Date(1)] };
    expect([...jsonPieces(dated)].join('')).toBe(JSON.stringify(dated, null, 2));
  });

  it('escapes DEL and C1 controls (U+009B is CSI to some terminals), which JSON.stringify leaves raw', () => {
    const text = [...jsonPieces({ 'k\u009b': ['a\u009b[31m\u007f'] })].join('');
    expect(text).toBe('{\n  "k\\u009b": [\n    "a\\u009b[31m\\u007f"\n  ]\n}');
    expect(JSON.parse(text)).toEqual({ 'k\u009b': ['a\u009b[31m\u007f'] });
  });

  it('yields an array in bounded pieces (a batch of flat elements, or one element), never the whole array', () => {
    const refs = Array.from({ length: 10_000 }, (_, i) => ({ kind: 'td', id: `TD${i}`, start: i, end: i + 5 }));
    const pieces = [...jsonPieces({ file: 'a.txt', references: refs })];
    expect(pieces.length).toBeGreaterThan(10_000 / 256);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(256 * 120);
    const nested = [...jsonPieces(Array.from({ length: 1000 }, (_, i) => ({ id: i, list: [i] })))];
    expect(Math.max(...nested.map((p) => p.length))).toBeLessThan(40);
  });
});

describe('writeOutput', () => {
  it('writes in bounded chunks whatever the total, and waits when the output asks to', async () => {
    const io = captureIo();
    let waits = 0;
    io.drained = () => {
      waits++;
      return Promise.resolve();
    };
    const lines = Array.from({ length: 50_000 }, (_, i) => `line ${i}\n`);
    await writeOutput(io, lines);
    expect(io.stdout()).toBe(lines.join(''));
    expect(Math.max(...io.writes().map((w) => w.length))).toBeLessThan(64 * 1024 + 20);
    expect(io.writes().length).toBeGreaterThan(5);
    expect(waits).toBe(io.writes().length - 1);
  });
});
