/**
 * Images that load (issue 16), on the extraction clone before Readability:
 *
 *   noscript fallbacks unwrapped → lazy addresses put in `src` → pictures given an `<img>` address
 *   → unseen images (pixels, spacers, hidden) removed and reported → captions marked → the
 *   background-image hero noted; then on the article Readability found (`finishImages`): the
 *   marked captions joined to their images as figures, the hero put at its head.
 *
 * Addresses are resolved against the page (its `<base>`, else its URL) and kept only when the
 * sanitiser would keep them (http(s), raster `data:` images).
 */
import type { Removal } from '../types.ts';
import { applyCaptions, markCaptions } from './captions.ts';
import { findLeadHero, placeLeadImage, type LeadImage } from './hero.ts';
import { recoverLazyImages } from './lazy.ts';
import { inertParserFor, recoverNoscriptImages } from './noscript.ts';
import { recoverPictures } from './picture.ts';
import { dropUnseenImages } from './pixels.ts';

export type { LeadImage } from './hero.ts';
export { imageBase } from './sources.ts';

/**
 * Recovers the images of `body` (the pipeline's clone of `input`: this mutates it), appending a
 * removal for each unseen image it drops. `input` is read, never changed: its window lends the
 * inert parser for noscript markup. `base` is what image addresses resolve against (`imageBase`).
 * Returns the page's lead hero image, if it has one.
 */
export function prepareImages(body: Element, input: Document, base: string | undefined, removed: Removal[]): LeadImage | null {
  recoverImages(body, base, input, removed);
  return findLeadHero(body, base);
}

/**
 * The same for the article found (`content`, which the pipeline may have copied from the input
 * rather than taken from the prepared clone; on the clone's own nodes this finds nothing left to
 * do), then the hero at its head.
 */
export function finishImages(content: Element, hero: LeadImage | null, input: Document, base: string | undefined, removed: Removal[]): void {
  recoverImages(content, base, input, removed);
  applyCaptions(content);
  if (hero) placeLeadImage(content, hero);
}

function recoverImages(root: Element, base: string | undefined, input: Document, removed: Removal[]): void {
  recoverNoscriptImages(root, base, inertParserFor(input));
  recoverLazyImages(root, base);
  recoverPictures(root, base);
  dropUnseenImages(root, removed);
  markCaptions(root);
}
