/**
 * When Readability fails by its own measure (under 500 characters after all its retries), the
 * page is most often not one long text but many short ones: a list of recipes or products, a
 * forum thread of short posts, a storefront. Readability then returns a heading or a caption, and
 * the reader sees next to nothing. If the page marks its main content (`<main>`, `role="main"`)
 * and that holds much more text, that content is the better answer, less its navigation and
 * side boxes.
 */
import { textLength } from './dom-text.ts';

/** Readability's own threshold (`charThreshold`): a result shorter than this is a failed extraction. */
export const FALLBACK_CHARS = 500;

const NOT_CONTENT =
  'script, style, noscript, template, nav, aside, [role="navigation"], [role="complementary"], [role="search"], ' +
  '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]';

/** Removes scripts, navigation, side boxes and hidden parts under `root` (a clone: this mutates). */
export function stripNonContent(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(NOT_CONTENT))) el.remove();
}

/**
 * The page's main content in `body` (a prepared clone: this mutates it), if it holds at least
 * twice the `found` characters Readability returned and at least `FALLBACK_CHARS`; else null.
 */
export function mainContent(body: Element, found: number): Element | null {
  const marked = Array.from(body.querySelectorAll('main, [role="main"]'));
  if (!marked.length) return null;
  stripNonContent(body);
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of marked) {
    const length = el.isConnected ? textLength(el) : 0;
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best && bestLength >= FALLBACK_CHARS && bestLength >= found * 2 ? best : null;
}
