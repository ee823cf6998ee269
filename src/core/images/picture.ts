/**
 * `<picture>`: the browser picks a `<source>` by type and media query and falls back to the
 * `<img>` inside. Lazy pictures leave that `<img>` without a real `src` (the sources carry the
 * address), and the Markdown and a failed source fall back to it, so it gets the best source's.
 */
import { arrayOf } from '../dom-text.ts';
import { appendChildOf, attrOf, byTagOf, detach, ownerDocumentOf, setAttrOf } from '../safe-dom.ts';
import { hasRealSource } from './lazy.ts';
import { bestOfSrcset, imageUrl, isPlaceholder, parseSrcset } from './sources.ts';

/** Types every browser shows; a source of another type (JPEG XL) is no fallback for all. */
const COMMON_TYPE = /^(?:image\/(?:jpe?g|png|gif|webp|avif))?$/i;

/**
 * Fills the `<img>` of every `<picture>` under `root` from its sources when it has no real
 * address (adding one when the picture has none), and rewrites each source's `srcset` with
 * resolved URLs, dropping a source left with none (a placeholder, a URL the sanitiser's list
 * format cannot carry). Returns how many pictures got an address.
 */
export function recoverPictures(root: Element, base: string | undefined): number {
  let recovered = 0;
  for (const picture of arrayOf(byTagOf(root, 'picture'))) {
    const sources = arrayOf(byTagOf(picture, 'source'));
    for (const source of sources) {
      const srcset = resolvedSrcset(attrOf(source, 'srcset'), base);
      if (srcset) setAttrOf(source, 'srcset', srcset);
      else detach(source);
    }
    let img = byTagOf(picture, 'img')[0];
    if (img && hasRealSource(img, base)) continue;
    const kept = sources.filter((s) => attrOf(s, 'srcset') !== null && COMMON_TYPE.test(attrOf(s, 'type') ?? ''));
    // A source with no media query is the picture's default; one with a query, a crop of it.
    const ordered = [...kept.filter((s) => !attrOf(s, 'media')), ...kept.filter((s) => attrOf(s, 'media'))];
    const url = ordered.map((s) => bestOfSrcset(attrOf(s, 'srcset'), base)).find(Boolean);
    if (!url) continue;
    if (!img) {
      img = ownerDocumentOf(picture)!.createElement('img');
      appendChildOf(picture, img);
    }
    setAttrOf(img, 'src', url);
    recovered++;
  }
  return recovered;
}

/** `srcset` with every candidate resolved and safe, or null when none is. */
function resolvedSrcset(srcset: string | null, base: string | undefined): string | null {
  if (!srcset) return null;
  const parts = parseSrcset(srcset).flatMap((c) => {
    const url = imageUrl(c.url, base);
    // The sanitiser splits a srcset at commas: a URL holding one cannot pass through it whole.
    if (!url || isPlaceholder(url) || /[\s,]/.test(url)) return [];
    return [c.width !== null ? `${url} ${c.width}w` : c.density !== 1 ? `${url} ${c.density}x` : url];
  });
  return parts.length ? parts.join(', ') : null;
}
