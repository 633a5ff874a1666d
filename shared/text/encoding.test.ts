import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, encodeText, unencodable, type TextEncodingName } from './encoding';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeBytes', () => {
  it('decodes Windows-1252 with its real table for 0x80–0x9F, not as Latin-1', () => {
    expect(decodeBytes(bytes(0x41, 0x96, 0x42, 0x80, 0x93, 0x94, 0x85, 0xe9))).toEqual({ text: 'A–B€“”…é', encoding: 'windows-1252' });
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

describe('encodeText', () => {
  it('writes every byte of Windows-1252 back as it was read', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const decoded = decodeBytes(all.subarray(0x80));
    expect(decoded.encoding).toBe('windows-1252');
    expect(encodeText(decoded.text, 'windows-1252')).toEqual(all.subarray(0x80));
  });

  it('round-trips any text in the Unicode encodings, BOM included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom<TextEncodingName>('utf-8-bom', 'utf-16le', 'utf-16be'), (text, encoding) => {
        expect(decodeBytes(encodeText(text, encoding))).toEqual({ text, encoding });
      }),
    );
  });

  it('says which characters Windows-1252 cannot write, and refuses to write them', () => {
    expect(unencodable('A – “x” → 😀 →', 'windows-1252')).toEqual(['→', '😀']);
    expect(unencodable('→', 'utf-8')).toEqual([]);
    expect(() => encodeText('→', 'windows-1252')).toThrow(/U\+2192 cannot be written in Windows-1252/);
  });
});
