// Draws the add-in icons (assets/icon-<size>.png): a white envelope with a red "overdue" dot on
// a green tile. Run once with `node scripts/make-icons.mjs`; the PNGs are committed, so builds
// never depend on this script. Office asks for 16/32/80 px ribbon icons and 32/64 px (plus
// 128 px for AppSource) manifest icons.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [33, 115, 70, 255]; // Excel's brand green
const WHITE = [255, 255, 255, 255];
const RED = [214, 48, 49, 255];
const SUPERSAMPLE = 4; // 4×4 samples per pixel give smooth edges without a vector library

for (const size of SIZES) {
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), encodePng(size, render(size)));
}

/** Colour of the icon at (x, y) in unit coordinates, or null where it is transparent. */
function shade(x, y) {
  if (inCircle(x, y, 0.77, 0.27, 0.15)) return RED;
  if (inCircle(x, y, 0.77, 0.27, 0.2)) return GREEN; // a ring that separates the dot from the envelope
  const inEnvelope = x >= 0.18 && x <= 0.82 && y >= 0.3 && y <= 0.74;
  if (inEnvelope && !nearFlap(x, y)) return WHITE;
  if (inRoundedSquare(x, y, 0.03, 0.2)) return GREEN;
  return null;
}

function nearFlap(x, y) {
  // The flap is the "V" from the top corners to the middle of the envelope.
  const t = Math.abs(x - 0.5) / 0.32;
  const flapY = 0.54 - t * 0.24;
  return t <= 1 && Math.abs(y - flapY) < 0.045;
}

function inCircle(x, y, cx, cy, r) {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inRoundedSquare(x, y, inset, radius) {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && dx * dx + dy * dy <= radius * radius;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const color = shade((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!color) continue;
          for (let c = 0; c < 3; c++) sum[c] += color[c] * color[3];
          sum[3] += color[3];
        }
      }
      const i = (py * size + px) * 4;
      const alpha = sum[3] / SUPERSAMPLE ** 2;
      for (let c = 0; c < 3; c++) rgba[i + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      rgba[i + 3] = Math.round(alpha);
    }
  }
  return rgba;
}

/** Minimal PNG: IHDR (8-bit RGBA), one zlib IDAT with filter 0 on every row, IEND. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
