/**
 * Readability drops, on its first pass, any element whose class or id sounds like page furniture
 * ("sidebar", "header", "banner"…). Some layout wrappers carry that word only as a description of
 * the page around them: `article.full-width-template-with-sidebar` (a Gatsby blog),
 * `div.responsive_page_frame.with_header` (every Steam store page), `div.has-banner.page`. When
 * such a wrapper holds most of the page's paragraph text, dropping it throws the article away and
 * Readability settles for a disclosure box or a cookie notice; it retries without the filter only
 * when what it found is under 500 characters. This takes the misleading name off such wrappers on
 * the extraction clone. A name that is the furniture itself ("footer", "sidebar-left") stays: on
 * real pages those hold long footers and link sidebars as often as articles.
 */
import { Readability } from '@mozilla/readability';

interface ReadabilityPatterns {
  unlikelyCandidates: RegExp;
  okMaybeItsACandidate: RegExp;
}

/** Readability's own patterns, so the test here is the one it applies. */
const PATTERNS = (Readability.prototype as unknown as { REGEXPS: ReadabilityPatterns }).REGEXPS;
/** Layout modifiers: "with-sidebar", "with_header", "has-banner", "no-sidebar". */
const MODIFIER = /(?:^|[\s_-])(?:with|has|no|without)[-_][a-z0-9]+/gi;
const HAS_MODIFIER = /(?:with|has|no)[-_]/i;
/** Below this much paragraph text the page has no article worth the check. */
const MIN_PROSE = 500;
/** `NodeFilter.SHOW_ELEMENT` (no `NodeFilter` global in Node). */
const SHOW_ELEMENT = 1;

/** Renames misleading wrappers in `body` (a clone: this mutates). Returns how many it renamed. */
export function keepProseContainers(body: Element): number {
  let total = -1;
  // A TreeWalker: Array.from(getElementsByTagName('*')) cost jsdom ~100 ms on a news page.
  const walker = body.ownerDocument.createTreeWalker(body, SHOW_ELEMENT);
  const found: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    const name = `${el.getAttribute('class') ?? ''} ${el.id}`;
    // Most names have no modifier at all: one cheap test, before Readability's patterns.
    if (!HAS_MODIFIER.test(name)) continue;
    if (!PATTERNS.unlikelyCandidates.test(name) || PATTERNS.okMaybeItsACandidate.test(name)) continue;
    if (PATTERNS.unlikelyCandidates.test(name.replace(MODIFIER, ' '))) continue;
    if (total < 0) total = proseLength(body);
    if (total < MIN_PROSE) break;
    if (proseLength(el) * 2 < total) continue;
    found.push(el);
  }
  // Renamed after the walk, which must not see the tree change under it.
  for (const el of found) {
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
  return found.length;
}

function proseLength(root: Element): number {
  let length = 0;
  for (const p of Array.from(root.getElementsByTagName('p'))) length += p.textContent?.length ?? 0;
  return length;
}
