/**
 * What a page's address says it is: a site's front page, a search, a tag or topic page, or a
 * path shaped like a section (`/news`, `/tekno/`, `/category/sport`). Articles have addresses
 * with a slug or an id (`/read/2024/05/01/123/harga-emas-naik`). The address alone only decides
 * the first three; a section-shaped path is also the shape of a short article slug, so the page
 * has to agree (see not-article.ts).
 */

export type UrlKind = 'homepage' | 'search' | 'tag' | 'section';

/** Path segments that introduce a tag or topic name, in the languages of our phrase tables. */
const TAG_SEGMENTS = new Set(['tag', 'tags', 'topic', 'topics', 'topik', 'label', 'labels', 'hashtag', 'keyword', 'subject', 'thema', 'tema', 'etiqueta', 'schlagwort']);
const SEARCH_SEGMENTS = new Set(['search', 'cari', 'pencarian', 'suche', 'recherche', 'buscar', 'busca', 'pesquisa']);
/** Query parameters that hold a search's terms. */
const SEARCH_PARAMS = ['q', 's', 'query', 'keyword', 'keywords', 'search', 'cari', 'term'];
/** Segments that name a list of articles whatever follows them. */
const SECTION_SEGMENTS = new Set(['category', 'categories', 'kategori', 'section', 'sections', 'rubrik', 'kanal', 'channel', 'indeks', 'index', 'arsip', 'archive', 'archives', 'terkini', 'terpopuler', 'latest']);
/**
 * Segments that introduce one item, not a list: `/article/understanding-web-design`,
 * `/blog/seo-tips`, `/products/wallet-black` (the item's slug can be as short as a section's name).
 */
const ITEM_SEGMENTS = new Set(['article', 'articles', 'story', 'stories', 'post', 'posts', 'read', 'blog', 'report', 'reports', 'product', 'products', 'item', 'dp']);
/** A forum thread's or an item's id leading its slug (`/topic/150745-new-ui-2024`): not a tag's name. */
const LEADING_ID = /^\d{5,}/;
/** Trailing pagination (`/page/2`, `/halaman/3`) and index files say nothing about the kind. */
const PAGINATION = /^(?:page|halaman|p)$/;
const INDEX_FILE = /^(?:index|default|home)\.(?:html?|php|aspx?)$/;
const TRACKING = /^(?:utm_\w+|fbclid|gclid|ref|source)$/i;
/** A locale prefix (`/en/`, `/id-id/`) is a front page of its own. */
const LOCALE = /^[a-z]{2}(?:[-_][a-z]{2})?$/;

export interface PageUrlKind {
  kind: UrlKind;
  /** The path (and query) the verdict read, for the reason. */
  path: string;
}

function segmentsOf(url: URL): string[] {
  const segments = url.pathname.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s).toLowerCase();
    } catch {
      return s.toLowerCase();
    }
  });
  if (segments.length && INDEX_FILE.test(segments.at(-1)!)) segments.pop();
  if (segments.length >= 2 && PAGINATION.test(segments.at(-2)!) && /^\d+$/.test(segments.at(-1)!)) segments.splice(-2);
  return segments;
}

/**
 * A segment shaped like a section name: one or two words, no digits, no file extension. Three
 * words are already a short article's slug (`/top-mba-programs/`, a list article on wcxb-dev).
 */
const sectionShaped = (segment: string): boolean =>
  segment.length <= 30 && !/\d/.test(segment) && !/\.\w+$/.test(segment) && segment.split(/[-_+\s]+/).length <= 2;

/** What `url`'s address says the page is, or null when it looks like an article's (or is not http). */
export function pageUrlKind(url: string | undefined): PageUrlKind | null {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const path = parsed.pathname + parsed.search;
  const segments = segmentsOf(parsed);
  const searched = SEARCH_PARAMS.some((p) => (parsed.searchParams.get(p) ?? '').trim() !== '');
  if (searched || segments.some((s) => SEARCH_SEGMENTS.has(s))) return { kind: 'search', path };
  if (segments.length === 0 || (segments.length === 1 && LOCALE.test(segments[0]!))) {
    // `/?p=123` is a WordPress article; tracking parameters say nothing.
    const params = [...parsed.searchParams.keys()].filter((k) => !TRACKING.test(k));
    return params.length ? null : { kind: 'homepage', path };
  }
  // The tag's name follows its keyword: /tag/jokowi, /topic/software.
  if (segments.length >= 2 && TAG_SEGMENTS.has(segments.at(-2)!) && !LEADING_ID.test(segments.at(-1)!)) return { kind: 'tag', path };
  if (segments.slice(0, -1).some((s) => ITEM_SEGMENTS.has(s))) return null;
  if (segments.length <= 3 && segments.some((s) => SECTION_SEGMENTS.has(s))) return { kind: 'section', path };
  if (segments.length <= 2 && segments.every(sectionShaped)) return { kind: 'section', path };
  return null;
}
