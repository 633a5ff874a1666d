// Draws the add-in's icons (a white magnifying lens on ITU blue) as PNGs, no image library: `node addin/tools/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const SIZES = [16, 32, 64, 80, 128];
const out = resolve(import.meta.dirname, '../public/assets');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** Coverage (0..1) of the icon's white ink and of its blue tile at a point of the unit square. */
function shade(x, y) {
  const r = 0.2; // tile corner radius
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  const tile = dx * dx + dy * dy <= r * r;
  const cx = 0.43, cy = 0.43;
  const d = Math.hypot(x - cx, y - cy);
  const ring = d >= 0.19 && d <= 0.27;
  // Handle: a thick segment from the ring towards the lower right.
  const t = Math.max(0, Math.min(1, ((x - 0.6) * 0.2 + (y - 0.6) * 0.2) / 0.08));
  const px = 0.6 + t * 0.2, py = 0.6 + t * 0.2;
  const handle = Math.hypot(x - px, y - py) <= 0.075;
  return { tile, ink: ring || handle };
}

function png(size) {
  const samples = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let tile = 0, ink = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const s = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          tile += s.tile ? 1 : 0;
          ink += s.tile && s.ink ? 1 : 0;
        }
      const n = samples * samples;
      const white = ink / Math.max(tile, 1);
      const blue = [0x00, 0x5b, 0xab];
      const rgb = blue.map((c) => Math.round(c + (255 - c) * white));
      row.set([...rgb, Math.round((tile / n) * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(out, { recursive: true });
for (const size of SIZES) writeFileSync(resolve(out, `icon-${size}.png`), png(size));
console.log(`icons ${SIZES.join(', ')} written to ${out}`);
