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
import { ownerDocumentOf } from '../safe-dom.ts';
import type { Removal } from '../types.ts';
import { applyCaptions, markCaptions } from './captions.ts';
import { findLeadHero, placeLeadImage, type LeadImage } from './hero.ts';
import { recoverLazyImages } from './lazy.ts';
import { inertParserFor, recoverNoscriptImages } from './noscript.ts';
import { recoverPictures } from './picture.ts';
import { dropUnseenImages } from './pixels.ts';
import { imageBase } from './sources.ts';

export type { LeadImage } from './hero.ts';

/**
 * Recovers the images of `body` (the pipeline's clone of `input`: this mutates it), appending a
 * removal for each unseen image it drops. `input` is read, never changed: its window lends the
 * inert parser for noscript markup. Returns the page's lead hero image, if it has one.
 */
export function prepareImages(body: Element, input: Document, pageUrl: string, removed: Removal[]): LeadImage | null {
  const base = baseOf(body, pageUrl);
  recoverImages(body, base, input, removed);
  return findLeadHero(body, base);
}

/**
 * The same for the article found (`content`, which the pipeline may have copied from the input
 * rather than taken from the prepared clone; on the clone's own nodes this finds nothing left to
 * do), then the hero at its head.
 */
export function finishImages(content: Element, hero: LeadImage | null, input: Document, pageUrl: string, removed: Removal[]): void {
  recoverImages(content, baseOf(content, pageUrl), input, removed);
  applyCaptions(content);
  if (hero) placeLeadImage(content, hero);
}

/** The base of the pipeline's own document: its forms are defused (clobbering.ts), the input's may not be. */
function baseOf(el: Element, pageUrl: string): string | undefined {
  const doc = ownerDocumentOf(el);
  return doc ? imageBase(doc, pageUrl) : undefined;
}

function recoverImages(root: Element, base: string | undefined, input: Document, removed: Removal[]): void {
  recoverNoscriptImages(root, base, inertParserFor(input));
  recoverLazyImages(root, base);
  recoverPictures(root, base);
  dropUnseenImages(root, removed);
  markCaptions(root);
}
