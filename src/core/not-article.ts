/**
 * Whether a page that yielded text is not an article after all: a homepage, a section, tag or
 * search page (a column of teasers), or a page whose content is a video. Readability finds
 * "an article" on almost any page; the reader should be told when it is a list of other pages.
 *
 * Precision first: an article page wrongly called a list is worse than a list shown as text, so
 * each verdict needs the address and the page to agree, and a page that declares itself an
 * article in its structured data (JSON-LD `NewsArticle`, `BlogPosting`, …) is never called a
 * homepage, section, tag or search page. Reads the document only.
 */
import { arrayOf } from './dom-text.ts';
import { pageUrlKind } from './page-url-kind.ts';
import { attrOf, textOf } from './safe-dom.ts';

export type NotArticleKind = 'homepage' | 'section' | 'tag' | 'search' | 'video';

/** The verdict on a page that does not look like an article. */
export interface NotArticle {
  kind: NotArticleKind;
  /** Why, in one English sentence (the UI words it from `kind`). */
  reason: string;
}

/** Linked headlines a section page has at least (its teasers); articles' related boxes have fewer. */
const SECTION_TEASERS = 8;
/** A teaser headline's link text is at least this long: "Home" and "More" are not headlines. */
const HEADLINE_CHARS = 25;
/** A page with a video and fewer words than this is the video's page. */
const VIDEO_PAGE_WORDS = 100;

/** JSON-LD types that declare an article (top-level entities only: lists nest them). */
const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|Recipe|HowTo)$/;
const VIDEO_TYPES = /^VideoObject$/;
/** A product page shows its product's video; it is not the video's page. */
const PRODUCT_TYPES = /^(?:Product|ProductGroup|IndividualProduct)$/;
const VIDEO_EMBEDS =
  'video, iframe[src*="youtube.com/embed"], iframe[src*="youtube-nocookie.com"], iframe[src*="player.vimeo.com"], ' +
  'iframe[src*="dailymotion.com/embed"], iframe[src*="vidio.com/embed"], iframe[src*="facebook.com/plugins/video"], ' +
  'iframe[src*="jwplayer"], iframe[src*="brightcove"]';

/**
 * The verdict on `doc` at `url`, or null when it looks like an article.
 * @param wordCount the words of the article extracted from it
 */
export function notArticle(doc: Document, url: string | undefined, wordCount: number): NotArticle | null {
  const types = structuredTypes(doc);
  const declared = types.some((t) => ARTICLE_TYPES.test(t));
  const video = videoVerdict(doc, types, declared, wordCount);
  if (video) return video;
  if (declared) return null;
  const address = pageUrlKind(url);
  if (!address) return null;
  const where = `the address (${address.path})`;
  switch (address.kind) {
    case 'homepage':
      return { kind: 'homepage', reason: `${where} is the site's front page` };
    case 'search':
      return { kind: 'search', reason: `${where} is a search` };
    case 'tag':
      return { kind: 'tag', reason: `${where} is a tag or topic page` };
    case 'section': {
      const teasers = countTeasers(doc);
      if (teasers < SECTION_TEASERS) return null;
      return { kind: 'section', reason: `${where} names a section and the page lists ${teasers} linked headlines` };
    }
  }
}

function videoVerdict(doc: Document, types: string[], declared: boolean, wordCount: number): NotArticle | null {
  if (wordCount >= VIDEO_PAGE_WORDS || types.some((t) => PRODUCT_TYPES.test(t))) return null;
  const ogMeta = doc.querySelector('meta[property="og:type" i]');
  const ogType = (ogMeta ? attrOf(ogMeta, 'content') : null)?.trim() ?? '';
  if (/^product/i.test(ogType)) return null;
  const ogVideo = /^video/i.test(ogType);
  const declaredVideo = types.some((t) => VIDEO_TYPES.test(t)) && !declared;
  const embed = doc.querySelector(VIDEO_EMBEDS);
  if (!ogVideo && !declaredVideo && !embed) return null;
  // An embed alone is a video in an article unless the text around it is short.
  const why = ogVideo ? 'the page declares a video (og:type)' : declaredVideo ? 'the page declares a VideoObject' : 'the page embeds a video';
  return { kind: 'video', reason: `${why} and its text has ${wordCount} words` };
}

/** Headings that are (or hold) a link with a headline's length: the teasers of a list. */
function countTeasers(doc: Document): number {
  let count = 0;
  for (const tag of ['h2', 'h3', 'h4']) {
    for (const heading of arrayOf(doc.getElementsByTagName(tag))) {
      const link = heading.querySelector('a[href]') ?? heading.closest('a[href]');
      if (link && textOf(link).trim().length >= HEADLINE_CHARS) count++;
    }
  }
  return count;
}

/** The `@type`s of the page's top-level JSON-LD entities (and of an `@graph`'s members). */
export function structuredTypes(doc: Document): string[] {
  const types: string[] = [];
  const add = (entity: unknown): void => {
    if (!entity || typeof entity !== 'object') return;
    if (Array.isArray(entity)) {
      for (const e of entity) add(e);
      return;
    }
    const record = entity as Record<string, unknown>;
    const type = record['@type'];
    for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') types.push(t);
    if (Array.isArray(record['@graph'])) for (const e of record['@graph']) add(e);
  };
  // `script[type="application/ld+json" i]`, found by tag: in jsdom (the CLI's DOM) the selector
  // walked the page at 4 ms a query, the tag list at under 1 ms.
  for (const script of arrayOf(doc.getElementsByTagName('script'))) {
    if (attrOf(script, 'type')?.toLowerCase() !== 'application/ld+json') continue;
    try {
      add(JSON.parse(textOf(script)));
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  return types;
}
