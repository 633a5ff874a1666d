/**
 * The character encodings a plain-text agenda comes in, read and written back the same way: UTF-8 (with or without
 * a byte-order mark), UTF-16 with its BOM (Word's "Unicode" export), and Windows-1252 (Word's "Western" export).
 *
 * Why our own Windows-1252 table: WHATWG maps bytes 0x80–0x9F to `€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š ›
 * œ ž Ÿ`, but some Node builds decode the label as Latin-1 and give C1 control characters instead (`–` became
 * U+0096). Decoding through the platform and then mapping what is left in 0x80–0x9F is right either way.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Windows-1252 bytes 0x80–0x9F; the five the standard leaves undefined map to the same C1 code point. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Code point → Windows-1252 byte, for the characters of 0x80–0x9F. */
const CP1252_BYTE = new Map([...CP1252_HIGH].map((ch, i) => [ch.charCodeAt(0), 0x80 + i]));

export interface DecodedText {
  /** The text, without its byte-order mark. */
  text: string;
  encoding: TextEncodingName;
}

/** Decodes by the byte-order mark, else as UTF-8 when the bytes are valid UTF-8, else as Windows-1252. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** The characters of `text` that `encoding` cannot write (empty for the Unicode encodings). */
export function unencodable(text: string, encoding: TextEncodingName): string[] {
  if (encoding !== 'windows-1252') return [];
  return [...new Set([...text].filter((ch) => windows1252Byte(ch.codePointAt(0)!) === undefined))];
}

function windows1252Byte(code: number): number | undefined {
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return CP1252_BYTE.get(code);
}

/** `text` in `encoding`, with the byte-order mark the encoding had when read. Throws on an unencodable character. */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode('\ufeff' + text);
    case 'utf-16le':
    case 'utf-16be': {
      const out = new Uint8Array(2 + text.length * 2);
      const view = new DataView(out.buffer);
      const little = encoding === 'utf-16le';
      view.setUint16(0, 0xfeff, little);
      for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little);
      return out;
    }
    case 'windows-1252': {
      const out = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const byte = windows1252Byte(text.charCodeAt(i));
        if (byte === undefined) throw new RangeError(`U+${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')} cannot be written in Windows-1252`);
        out[i] = byte;
      }
      return out;
    }
  }
}
