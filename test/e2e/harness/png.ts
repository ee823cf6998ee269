/**
 * A small PNG made on the fly (a flat colour, `width`×`height`), for the pages that need an image
 * that really loads: encoded by scripts/png.ts, so no image file is committed and nothing is
 * downloaded.
 */
import { encodePng } from '../../../scripts/png.ts';

/** An opaque PNG of one colour. */
export function flatPng(width: number, height: number, rgb: [number, number, number] = [0x1f, 0x7a, 0x4d]): Buffer {
  const rgba = new Uint8Array(width * height * 4);
  for (let at = 0; at < rgba.length; at += 4) rgba.set([...rgb, 0xff], at);
  return encodePng(width, height, rgba);
}
