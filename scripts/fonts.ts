/**
 * The reader's bundled dyslexia-friendly face, OpenDyslexic (SIL Open Font License 1.1), copied
 * from the @fontsource/opendyslexic dev dependency into the build with its licence text: the
 * Latin subset (which covers Indonesian and Malay), regular and bold, as woff2.
 */
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE = 'node_modules/@fontsource/opendyslexic';

/** [from the package, to the build]. */
export const FONT_COPIES: readonly (readonly [string, string])[] = [
  [`${PACKAGE}/files/opendyslexic-latin-400-normal.woff2`, 'fonts/opendyslexic-400.woff2'],
  [`${PACKAGE}/files/opendyslexic-latin-700-normal.woff2`, 'fonts/opendyslexic-700.woff2'],
  [`${PACKAGE}/LICENSE`, 'fonts/OpenDyslexic-OFL.txt'],
];

/** Copies the font files and their licence from `root`'s node_modules into `out`. */
export function copyFonts(root: string, out: string): void {
  for (const [from, to] of FONT_COPIES) {
    mkdirSync(dirname(join(out, to)), { recursive: true });
    cpSync(join(root, from), join(out, to));
  }
}
