/**
 * Draws the toolbar/store icons (public/icons/icon-{16,32,48,128}.png): a green rounded square
 * with three white text lines, the shortest last — a page with the clutter gone (./png.ts encodes
 * them, free of image dependencies). Run: `npx tsx scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { encodePng } from './png.ts';

const SIZES = [16, 32, 48, 128];
const GREEN = [0x1f, 0x7a, 0x4d];
const WHITE = [0xff, 0xff, 0xff];
/** Samples per pixel side, for anti-aliased edges. */
const SUPER = 4;

function insideRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour at a point of the unit square: undefined = transparent. */
function shade(u: number, v: number): number[] | undefined {
  if (!insideRoundedRect(u, v, 0.02, 0.02, 0.98, 0.98, 0.2)) return undefined;
  const lines: [number, number][] = [
    [0.26, 0.74],
    [0.26, 0.74],
    [0.26, 0.56],
  ];
  for (const [i, [start, end]] of lines.entries()) {
    const top = 0.27 + i * 0.18;
    if (insideRoundedRect(u, v, start, top, end, top + 0.1, 0.05)) return WHITE;
  }
  return GREEN;
}

function draw(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, covered] = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPER; sy++) {
        for (let sx = 0; sx < SUPER; sx++) {
          const colour = shade((x + (sx + 0.5) / SUPER) / size, (y + (sy + 0.5) / SUPER) / size);
          if (!colour) continue;
          r += colour[0] ?? 0;
          g += colour[1] ?? 0;
          b += colour[2] ?? 0;
          covered += 1;
        }
      }
      const at = (y * size + x) * 4;
      if (covered === 0) continue;
      rgba[at] = Math.round(r / covered);
      rgba[at + 1] = Math.round(g / covered);
      rgba[at + 2] = Math.round(b / covered);
      rgba[at + 3] = Math.round((covered / (SUPER * SUPER)) * 255);
    }
  }
  return rgba;
}

const dir = new URL('../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of SIZES) {
  const file = new URL(`icon-${size}.png`, dir);
  writeFileSync(file, encodePng(size, size, draw(size)));
  console.log(`wrote ${file.pathname}`);
}
