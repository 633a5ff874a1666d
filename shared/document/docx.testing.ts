/** Test helpers: a minimal .docx from body XML (plus optional styles/numbering parts), hostile zips. Not used at run time. */
import zlib from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A .docx as Word lays one out: `_rels/.rels` naming `word/document.xml` as the main part, whose own relationships
 * name the styles and numbering parts given, plus `rels` (more `<Relationship>` elements: hyperlinks).
 */
export function makeDocx(
  bodyXml: string,
  parts: { styles?: string; numbering?: string; rels?: string } = {},
): Uint8Array {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${REL_TYPE}/${type}" Target="${target}"/>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships ${RELS}>${rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`,
    ),
    'word/document.xml': strToU8(documentXml(bodyXml)),
  };
  const related = [
    parts.styles ? rel('rIdS', 'styles', 'styles.xml') : '',
    parts.numbering ? rel('rIdN', 'numbering', 'numbering.xml') : '',
    parts.rels ?? '',
  ];
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships ${RELS}>${related.join('')}</Relationships>`,
  );
  if (parts.styles)
    files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering)
    files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  return zipSync(files);
}

/** `<w:p>` with runs of plain text. */
export const p = (text: string, pPr = ''): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** One entry of `rawZip`: compressed bytes as given, with the sizes and CRC it declares (true or not). */
export interface RawEntry {
  name: string;
  /** The stored bytes (deflated unless `method` is 0). */
  data: Uint8Array;
  /** The inflated size the archive declares. */
  size: number;
  crc?: number;
  method?: number;
}

/** A zip whose entries' headers say what the test wants: hostile archives (declared sizes, bombs, garbage data). */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const header = (size: number, name: Uint8Array, fields: [number, number, 2 | 4][]) => {
    const out = new Uint8Array(size + name.length);
    const view = new DataView(out.buffer);
    for (const [at, value, width] of fields)
      (width === 4 ? view.setUint32 : view.setUint16).call(view, at, value, true);
    out.set(name, size);
    return out;
  };
  for (const e of entries) {
    const name = strToU8(e.name);
    const [method, crc, size] = [e.method ?? 8, e.crc ?? 0, Math.min(e.size, 0xffffffff)];
    chunks.push(
      header(30, name, [
        [0, 0x04034b50, 4],
        [4, 20, 2],
        [8, method, 2],
        [14, crc, 4],
        [18, e.data.length, 4],
        [22, size, 4],
        [26, name.length, 2],
      ]),
      e.data,
    );
    central.push(
      header(46, name, [
        [0, 0x02014b50, 4],
        [4, 20, 2],
        [6, 20, 2],
        [10, method, 2],
        [16, crc, 4],
        [20, e.data.length, 4],
        [24, size, 4],
        [28, name.length, 2],
        [42, offset, 4],
      ]),
    );
    offset += 30 + name.length + e.data.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(22, new Uint8Array(), [
    [0, 0x06054b50, 4],
    [8, entries.length, 2],
    [10, entries.length, 2],
    [12, dirSize, 4],
    [16, offset, 4],
  ]);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  all.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

/**
 * Raw deflate of `prefix + chunk × count + suffix`, made without deflating it all: each piece is deflated with a
 * full flush (which empties the window), so the chunk's bytes can simply be repeated. 1 MB of spaces deflates to
 * about 1 kB, so `count` = 1024 is a 1 GB bomb in 1 MB.
 */
export function repeatedDeflate(prefix: string, chunk: Uint8Array, count: number, suffix: string): Uint8Array {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const head = zlib.deflateRawSync(strToU8(prefix), flush);
  const body = zlib.deflateRawSync(chunk, flush);
  const tail = zlib.deflateRawSync(strToU8(suffix));
  const out = new Uint8Array(head.length + body.length * count + tail.length);
  out.set(head, 0);
  for (let i = 0; i < count; i++) out.set(body, head.length + i * body.length);
  out.set(tail, head.length + count * body.length);
  return out;
}

/** The document.xml around a body, as makeDocx writes it. */
export const documentXml = (bodyXml: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`;

/** `zip` with more central directory records, copies of record `of` under other names (raw bytes, flags kept). */
export function withExtraRecords(zip: Uint8Array, of: number, names: Uint8Array[]): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const [count, dirSize, dirOffset] = [
    view.getUint16(end + 10, true),
    view.getUint32(end + 12, true),
    view.getUint32(end + 16, true),
  ];
  let at = dirOffset;
  for (let i = 0; i < of; i++)
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  const record = zip.subarray(at, at + 46);
  const extra = names.map((name) => {
    const r = new Uint8Array(46 + name.length);
    r.set(record);
    new DataView(r.buffer).setUint16(28, name.length, true);
    new DataView(r.buffer).setUint16(30, 0, true);
    new DataView(r.buffer).setUint16(32, 0, true);
    r.set(name, 46);
    return r;
  });
  const added = extra.reduce((n, r) => n + r.length, 0);
  const out = new Uint8Array(zip.length + added);
  out.set(zip.subarray(0, end));
  let write = end;
  for (const r of extra) {
    out.set(r, write);
    write += r.length;
  }
  out.set(zip.subarray(end), write);
  const outView = new DataView(out.buffer);
  outView.setUint16(write + 8, count + names.length, true);
  outView.setUint16(write + 10, count + names.length, true);
  outView.setUint32(write + 12, dirSize + added, true);
  return out;
}
