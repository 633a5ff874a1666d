import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, encodeText, spliceBytes, unencodable, type TextEncodingName } from './encoding';
import { expectLinearGrowth } from './growth.testing';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeBytes', () => {
  it('decodes Windows-1252 with its real table for 0x80–0x9F, not as Latin-1', () => {
    expect(decodeBytes(bytes(0x41, 0x96, 0x42, 0x80, 0x93, 0x94, 0x85, 0xe9))).toEqual({
      text: 'A–B€“”…é',
      encoding: 'windows-1252',
    });
    // The five bytes the standard leaves undefined stay the C1 code points they are everywhere.
    expect(decodeBytes(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d)).text).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('tells UTF-8, UTF-8 with a BOM and UTF-16 (LE, BE) by their bytes, and drops the BOM from the text', () => {
    expect(decodeBytes(new TextEncoder().encode('A–B'))).toEqual({ text: 'A–B', encoding: 'utf-8' });
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: 'A', encoding: 'utf-8-bom' });
    expect(decodeBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x13, 0x20))).toEqual({ text: 'A–', encoding: 'utf-16le' });
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x41, 0x20, 0x13))).toEqual({ text: 'A–', encoding: 'utf-16be' });
  });
});

describe('decodeBytes by evidence', () => {
  const utf8 = (text: string) => [...new TextEncoder().encode(text)];

  it('reads UTF-8 with a few stray bytes as UTF-8, each stray byte as its Windows-1252 character', () => {
    const decoded = decodeBytes(bytes(...utf8('“A” '), 0x96, ...utf8(' B'), 0xff));
    expect(decoded).toEqual({ text: '“A” – Bÿ', encoding: 'utf-8', stray: { offsets: [4, 7] } });
    // A BOM says UTF-8 whatever follows.
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x41, 0xe9))).toEqual({
      text: 'Aé',
      encoding: 'utf-8-bom',
      stray: { offsets: [1] },
    });
  });

  it('reads Windows-1252 when stray bytes outnumber the UTF-8 characters', () => {
    expect(decodeBytes(bytes(0x41, 0xe9, 0x42, 0xe8, ...utf8('–')))).toEqual({
      text: 'AéBè' + 'â€“',
      encoding: 'windows-1252',
    });
    expect(decodeBytes(bytes(0x41, 0x96))).toEqual({ text: 'A–', encoding: 'windows-1252' });
  });

  it('keeps lone surrogates of UTF-16 as they are, and says so, with an odd last byte', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00, 0x43))).toEqual({
      text: 'A\ud800B',
      encoding: 'utf-16le',
      stray: { offsets: [1], oddByte: true },
    });
  });

  it('reads in time linear in the bytes, stray bytes everywhere', () => {
    expectLinearGrowth(
      (n) => new Uint8Array(n * 3).map((_, i) => (i % 3 === 2 ? 0x96 : i % 3 === 0 ? 0xc3 : 0xa9)),
      decodeBytes,
      100_000,
    );
  });
});

describe('spliceBytes', () => {
  const edit = (start: number, end: number, replacement: string) => ({ start, end, replacement });

  it('writes every byte outside the edits as it was: stray bytes, lone surrogates, an odd last byte, the BOM', () => {
    const cases: [number[], number, string][] = [
      [[0xef, 0xbb, 0xbf, 0xff, 0x41, 0x42, 0xe2, 0x80, 0x93, 0x43, 0x96], 2, 'X'],
      [[0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00, 0x42, 0x00, 0x43], 1, 'X'],
      [[0x41, 0xe9, 0x42, 0x96], 2, 'X'],
    ];
    for (const [input, at, replacement] of cases) {
      const original = bytes(...input);
      const decoded = decodeBytes(original);
      const out = spliceBytes(original, decoded, [edit(at, at + 1, replacement)]);
      const again = decodeBytes(out);
      expect(again.text).toBe(decoded.text.slice(0, at) + replacement + decoded.text.slice(at + 1));
      // Only the edited character's bytes differ.
      const unchanged = spliceBytes(original, decoded, []);
      expect(unchanged).toEqual(original);
    }
  });

  it('splices many edits in time linear in the text', () => {
    const make = (n: number) => {
      const original = new TextEncoder().encode('é TD1 '.repeat(n));
      const decoded = decodeBytes(original);
      return { original, decoded, edits: Array.from({ length: n }, (_, i) => edit(i * 7 + 2, i * 7 + 5, 'TD2')) };
    };
    expectLinearGrowth(make, ({ original, decoded, edits }) => spliceBytes(original, decoded, edits), 20_000);
  });
});

describe('encodeText', () => {
  it('writes every byte of Windows-1252 back as it was read', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const decoded = decodeBytes(all.subarray(0x80));
    expect(decoded.encoding).toBe('windows-1252');
    expect(encodeText(decoded.text, 'windows-1252')).toEqual(all.subarray(0x80));
  });

  it('round-trips any text in the Unicode encodings, BOM included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom<TextEncodingName>('utf-8-bom', 'utf-16le', 'utf-16be'),
        (text, encoding) => {
          expect(decodeBytes(encodeText(text, encoding))).toEqual({ text, encoding });
        },
      ),
    );
  });

  it('says which characters Windows-1252 cannot write, and refuses to write them', () => {
    expect(unencodable('A – “x” → 😀 →', 'windows-1252')).toEqual(['→', '😀']);
    expect(unencodable('→', 'utf-8')).toEqual([]);
    expect(() => encodeText('→', 'windows-1252')).toThrow(/U\+2192 cannot be written in Windows-1252/);
  });
});
