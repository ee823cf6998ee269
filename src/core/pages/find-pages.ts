/**
 * Finds an article's other pages from one page (pure: a Document in, links out; nothing is
 * fetched). It reads `rel=next` and numbered or "next" pagination in our languages, and keeps
 * only links to the same article: same origin, same path stem, another page number. A "next
 * article" link (another stem) is refused, with its reason, however it is labelled.
 */
import { pageRef, samePageSet, type PageRef } from './page-url.ts';
import { pagesProfileFor, showAllUrl } from './show-all.ts';
import { attrOf, idOf, parentElementOf, textOf } from '../safe-dom.ts';

/** One other page of the article. */
export interface PageLink {
  page: number;
  url: string;
}

export interface PageLinks {
  /** The number of the page read (1 when its URL has none). */
  current: number;
  /** The outlet's single-page address, when it has one and this page is one of several. */
  showAll: string | null;
  /** Other pages of the article this page links to, by page number. */
  pages: PageLink[];
  /** Pagination-looking links that were not followed, and why (a next article, another site). */
  refused: { url: string; reason: string }[];
}

/**
 * A link's text that reads as pagination: a page number, "Halaman 2", "Page 2 of 3", or "next"
 * in id, ms, en, de, fr, es, pt. Whole text only, so "Berita Selanjutnya" (the next story) is
 * not a page label, though its stem test would refuse it anyway.
 */
const PAGE_LABEL = new RegExp(
  '^(?:' +
    [
      '\\d{1,3}',
      '(?:halaman|hal\\.?|page|seite|pagina|página|p\\.)\\s*\\d{1,3}(?:\\s*(?:dari|of|von|de|sur)\\s*\\d{1,3})?',
      '(?:halaman\\s+)?(?:selanjutnya|berikutnya|seterusnya)',
      '(?:next(?:\\s+page)?|weiter|nächste(?:\\s+seite)?|suivante?|page\\s+suivante|siguiente|próxima|seguinte)',
      'lihat\\s+semua|tampilkan\\s+semua|baca\\s+semua|show\\s+all|view\\s+all',
    ].join('|') +
    ')\\s*[»›>→]*$',
  'i',
);
/** A container that holds pagination: by name (class, id, aria-label) or role. */
const PAGINATION_BOX = /paginat|paging|pager|page-?nav|page-?numb|halaman|seitennav/i;

function isInPaginationBox(el: Element): boolean {
  for (let node: Element | null = parentElementOf(el), depth = 0; node && depth < 4; node = parentElementOf(node), depth += 1) {
    const name = `${attrOf(node, 'class') ?? ''} ${idOf(node)} ${attrOf(node, 'aria-label') ?? ''}`;
    if (PAGINATION_BOX.test(name)) return true;
  }
  return false;
}

function labelOf(el: Element): string {
  return textOf(el).replace(/\s+/g, ' ').trim() || (attrOf(el, 'aria-label') ?? '').trim();
}

/**
 * The other pages of the article in `doc`, read at `url` (default `doc.URL`).
 * @returns the page number read, the outlet's single-page address if any, the pages found in
 *   number order, and the refused links.
 */
export function findPages(doc: Document, url: string = doc.URL): PageLinks {
  const here = pageRef(url);
  const found = new Map<number, string>();
  const refused: PageLinks['refused'] = [];
  if (!here) return { current: 1, showAll: null, pages: [], refused };

  const consider = (href: string, strong: boolean): void => {
    const ref = pageRef(href, here.href);
    if (!ref || ref.href === here.href) return;
    if (ref.origin !== here.origin) {
      if (strong) refused.push({ url: ref.href, reason: 'another site' });
      return;
    }
    if (!samePageSet(ref, here)) {
      if (strong) refused.push({ url: ref.href, reason: 'another article' });
      return;
    }
    if (ref.all || ref.page === here.page || found.has(ref.page)) return;
    found.set(ref.page, ref.href);
  };

  for (const link of Array.from(doc.querySelectorAll('link[rel~="next" i][href], a[rel~="next" i][href]'))) {
    consider(attrOf(link, 'href')!, true);
  }
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const label = PAGE_LABEL.test(labelOf(a));
    if (label || isInPaginationBox(a)) consider(attrOf(a, 'href')!, label);
  }

  const pages = [...found].sort(([a], [b]) => a - b).map(([page, href]) => ({ page, url: href }));
  return { current: here.page, showAll: showAllFor(here, pages.length > 0), pages, refused };
}

function showAllFor(here: PageRef, split: boolean): string | null {
  if (here.all || (!split && here.page === 1)) return null;
  const profile = pagesProfileFor(here.href);
  return profile?.showAll ? showAllUrl(here.href, profile.showAll) : null;
}
