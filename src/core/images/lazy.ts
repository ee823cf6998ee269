/**
 * Lazy-loaded images: the real address waits in a `data-*` attribute (or a `srcset`) while `src`
 * holds a placeholder, until a script the extraction never runs swaps them. Readability keeps
 * only what `src` says, and the sanitiser keeps no `srcset` on `<img>`, so the real address is
 * put in `src` here, on the clone, before either sees the image.
 */
import { arrayOf } from '../dom-text.ts';
import { attrOf, byTagOf, removeAttrOf, setAttrOf } from '../safe-dom.ts';
import { bestOfSrcset, imageUrl, isPlaceholder } from './sources.ts';

/** Attributes lazy loaders (lazysizes, lozad, WordPress, jQuery lazyload, outlets' own) keep a single address in. */
export const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-lazy', 'data-original-src', 'data-hi-res-src', 'data-actualsrc'];
/** And a `srcset` in. */
export const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];

/** Generic names some pages use for other things (a link, an id): only an address that looks like an image counts. */
const GENERIC = new Set(['data-url', 'data-lazy']);
const IMAGE_LIKE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)|\/(?:images?|img|photos?|foto|media|uploads?)\//i;

/** The real address of a lazy `img`, from its lazy attributes, or null when it has none. */
export function lazySource(img: Element, base: string | undefined): string | null {
  for (const name of LAZY_SRC) {
    const url = imageUrl(attrOf(img, name), base);
    if (url && !isPlaceholder(url) && (!GENERIC.has(name) || IMAGE_LIKE.test(url))) return url;
  }
  for (const name of LAZY_SRCSET) {
    const url = bestOfSrcset(attrOf(img, name), base);
    if (url) return url;
  }
  return null;
}

/**
 * Whether `img` shows a real image as it stands: a `src` that is no placeholder, or failing
 * that a `srcset` with a real candidate.
 */
export function hasRealSource(img: Element, base: string | undefined): boolean {
  const src = attrOf(img, 'src');
  if (src && !isPlaceholder(src) && imageUrl(src, base)) return true;
  return bestOfSrcset(attrOf(img, 'srcset'), base) !== null;
}

/**
 * Gives every `<img>` under `root` its real address in `src`: a lazy attribute's wins (it is what
 * the page's script would load; a `src` beside it is a placeholder or a blurred preview), then a
 * real `srcset` candidate when `src` is a placeholder. The lazy attributes used are removed, so
 * that Readability's own lazy-image pass cannot put another one back. `<source>` elements get
 * their lazy `srcset` too. Returns how many images were recovered.
 */
export function recoverLazyImages(root: Element, base: string | undefined): number {
  let recovered = 0;
  for (const img of arrayOf(byTagOf(root, 'img'))) {
    const src = attrOf(img, 'src');
    const lazy = lazySource(img, base);
    const chosen = lazy ?? (isPlaceholder(src) ? bestOfSrcset(attrOf(img, 'srcset'), base) : null);
    if (!chosen || chosen === src) continue;
    setAttrOf(img, 'src', chosen);
    // The srcset (a placeholder, or candidates of the same image) would win over `src` in a browser.
    removeAttrOf(img, 'srcset');
    for (const name of [...LAZY_SRC, ...LAZY_SRCSET]) removeAttrOf(img, name);
    recovered++;
  }
  for (const source of arrayOf(byTagOf(root, 'source'))) {
    const lazy = LAZY_SRCSET.map((name) => attrOf(source, name)).find(Boolean) ?? attrOf(source, 'data-src');
    const current = attrOf(source, 'srcset');
    if (lazy && (!current || isPlaceholder(current.trim().split(/\s+/)[0] ?? ''))) setAttrOf(source, 'srcset', lazy);
  }
  return recovered;
}
