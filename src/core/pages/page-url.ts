/**
 * Which page of an article a URL points at, and whether two URLs are pages of one article.
 * Outlets number pages in the query (`?page=2`, `?hal=2`, `?p=2`) or at the end of the path
 * (`/2`, `/page/2`, `/halaman-2`). Two URLs belong to one article when they share the origin and
 * the "stem" left once the page number is taken off; a "next article" link has another stem.
 */

/** Query parameters that number an article's pages. */
const PAGE_PARAMS = ['page', 'p', 'hal', 'halaman', 'pg', 'paged', 'pagenum', 'showpage', 'single', 'seite', 'pagina', 'page_num'];
/** A page number at the end of a path: `/2`, `/page/2`, `/halaman/2`, `/halaman-2`, `/hal-2`. */
const PATH_PAGE = /\/(?:(?:page|halaman|hal|seite|pagina|p)[-/]?)?(\d{1,3})\/?$/i;
/** Values that ask for the whole article on one page (`?page=all`, `?single=1`, `/all`). */
const ALL_VALUES = /^(?:all|semua|full|1)$/i;

/** A URL cut into its article stem and its page number (1 when it has none). */
export interface PageRef {
  origin: string;
  /** Path and query without the page number, and without a trailing slash. */
  stem: string;
  page: number;
  /** True for an outlet's single-page address (`?page=all`, `?showpage=all`, `/all`). */
  all: boolean;
  href: string;
}

/** Parses `href` (resolved against `base`) into a page reference, or null when it is not http(s). */
export function pageRef(href: string, base?: string): PageRef | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const full = url.href;
  let page = 1;
  let all = false;
  for (const name of PAGE_PARAMS) {
    const value = url.searchParams.get(name);
    if (value === null) continue;
    if (/^\d{1,3}$/.test(value) && name !== 'single') page = Number(value);
    else if (ALL_VALUES.test(value) && (name === 'single' || value !== '1')) all = true;
    else continue;
    url.searchParams.delete(name);
  }
  let path = url.pathname;
  if (/\/all\/?$/i.test(path)) {
    all = true;
    path = path.replace(/\/all\/?$/i, '');
  } else {
    const match = PATH_PAGE.exec(path);
    // A bare number is a page only after a hyphenated slug (`/read/123/slug-title/2`), never an
    // id or a date (`/read/123`, `/news/2024`); a named one (`/page/2`, `/halaman-2`) always is.
    const named = match !== null && /[a-z]/i.test(match[0]);
    const afterSlug = match !== null && (path.slice(0, match.index).split('/').pop() ?? '').includes('-');
    if (match && (named || afterSlug)) {
      page = Number(match[1]);
      path = path.slice(0, match.index);
    }
  }
  path = path.replace(/\/+$/, '');
  const query = url.searchParams.toString();
  return { origin: url.origin, stem: `${path}${query ? `?${query}` : ''}`, page, all, href: full };
}

/** True when `a` and `b` are pages of the same article: same origin, same stem. */
export function samePageSet(a: PageRef, b: PageRef): boolean {
  return a.origin === b.origin && a.stem === b.stem;
}
