/**
 * The reader's bundled dyslexia-friendly face, read from the package and sent to the content
 * script as base64 (runtime messages are JSON in Chromium). See src/content/reader/typography.ts
 * for why the font is not a web accessible resource.
 */
import { browser } from '../shared/browser.ts';

/** The packaged font files by weight (copied by scripts/fonts.ts). */
export const FONT_FILES: Record<400 | 700, string> = {
  400: 'fonts/opendyslexic-400.woff2',
  700: 'fonts/opendyslexic-700.woff2',
};

/** Base64 of `bytes`, in chunks (a spread of 100 KB of arguments overflows some engines). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The font file of `weight` as base64; a weight we do not ship is refused. */
export async function fontData(weight: unknown): Promise<{ base64: string }> {
  if (weight !== 400 && weight !== 700) throw new Error(`no bundled font of weight ${String(weight)}`);
  const response = await fetch(browser.runtime.getURL(FONT_FILES[weight]));
  if (!response.ok) throw new Error(`bundled font missing (${response.status})`);
  return { base64: toBase64(new Uint8Array(await response.arrayBuffer())) };
}
