/**
 * The zip container of a .docx, read the way hostile input requires: the central directory is read first, each
 * needed part is inflated as a stream that stops at its declared size (itself capped), and a rewrite copies every
 * part it does not change as the compressed bytes it was, without inflating it.
 *
 * Why not fflate's `unzipSync` alone: it inflates each chosen entry whole, trusting sizes the archive declares, and
 * has no way to copy an entry without inflating it. What is ours is the directory walk (APPNOTE.TXT, sections
 * 4.3.7, 4.3.12, 4.3.16 and 4.5.3 for ZIP64) and the caps; deflate itself is the platform's or a library's
 * (`DeflateCodec` below).
 */
import { Inflate, zipSync } from 'fflate';
import type * as NodeZlib from 'node:zlib';
import { megabytes, sizeOver } from './limits';

/** A broken archive, or an entry larger than the caller accepts; `message` is the cause, said for a user. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  /** The name, decoded (UTF-8 when flag 11 says so, else byte for byte). */
  name: string;
  /** The name's bytes as stored: a rewrite writes them back as they were. */
  rawName: Uint8Array;
  /** 0 stored, 8 deflate (the only two a .docx uses). */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** The inflated size the central directory declares. */
  size: number;
  /** DOS time and date, kept as they were when the archive is rewritten. */
  time: number;
  date: number;
  versionMadeBy: number;
  externalAttributes: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const U32_MAX = 0xffffffff;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000;
const latin1 = (b: Uint8Array) => Array.from(b, (c) => String.fromCharCode(c)).join('');
const utf8 = new TextDecoder('utf-8');

function need(ok: boolean, what: string): void {
  if (!ok) throw new ZipError(what);
}

/** The end-of-central-directory record: scanned for from the end, over at most the longest archive comment. */
function findEnd(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === EOCD && at + 22 + u16(bytes, at + 20) <= bytes.length) return at;
  }
  throw new ZipError('no end of central directory');
}

/** Every entry of the central directory, in order. Linear in the directory; throws ZipError on any inconsistency. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const end = findEnd(bytes);
  let count = u16(bytes, end + 10);
  let dirSize = u32(bytes, end + 12);
  let dirOffset = u32(bytes, end + 16);
  if (
    (count === 0xffff || dirSize === U32_MAX || dirOffset === U32_MAX) &&
    end >= 20 &&
    u32(bytes, end - 20) === ZIP64_LOCATOR
  ) {
    const at = u64(bytes, end - 12);
    need(at + 56 <= bytes.length && u32(bytes, at) === ZIP64_EOCD, 'bad ZIP64 end of central directory');
    count = u64(bytes, at + 32);
    dirSize = u64(bytes, at + 40);
    dirOffset = u64(bytes, at + 48);
  }
  need(dirOffset + dirSize <= bytes.length, 'central directory out of range');
  const entries: ZipEntry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    need(at + 46 <= bytes.length && u32(bytes, at) === CENTRAL, 'bad central directory entry');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const next = at + 46 + nameLength + extraLength + u16(bytes, at + 32);
    need(next <= bytes.length, 'central directory entry out of range');
    const flags = u16(bytes, at + 8);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: flags & 0x800 ? utf8.decode(rawName) : latin1(rawName),
      rawName,
      method: u16(bytes, at + 10),
      flags,
      time: u16(bytes, at + 12),
      date: u16(bytes, at + 14),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      versionMadeBy: u16(bytes, at + 4),
      externalAttributes: u32(bytes, at + 38),
      localOffset: u32(bytes, at + 42),
    };
    if (entry.size === U32_MAX || entry.compressedSize === U32_MAX || entry.localOffset === U32_MAX) {
      readZip64Extra(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    }
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** The ZIP64 extra field holds, in this order, the 64-bit values of the fields that read 0xFFFFFFFF. */
function readZip64Extra(extra: Uint8Array, entry: ZipEntry): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + u16(extra, at + 2)) {
    if (u16(extra, at) !== 0x0001) continue;
    let field = at + 4;
    const take = () => {
      need(field + 8 <= at + 4 + u16(extra, at + 2), 'bad ZIP64 extra field');
      const value = u64(extra, field);
      field += 8;
      return value;
    };
    if (entry.size === U32_MAX) entry.size = take();
    if (entry.compressedSize === U32_MAX) entry.compressedSize = take();
    if (entry.localOffset === U32_MAX) entry.localOffset = take();
    return;
  }
  throw new ZipError(`${entry.name}: ZIP64 sizes without a ZIP64 extra field`);
}

/** The entry's compressed bytes, as stored after its local header. */
export function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  need(at + 30 <= bytes.length && u32(bytes, at) === LOCAL, `${entry.name}: bad local header`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  need(start + entry.compressedSize <= bytes.length, `${entry.name}: data out of range`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * The entry's content. Refuses an entry whose declared size is over `limit` before inflating anything, and stops
 * inflating as soon as the output passes the declared size (a lying header), so memory stays within `limit`.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number, codec = platformCodec): Uint8Array {
  if (entry.size > limit)
    throw new ZipError(
      `${entry.name} is too large: ${sizeOver(entry.size, limit)} inflated (the limit is ${megabytes(limit)})`,
    );
  if (entry.flags & 1) throw new ZipError(`${entry.name} is encrypted`);
  const data = compressedData(bytes, entry);
  if (entry.method === 0) {
    need(data.length === entry.size, `${entry.name}: stored size does not match`);
    return data;
  }
  need(entry.method === 8, `${entry.name}: unsupported compression method ${entry.method}`);
  return codec.inflate(data, entry);
}

/**
 * Raw deflate, both ways. Under Node the zlib built into it does the work: native, so a cold `td-lens check` on a
 * .docx does not spend ~45 ms running a JavaScript inflater before it is optimized (bench/cli.bench.ts). In a
 * browser (the pane's preview reads .docx files too) fflate does it. Both stop inflating at the declared size and
 * say so in the same words, so hostile archives get the same answer from each (zip.test.ts runs both).
 */
export interface DeflateCodec {
  /** The entry's data inflated: exactly `entry.size` bytes, or a ZipError. Never holds much more than that. */
  inflate(data: Uint8Array, entry: ZipEntry): Uint8Array;
  /** `content` deflated (level 6), with its CRC-32. */
  deflate(content: Uint8Array): { data: Uint8Array; crc: number };
}

function inflatedError(entry: ZipEntry, error: unknown): ZipError {
  if (error instanceof ZipError) return error;
  return new ZipError(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Input handed to fflate's inflater per step: one step inflates to at most ~1032 times this (deflate's best ratio), so
 * a lying entry is stopped within 4 MB of its declared size.
 */
const INFLATE_STEP = 4 * 1024;

export const fflateCodec: DeflateCodec = {
  inflate(data, entry) {
    const out = new Uint8Array(entry.size);
    let written = 0;
    const inflater = new Inflate((chunk) => {
      need(written + chunk.length <= entry.size, `${entry.name} inflates beyond its declared size`);
      out.set(chunk, written);
      written += chunk.length;
    });
    try {
      for (let at = 0; at < data.length || at === 0; at += INFLATE_STEP) {
        inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
      }
    } catch (error) {
      throw inflatedError(entry, error);
    }
    need(written === entry.size, `${entry.name} inflates to less than its declared size`);
    return out;
  },
  deflate(content) {
    // fflate's one-entry zip holds the deflated bytes and their CRC: both are taken from it.
    const single = zipSync({ x: [content, { level: 6 }] });
    const [written] = readZipDirectory(single);
    return { data: compressedData(single, written), crc: written.crc };
  },
};

/** Node's zlib: `maxOutputLength` makes it stop (and throw) as soon as the output passes the declared size. */
export function zlibCodec(zlib: typeof NodeZlib): DeflateCodec {
  // Plain Uint8Arrays over zlib's Buffers: one kind of bytes whichever codec ran.
  const bytes = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
  return {
    inflate(data, entry) {
      let out: Uint8Array;
      try {
        out = bytes(zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) }));
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new ZipError(`${entry.name} inflates beyond its declared size`);
        throw inflatedError(entry, error);
      }
      need(out.length === entry.size, `${entry.name} inflates to less than its declared size`);
      return out;
    },
    deflate(content) {
      return { data: bytes(zlib.deflateRawSync(content, { level: 6 })), crc: zlib.crc32(content) };
    },
  };
}

/**
 * The platform's codec: zlib under Node (asked for on first use, so a command that reads no .docx does not load it),
 * fflate in a browser.
 */
export const platformCodec: DeflateCodec = {
  inflate: (data, entry) => platformChoice().inflate(data, entry),
  deflate: (content) => platformChoice().deflate(content),
};

type GetBuiltin = (id: 'node:zlib') => typeof NodeZlib;
let chosen: DeflateCodec | undefined;
function platformChoice(): DeflateCodec {
  const getBuiltin = (globalThis as { process?: { getBuiltinModule?: GetBuiltin } }).process?.getBuiltinModule;
  return (chosen ??= getBuiltin ? zlibCodec(getBuiltin('node:zlib')) : fflateCodec);
}

/**
 * The archive again, with the content of the given entries replaced (deflated afresh) and every other entry copied
 * as its compressed bytes: an unused 3 GB image costs a copy of its few compressed megabytes. Entries keep their
 * order, names (the bytes as stored), flags, times and attributes; a data descriptor is written where the flags say
 * there is one; extra fields are dropped (sizes go in the headers). Entries whose directory records point at the
 * same stored bytes still share one copy of them: the copy is never larger than what it copies.
 */
export function rewriteZip(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  replacements: ReadonlyMap<ZipEntry, Uint8Array>,
  codec = platformCodec,
): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  /** Local header offset in the input → where that entry went in the output. */
  const copied = new Map<number, number>();
  let offset = 0;
  for (const entry of entries) {
    const replacement = replacements.get(entry);
    const fresh = replacement ? deflated(entry, replacement, codec) : null;
    const e = fresh ?? entry;
    need(e.size <= U32_MAX && e.compressedSize <= U32_MAX && offset <= U32_MAX, `${e.name} is too large to rewrite`);
    const name = e.rawName;
    let at = fresh ? undefined : copied.get(entry.localOffset);
    if (at === undefined) {
      at = offset;
      if (!fresh) copied.set(entry.localOffset, at);
      const data = fresh ? fresh.data : compressedData(bytes, entry);
      const local = record(30, name, [
        [0, LOCAL, 4],
        [4, 20, 2],
        [6, e.flags, 2],
        [8, e.method, 2],
        [10, e.time, 2],
        [12, e.date, 2],
        [14, e.crc, 4],
        [18, e.compressedSize, 4],
        [22, e.size, 4],
        [26, name.length, 2],
      ]);
      const descriptor =
        e.flags & 0x8
          ? [
              record(16, new Uint8Array(), [
                [0, DESCRIPTOR, 4],
                [4, e.crc, 4],
                [8, e.compressedSize, 4],
                [12, e.size, 4],
              ]),
            ]
          : [];
      parts.push(local, data, ...descriptor);
      offset += local.length + data.length + (descriptor[0]?.length ?? 0);
    }
    central.push(
      record(46, name, [
        [0, CENTRAL, 4],
        [4, e.versionMadeBy, 2],
        [6, 20, 2],
        [8, e.flags, 2],
        [10, e.method, 2],
        [12, e.time, 2],
        [14, e.date, 2],
        [16, e.crc, 4],
        [20, e.compressedSize, 4],
        [24, e.size, 4],
        [28, name.length, 2],
        [38, e.externalAttributes, 4],
        [42, at, 4],
      ]),
    );
  }
  const dirSize = central.reduce((n, r) => n + r.length, 0);
  need(entries.length < 0xffff && offset <= U32_MAX, 'too many entries to rewrite');
  const end = record(22, new Uint8Array(), [
    [0, EOCD, 4],
    [8, entries.length, 2],
    [10, entries.length, 2],
    [12, dirSize, 4],
    [16, offset, 4],
  ]);
  return concat([...parts, ...central, end]);
}

/** A header of `size` fixed bytes (little-endian fields `[offset, value, width]`, the rest zero), then `name`. */
function record(size: number, name: Uint8Array, fields: [number, number, 2 | 4][]): Uint8Array {
  const out = new Uint8Array(size + name.length);
  const view = new DataView(out.buffer);
  for (const [at, value, width] of fields) {
    if (width === 4) view.setUint32(at, value, true);
    else view.setUint16(at, value, true);
  }
  out.set(name, size);
  return out;
}

/** A replaced entry: deflated afresh, with its new sizes and CRC; name, flags, times and attributes kept. */
function deflated(entry: ZipEntry, content: Uint8Array, codec: DeflateCodec): ZipEntry & { data: Uint8Array } {
  const { data, crc } = codec.deflate(content);
  return { ...entry, method: 8, crc, compressedSize: data.length, size: content.length, data };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
