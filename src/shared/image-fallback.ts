/**
 * An article image that fails to load (gone from the outlet's CDN, blocked by a strict page's
 * `img-src` in the reader, refused offline) gives way to its alt text; its caption stays where it
 * is. The browser would show a broken-image icon instead. The listener is added by code: extension
 * pages forbid inline handlers, and the sanitiser keeps none from the page.
 */

/** Class of the text that stands in for a failed image; the popup and reader styles know it. */
export const IMAGE_MISSING_CLASS = 'image-missing';

/**
 * Watches every `<img>` under `root`: on `error` (or when it has failed already), the image
 * (with its `<picture>`) is replaced by a `<span>` of its alt text, or removed when it has none
 * or when its caption says the same.
 */
export function fallBackOnImageError(root: ParentNode): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (failed(img)) {
      replaceWithAlt(img);
      continue;
    }
    img.addEventListener('error', () => replaceWithAlt(img), { once: true });
  }
}

/** Loading is over and nothing was decoded (a broken image; one still loading is not `complete`). */
function failed(img: HTMLImageElement): boolean {
  return img.complete && img.naturalWidth === 0 && Boolean(img.getAttribute('src'));
}

function replaceWithAlt(img: HTMLImageElement): void {
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  const target = picture ?? img;
  if (!target.parentNode) return;
  const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  const caption = img.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
  if (!alt || alt === caption) {
    target.remove();
    return;
  }
  const text = img.ownerDocument.createElement('span');
  text.className = IMAGE_MISSING_CLASS;
  text.textContent = alt;
  target.replaceWith(text);
}
