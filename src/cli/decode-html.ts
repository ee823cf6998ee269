/**
 * Page bytes to text as a browser decodes them: the WHATWG encoding sniffing order
 * (https://html.spec.whatwg.org/multipage/parsing.html#encoding-sniffing-algorithm), with one
 * exception for saved pages and a detector for undeclared ones.
 *
 *   1. a byte order mark;
 *   2. the transport's charset (`--encoding`, or a manifest line's "encoding": a crawler's
 *      Content-Type header);
 *   3. bytes that are valid UTF-8 and not plain ASCII: UTF-8, whatever the page declares. Saved
 *      pages are re-encoded to UTF-8 more often than their `<meta charset>` is updated
 *      (readability's `qq` page says gb2312), and legacy text is almost never valid UTF-8;
 *   4. `<meta charset>` or `http-equiv` in the first 1024 bytes (the prescan);
 *   5. detection: UTF-8 when at least as many non-ASCII sequences are well-formed UTF-8 as not,
 *      so a UTF-8 page with a stray bad byte reads "Café" with one U+FFFD, not "CafÃ©"
 *      (Chrome's detector finds UTF-8 there too); otherwise windows-1252, the web's default.
 */
import { isAscii, isUtf8 } from 'node:buffer';
// Node 20's own TextDecoder decodes windows-1252 as Latin-1 (0x93 stays U+0093, not “); the
// decoder jsdom uses follows the Encoding Standard.
import { TextDecoder } from '@exodus/bytes/encoding.js';
import sniffHTMLEncoding from 'html-encoding-sniffer';

/** The encoding bytes were decoded with, and why (for tests and a curious reader). */
export interface Decoded {
  text: string;
  encoding: string;
  source: 'bom' | 'transport' | 'valid-utf8' | 'meta' | 'detected';
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** Returns a label's canonical encoding name, or null when no decoder knows it. */
export function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** Counts well-formed and ill-formed non-ASCII sequences, by the UTF-8 decoder's byte ranges. */
export function tallyUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const needed = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    // The second byte's range narrows for E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
    let low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    let high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    let seen = 0;
    while (seen < needed) {
      const next = bytes[i + 1 + seen];
      if (next === undefined || next < low || next > high) break;
      low = 0x80;
      high = 0xbf;
      seen++;
    }
    if (needed > 0 && seen === needed) {
      valid++;
      i += needed + 1;
    } else {
      invalid++;
      i += seen + 1;
    }
  }
  return { valid, invalid };
}

function pick(bytes: Uint8Array, transport: string | undefined): Omit<Decoded, 'text'> {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return { encoding, source: 'bom' };
  }
  const declared = transport === undefined ? null : encodingName(transport);
  if (declared) return { encoding: declared, source: 'transport' };
  if (!isAscii(bytes) && isUtf8(bytes)) return { encoding: 'utf-8', source: 'valid-utf8' };
  // The sniffer returns the default untouched when the prescan finds nothing: a name no
  // prescan can give (it turns UTF-16 into UTF-8) tells the two apart.
  const NONE = 'none';
  const meta = sniffHTMLEncoding(bytes.subarray(0, 1024), { defaultEncoding: NONE });
  if (meta !== NONE) return { encoding: encodingName(meta) ?? 'windows-1252', source: 'meta' };
  const { valid, invalid } = tallyUtf8(bytes);
  return { encoding: valid > 0 && invalid <= valid ? 'utf-8' : 'windows-1252', source: 'detected' };
}

/**
 * Decodes a page's bytes (see the order above); never throws.
 * @param transport an encoding label from outside the page (a Content-Type charset)
 */
export function decodeHtml(bytes: Uint8Array, transport?: string): Decoded {
  const choice = pick(bytes, transport);
  // A label the prescan accepts may still lack a decoder here; windows-1252 decodes anything.
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(choice.encoding);
  } catch {
    decoder = new TextDecoder('windows-1252');
  }
  return { ...choice, text: decoder.decode(bytes) };
}
