import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as zlib from 'node:zlib';
import {
  compressedData,
  fflateCodec,
  inflateEntry,
  platformCodec,
  readZipDirectory,
  rewriteZip,
  ZipError,
  zlibCodec,
} from './zip';
import { rawZip, repeatedDeflate, withExtraRecords } from './docx.testing';
import { expectLinearGrowth } from '../text/growth.testing';

const MB = 1024 * 1024;
const spaces = new Uint8Array(MB).fill(0x20);

// Node's zlib does the work under Node (the CLI), fflate in a browser (the pane's preview): both are held to the
// same answers.
it("uses Node's zlib under Node", () => {
  const content = strToU8('<w:p><w:r><w:t>TD106</w:t></w:r></w:p>'.repeat(50));
  expect(platformCodec.deflate(content).data).toEqual(new Uint8Array(zlib.deflateRawSync(content, { level: 6 })));
  expect(platformCodec.deflate(content).data).not.toEqual(fflateCodec.deflate(content).data);
});

describe.each([
  ['zlib', zlibCodec(zlib)],
  ['fflate', fflateCodec],
] as const)('%s', (_, codec) => {
  describe('readZipDirectory and inflateEntry', () => {
    it('list the entries and inflate them', () => {
      const zip = zipSync({ 'a.txt': strToU8('hello'), 'dir/b.xml': [strToU8('<b/>'.repeat(100)), { level: 0 }] });
      const entries = readZipDirectory(zip);
      expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
        ['a.txt', 8, 5],
        ['dir/b.xml', 0, 400],
      ]);
      expect(entries.map((e) => strFromU8(inflateEntry(zip, e, MB, codec)))).toEqual(['hello', '<b/>'.repeat(100)]);
    });

    it('refuse an entry whose declared size is over the limit, before inflating anything', () => {
      // The data is not even deflate: only the declared 3 GB is looked at.
      const zip = rawZip([{ name: 'word/document.xml', data: new Uint8Array(100), size: 3 * 1024 * MB }]);
      const [entry] = readZipDirectory(zip);
      expect(() => inflateEntry(zip, entry, 64 * MB, codec)).toThrow(
        new ZipError('word/document.xml is too large: 3072 MB inflated (the limit is 64 MB)'),
      );
    });

    it('stop inflating an entry that lies about its size as soon as it passes the declared size', () => {
      // 256 MB of spaces declared as 1 kB: the inflater stops within its first step, without 256 MB of memory.
      const zip = rawZip([{ name: 'x.xml', data: repeatedDeflate('', spaces, 256, ''), size: 1024 }]);
      expect(() => inflateEntry(zip, readZipDirectory(zip)[0], 64 * MB, codec)).toThrow(
        /x\.xml inflates beyond its declared size/,
      );
      const short = rawZip([{ name: 'y.xml', data: deflateSync(strToU8('abc')), size: 10 }]);
      expect(() => inflateEntry(short, readZipDirectory(short)[0], MB, codec)).toThrow(
        /inflates to less than its declared size/,
      );
    });

    it('read ZIP64 sizes from the extra field', () => {
      const zip = zipSync({ 'a.txt': strToU8('hello') });
      const entries = readZipDirectory(zip);
      // Rewrite the central record: sizes 0xFFFFFFFF, the real ones in a ZIP64 extra field (id 1, 16 bytes).
      const dir = zip.length - 22 - (46 + 5);
      const extra = new Uint8Array(20);
      const view = new DataView(extra.buffer);
      view.setUint16(0, 1, true);
      view.setUint16(2, 16, true);
      view.setUint32(4, 5, true);
      view.setUint32(12, entries[0].compressedSize, true);
      const record = new Uint8Array([...zip.subarray(dir, dir + 51), ...extra]);
      new DataView(record.buffer).setUint32(20, 0xffffffff, true);
      new DataView(record.buffer).setUint32(24, 0xffffffff, true);
      new DataView(record.buffer).setUint16(30, 20, true);
      const end = zip.slice(zip.length - 22);
      new DataView(end.buffer).setUint32(12, record.length, true);
      const zip64 = new Uint8Array([...zip.subarray(0, dir), ...record, ...end]);
      const [entry] = readZipDirectory(zip64);
      expect([entry.size, entry.compressedSize]).toEqual([5, entries[0].compressedSize]);
      expect(strFromU8(inflateEntry(zip64, entry, MB, codec))).toBe('hello');
    });

    it('throw only ZipErrors on arbitrary bytes', () => {
      const zipLike = fc
        .uint8Array({ maxLength: 120 })
        .map((b) => new Uint8Array([...b, 0x50, 0x4b, 0x05, 0x06, ...b.slice(0, 18)]));
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), zipLike), (bytes) => {
          try {
            for (const entry of readZipDirectory(bytes)) inflateEntry(bytes, entry, MB, codec);
          } catch (error) {
            expect(error).toBeInstanceOf(ZipError);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('stay linear on bombs that lie about their size (work up to the declared size, then stop)', () => {
      expectLinearGrowth(
        (n) => rawZip([{ name: 'x.xml', data: repeatedDeflate('', spaces, 4 * n, ''), size: n * MB }]),
        (zip) => inflateEntry(zip, readZipDirectory(zip)[0], 64 * MB, codec),
        1,
      );
    });
  });

  describe('rewriteZip', () => {
    it('replaces one entry and copies the others as their stored bytes, without inflating them', () => {
      // The unused entry declares 3 GB and holds bytes that are not deflate at all: inflating it would fail.
      const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
      const zip = rawZip([
        { name: '[Content_Types].xml', data: deflateSync(strToU8('<Types/>')), size: 8 },
        { name: 'word/document.xml', data: deflateSync(strToU8('<old/>')), size: 6 },
        { name: 'word/media/blob.bin', data: garbage, size: 3 * 1024 * MB },
      ]);
      const entries = readZipDirectory(zip);
      const out = rewriteZip(zip, entries, new Map([[entries[1], strToU8('<new>text</new>')]]), codec);
      const again = readZipDirectory(out);
      expect(again.map((e) => [e.name, e.size])).toEqual([
        ['[Content_Types].xml', 8],
        ['word/document.xml', 15],
        ['word/media/blob.bin', 3 * 1024 * MB],
      ]);
      expect(Buffer.compare(compressedData(out, again[2]), garbage)).toBe(0);
      expect(compressedData(out, again[0])).toEqual(compressedData(zip, entries[0]));
      expect(strFromU8(inflateEntry(out, again[1], MB, codec))).toBe('<new>text</new>');
    });

    it('writes an archive other zip readers accept, with the CRCs right', () => {
      const zip = zipSync({ 'a.txt': strToU8('alpha'), 'b/c.xml': strToU8('<c/>') });
      const entries = readZipDirectory(zip);
      const out = rewriteZip(zip, entries, new Map([[entries[0], strToU8('beta')]]), codec);
      // fflate's unzip checks nothing but structure; the CRC must match what a real reader computes.
      expect(Object.fromEntries(Object.entries(unzipSync(out)).map(([k, v]) => [k, strFromU8(v)]))).toEqual({
        'a.txt': 'beta',
        'b/c.xml': '<c/>',
      });
      const crc = readZipDirectory(out)[0].crc;
      expect(crc).toBe(readZipDirectory(zipSync({ 'a.txt': strToU8('beta') }))[0].crc);
    });

    it('writes bytes several directory records share once, and keeps names and flags as stored', () => {
      const shared = new Uint8Array(64 * 1024).map((_, i) => (i * 31) % 253);
      const cp437 = Uint8Array.from([...strToU8('word/media/caf'), 0x82, ...strToU8('.png')]);
      const base = rawZip([
        { name: 'word/document.xml', data: deflateSync(strToU8('<old/>')), size: 6 },
        { name: 'word/media/blob.bin', data: shared, size: shared.length, method: 0 },
      ]);
      // Three more records of the central directory pointing at blob.bin's bytes, and one name in CP437 (no UTF-8 flag).
      const zip = withExtraRecords(base, 1, [strToU8('a.bin'), strToU8('b.bin'), cp437]);
      const entries = readZipDirectory(zip);
      expect(entries).toHaveLength(5);
      const out = rewriteZip(zip, entries, new Map([[entries[0], strToU8('<new/>')]]), codec);
      expect(out.length).toBeLessThan(zip.length + 100);
      const again = readZipDirectory(out);
      expect(again.map((e) => [Array.from(e.rawName), e.flags])).toEqual(
        entries.map((e) => [Array.from(e.rawName), e.flags]),
      );
      expect(new Set(again.slice(1).map((e) => e.localOffset)).size).toBe(1);
      // Compared as bytes: toEqual walks a 64 kB array element by element, seconds on a loaded machine.
      for (const e of again.slice(1)) expect(Buffer.compare(compressedData(out, e), shared)).toBe(0);
    });
  });
});
