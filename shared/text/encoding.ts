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

/**
 * Bytes of a text file that its encoding cannot read, kept rather than lost: each is read as one character (in UTF-8,
 * a stray byte as its Windows-1252 character; in UTF-16, a lone surrogate as it is), and a fixed copy writes them
 * back as they were (`spliceBytes`).
 */
export interface StrayBytes {
  /** Text offsets of the characters they were read as, in order. */
  offsets: number[];
  /** UTF-16 of odd length: its last byte, which is no character (outside the text, kept in a copy). */
  oddByte?: boolean;
}

export interface DecodedText {
  /** The text, without its byte-order mark. */
  text: string;
  encoding: TextEncodingName;
  /** Bytes the encoding cannot read (absent when there are none). */
  stray?: StrayBytes;
}

/**
 * Decodes by evidence: the byte-order mark first; else UTF-8 when the bytes are UTF-8, or when they are but for a few
 * stray bytes (no more stray bytes than valid multi-byte characters: those almost never happen by chance in another
 * encoding); else Windows-1252, Word's "Western" export.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const encoding = bom ? 'utf-8-bom' : 'utf-8';
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding };
  } catch {
    // Not valid UTF-8 as a whole: weigh the evidence below.
  }
  const { stray, multiByte } = utf8Evidence(body);
  if (!bom && multiByte < stray) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  return { ...decodeUtf8Keeping(body), encoding };
}

/** UTF-8 with each stray byte read as its Windows-1252 character (one code unit each), in one pass. */
function decodeUtf8Keeping(bytes: Uint8Array): { text: string; stray: StrayBytes } {
  const units = new Uint16Array(bytes.length);
  const offsets: number[] = [];
  let n = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : utf8Length(bytes, i);
    if (length === 1) units[n++] = b;
    else if (length === 0) {
      offsets.push(n);
      units[n++] = windows1252Char(b).charCodeAt(0);
    } else {
      let code = b & (0xff >> (length + 1));
      for (let k = 1; k < length; k++) code = (code << 6) | (bytes[i + k] & 0x3f);
      if (code >= 0x10000) {
        units[n++] = 0xd800 + ((code - 0x10000) >> 10);
        units[n++] = 0xdc00 + ((code - 0x10000) & 0x3ff);
      } else units[n++] = code;
    }
    i += Math.max(length, 1);
  }
  return { text: fromCodeUnits(units.subarray(0, n)), stray: { offsets } };
}

/** A string of UTF-16 code units, as they are (lone surrogates included), in chunks the call stack takes. */
function fromCodeUnits(units: Uint16Array): string {
  const pieces: string[] = [];
  for (let i = 0; i < units.length; i += 8192) pieces.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return pieces.join('');
}

/** UTF-16 code unit by code unit: a lone surrogate stays in the text as it is (it writes back to the same bytes). */
function decodeUtf16(bytes: Uint8Array, little: boolean): DecodedText {
  const encoding = little ? 'utf-16le' : 'utf-16be';
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)), encoding };
  } catch {
    // A lone surrogate or an odd last byte: read unit by unit below.
  }
  const units = (bytes.length - 2) >> 1;
  const view = new DataView(bytes.buffer, bytes.byteOffset + 2, units * 2);
  const codes = new Uint16Array(units);
  for (let i = 0; i < units; i++) codes[i] = view.getUint16(i * 2, little);
  const text = fromCodeUnits(codes);
  const offsets: number[] = [];
  for (const m of text.matchAll(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g))
    offsets.push(m.index);
  const oddByte = bytes.length % 2 === 1;
  return offsets.length > 0 || oddByte
    ? { text, encoding, stray: { offsets, ...(oddByte ? { oddByte } : {}) } }
    : { text, encoding };
}

/** How many bytes are not part of a valid UTF-8 character, and how many valid multi-byte characters there are. */
function utf8Evidence(bytes: Uint8Array): { stray: number; multiByte: number } {
  let stray = 0;
  let multiByte = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = utf8Length(bytes, i);
    if (length === 0) {
      stray++;
      i++;
    } else {
      multiByte++;
      i += length;
    }
  }
  return { stray, multiByte };
}

/** The length of the valid UTF-8 character starting with the non-ASCII byte at `i` (RFC 3629), or 0. */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const cont = (k: number, low = 0x80, high = 0xbf) =>
    i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const [low, high] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** One byte of 0x80–0xFF as Windows-1252 reads it. */
function windows1252Char(byte: number): string {
  return byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
}

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
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

const BOMS: Partial<Record<TextEncodingName, number[]>> = {
  'utf-8-bom': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
};

/** `text` in `encoding`, with the byte-order mark the encoding had when read. Throws on an unencodable character. */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  const bom = BOMS[encoding] ?? [];
  const body = encodeBare(text, encoding);
  if (bom.length === 0) return body;
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom);
  out.set(body, bom.length);
  return out;
}

/** `text` in `encoding`, without a byte-order mark. */
function encodeBare(text: string, encoding: TextEncodingName): Uint8Array {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return new TextEncoder().encode(text);
    case 'utf-16le':
    case 'utf-16be': {
      const out = new Uint8Array(text.length * 2);
      const view = new DataView(out.buffer);
      const little = encoding === 'utf-16le';
      for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), little);
      return out;
    }
    case 'windows-1252': {
      const out = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const byte = windows1252Byte(text.charCodeAt(i));
        if (byte === undefined)
          throw new RangeError(
            `U+${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')} cannot be written in Windows-1252`,
          );
        out[i] = byte;
      }
      return out;
    }
  }
}

/** A span of the text and what it becomes. */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The file `original` (read as `decoded`) with `edits` (in text order, not overlapping) made: each edit's text
 * encoded in the file's encoding, every byte outside the edits as it was, stray bytes, an odd last byte and the
 * byte-order mark included. Linear in the file and the edits.
 */
export function spliceBytes(original: Uint8Array, decoded: DecodedText, edits: readonly TextEdit[]): Uint8Array {
  const toByte = byteOffsets(decoded);
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const edit of edits) {
    const start = toByte(edit.start);
    const end = toByte(edit.end);
    parts.push(original.subarray(at, start), encodeBare(edit.replacement, decoded.encoding));
    at = end;
  }
  parts.push(original.subarray(at));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((offset, p) => (out.set(p, offset), offset + p.length), 0);
  return out;
}

/** Text offset → byte offset in the file the text was decoded from; asked in increasing order. */
function byteOffsets({ text, encoding, stray }: DecodedText): (offset: number) => number {
  const bom = BOMS[encoding]?.length ?? 0;
  if (encoding === 'windows-1252') return (offset) => offset;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return (offset) => bom + 2 * offset;
  const strays = stray?.offsets ?? [];
  let next = 0;
  let position = 0;
  let bytes = bom;
  return (offset) => {
    for (; position < offset; position++) {
      const c = text.charCodeAt(position);
      if (next < strays.length && strays[next] === position) {
        next++;
        bytes += 1;
      } else
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
    }
    return bytes;
  };
}
