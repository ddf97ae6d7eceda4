// Draws Vigie's icon (a watchtower's eye: a white "V" on a deep blue rounded
// square) as PNGs in public/icon/, with no image library: pixels + zlib.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

/** Distance from point p to segment ab. */
const segment = (px, py, ax, ay, bx, by) => {
  const t = Math.max(
    0,
    Math.min(
      1,
      ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
    ),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};

function icon(size) {
  const rows = [];
  const radius = size * 0.22;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      // Supersample 4×4 for smooth edges.
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const u = (x + (sx + 0.5) / 4) / size;
          const v = (y + (sy + 0.5) / 4) / size;
          const cx = Math.max(radius / size, Math.min(1 - radius / size, u));
          const cy = Math.max(radius / size, Math.min(1 - radius / size, v));
          if (Math.hypot(u - cx, v - cy) <= radius / size) bg++;
          const stroke = 0.085;
          if (
            segment(u, v, 0.27, 0.28, 0.5, 0.74) < stroke ||
            segment(u, v, 0.73, 0.28, 0.5, 0.74) < stroke
          )
            fg++;
        }
      }
      const a = bg / 16;
      const f = fg / 16;
      // #1d4ed8 blended with white by the V's coverage.
      row.push(
        Math.round(0x1d + (255 - 0x1d) * f),
        Math.round(0x4e + (255 - 0x4e) * f),
        Math.round(0xd8 + (255 - 0xd8) * f),
        Math.round(255 * a),
      );
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
console.log('icons written to public/icon/');
