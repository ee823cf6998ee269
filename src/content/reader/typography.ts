/**
 * The reader's typefaces and line spacing (issue 16, item 5).
 *
 * Serif and sans are system stacks: every platform has good ones. The dyslexia-friendly face is
 * OpenDyslexic (SIL Open Font License 1.1, from @fontsource/opendyslexic; the licence ships as
 * fonts/OpenDyslexic-OFL.txt), bundled because no system has it. The font file is not a web
 * accessible resource, which would let every site probe for Bersih and which a page's CSP
 * `font-src` may refuse anyway: the background reads the packaged file and sends its bytes, and
 * the content script hands them to a `FontFace`, which loads from memory (no URL, so no CSP
 * check). Faces added to `document.fonts` serve the shadow root too (an `@font-face` inside a
 * shadow root is ignored by Chromium). Until it loads, or if anything refuses it, the stack falls
 * back to Verdana-like humanist sans faces, which dyslexia style guides also recommend.
 */
import type { Settings } from '../../shared/settings.ts';

/** Our own family name, so a page's own "OpenDyslexic" face (if any) is never picked up instead. */
export const DYSLEXIC_FAMILY = 'Bersih OpenDyslexic';
export const DYSLEXIC_WEIGHTS = [400, 700] as const;
export type DyslexicWeight = (typeof DYSLEXIC_WEIGHTS)[number];

/** `font-family` per choice. */
export const FONT_STACKS: Record<Settings['font'], string> = {
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", "DejaVu Serif", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  dyslexic: `"${DYSLEXIC_FAMILY}", OpenDyslexic, Verdana, Tahoma, "DejaVu Sans", sans-serif`,
};

/** Unitless `line-height` per choice. */
export const LINE_HEIGHT_VALUES: Record<Settings['lineHeight'], string> = {
  compact: '1.4',
  normal: '1.6',
  loose: '1.9',
};

/** Reads one weight of the bundled face: its bytes, or a rejection. */
export type FontSource = (weight: DyslexicWeight) => Promise<ArrayBuffer>;

/** Firefox content scripts: copies a value into the page's compartment (absent elsewhere). */
declare const cloneInto: (<T>(value: T, target: object) => T) | undefined;

function newFace(view: Window & typeof globalThis, weight: DyslexicWeight, bytes: ArrayBuffer): FontFace {
  const descriptors = { weight: String(weight), style: 'normal', display: 'swap' } as const;
  try {
    return new view.FontFace(DYSLEXIC_FAMILY, bytes, descriptors);
  } catch (error) {
    // Firefox: the page's FontFace may refuse a buffer made in the content script's sandbox.
    if (typeof cloneInto !== 'function') throw error;
    return new view.FontFace(DYSLEXIC_FAMILY, cloneInto(bytes, view), descriptors);
  }
}

const loaded = new WeakMap<Document, Promise<boolean>>();

/**
 * Adds the bundled dyslexia-friendly face to `doc` once (later calls share the first promise).
 * Resolves to whether it loaded; on `false` the fallback faces of the stack are shown.
 */
export function loadDyslexicFont(doc: Document, source: FontSource): Promise<boolean> {
  const known = loaded.get(doc);
  if (known) return known;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const fonts = doc.fonts as FontFaceSet | undefined;
  const done =
    !view || typeof view.FontFace !== 'function' || !fonts
      ? Promise.resolve(false)
      : Promise.all(
          DYSLEXIC_WEIGHTS.map(async (weight) => {
            const face = newFace(view, weight, await source(weight));
            await face.load();
            fonts.add(face);
          }),
        ).then(
          () => true,
          () => false,
        );
  loaded.set(doc, done);
  return done;
}

/** Decodes the base64 the background sends (runtime messages are JSON in Chromium). */
export function base64ToBuffer(base64: string): ArrayBuffer {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
