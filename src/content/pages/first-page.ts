/**
 * Page 1 of a multi-page article, for the joiner. The popup's `extract` answer is kept here, so
 * that joining the other pages (`joinPages`, `showWholeHere`) reuses it instead of cleaning page
 * 1 a second and a third time. Without one (the auto-join of a tidied page, where no popup
 * asked), page 1 is cleaned here, once, and only when the page links to other pages. Every page
 * is cleaned with the options of the single-page path, the site's memory included.
 */
import type { CollectIo } from '../../core/pages/collect-pages.ts';
import type { SiteMemoryStore } from '../../core/site-memory/store.ts';
import type { CleanOptions, CleanResult } from '../../core/types.ts';
import type { ExtractResponse, PagesStatus } from '../../shared/messages.ts';
import type { Settings } from '../../shared/settings.ts';
import { storageMemoryStore } from '../../shared/site-memory-store.ts';
import { extractArticle } from '../extract-article.ts';
import { withSiteMemory } from '../learn-site.ts';
import { cleanOptions } from '../page-options.ts';
import { currentPagesStatus, hasOtherPages, joinPagesStatus } from './page-joiner.ts';

let kept: { url: string; article: CleanResult; options?: CleanOptions } | null = null;

/**
 * Keeps `response` as page 1 of the page at `url` (an article only), and returns it. `options`
 * are those page 1 was cleaned with, its site memory as it was before page 1 taught it: the
 * other pages are cleaned with the same, so that page 1's own blocks (its caption, its intro)
 * do not count as the site's template on page 2.
 */
export function keepFirstPage(url: string, response: ExtractResponse, options?: CleanOptions): ExtractResponse {
  kept = response.ok ? { url, article: response.article, ...(options && { options }) } : null;
  return response;
}

/** Page 1 of the page at `url` as last extracted here, or null. */
export function firstPageOf(url: string): CleanResult | null {
  return kept?.url === url ? kept.article : null;
}

/**
 * Starts joining the pages of `doc` (read at `url`), or answers how far it got: null when the
 * article has one page or page 1 has no article.
 */
export async function startJoining(
  doc: Document,
  url: string,
  settings: Pick<Settings, 'siteMemory' | 'userSelectors' | 'userPhrases'>,
  store: SiteMemoryStore = storageMemoryStore(),
  io: Partial<Pick<CollectIo, 'fetchDoc'>> = {},
): Promise<PagesStatus | null> {
  const known = currentPagesStatus(url);
  if (known) return known;
  // Cheap before costly: a page with no other pages is never cleaned here.
  if (!hasOtherPages(doc, url)) return null;
  const options = (kept?.url === url ? kept.options : undefined) ?? (await withSiteMemory(cleanOptions(settings, url), settings, store));
  let first = firstPageOf(url);
  if (!first) {
    const response = extractArticle(doc, options);
    if (!response.ok) return null;
    // The observations stay out: only a page the reader asked for teaches the memory.
    const { siteMemory: _observed, ...article } = response.article;
    first = article;
    keepFirstPage(url, { ok: true, article });
  }
  return joinPagesStatus(doc, first, options, io);
}
