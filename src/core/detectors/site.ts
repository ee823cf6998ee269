/**
 * Which links lead to other articles of the same site. The site is known from the page's address
 * and, because a page may be read under another address (a cached copy, the eval's `--generic`
 * mode), from its own canonical and `og:url` addresses too. Hosts compare by their registrable
 * part, so `m.`, `www.` and section subdomains (`news.`, `tekno.`) are one site.
 */
import { arrayOf, baseElementOf } from '../dom-text.ts';
import { attrOf, byTagOf } from '../safe-dom.ts';

export interface SiteContext {
  /** The address links resolve against (the page's URL), or null when there is none. */
  base: URL | null;
  /** Registrable domains of the page (`liputan6.com`, `kompas.co.id`). */
  sites: Set<string>;
  /**
   * The `href` of the page's first `<base href>`, or null: read once here for the images too
   * (images/sources.ts), since finding it walks the whole page in jsdom and linkedom.
   */
  baseHref: string | null;
}

/** Second-level labels under which a country's registrable domains sit (`co.id`, `com.my`). */
const SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'go', 'gov', 'net', 'or', 'org', 'sch', 'web', 'my', 'ne']);

/** The registrable part of a host: `news.detik.com` → `detik.com`, `x.kompas.co.id` → `kompas.co.id`. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const n = labels.length;
  if (n < 3) return labels.join('.');
  const keep = labels[n - 1]!.length === 2 && SECOND_LEVEL.has(labels[n - 2]!) ? 3 : 2;
  return labels.slice(n - keep).join('.');
}

function parse(href: string | null | undefined, base?: URL | null): URL | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined);
  } catch {
    return null;
  }
}

/** The site context of `doc` read at `url` (the input document is only read). */
export function siteContext(doc: Document, url: string): SiteContext {
  const base = parse(url);
  const sites = new Set<string>();
  if (base?.hostname) sites.add(siteOf(base.hostname));
  // Readability makes the article's links absolute against the document's own base address,
  // which is the page's too when the caller passes another `url`: `doc.baseURI`, found without it
  // (jsdom finds the `<base>` with a selector engine that reads clobberable properties; a form with
  // a field named `localName` made it throw), the first `<base href>` resolved against `doc.URL`.
  const baseElement = baseElementOf(doc);
  const baseHref = baseElement ? attrOf(baseElement, 'href') : null;
  addHost(sites, (baseHref && parse(baseHref, parse(doc.URL))?.href) || doc.URL, null);
  const head = doc.head;
  if (head) {
    for (const el of arrayOf(byTagOf(head, 'link'))) {
      if (/\bcanonical\b/i.test(attrOf(el, 'rel') ?? '')) addHost(sites, attrOf(el, 'href'), base);
    }
    for (const el of arrayOf(byTagOf(head, 'meta'))) {
      if (/^og:url$/i.test(attrOf(el, 'property') ?? '')) addHost(sites, attrOf(el, 'content'), base);
    }
  }
  return { base, sites, baseHref };
}

function addHost(sites: Set<string>, href: string | null, base: URL | null): void {
  const u = parse(href, base);
  if (u?.hostname && /^https?:$/.test(u.protocol)) sites.add(siteOf(u.hostname));
}

/** Path segments that name a tag, topic or keyword page rather than an article. */
const TAG_PATH = /\/(?:tags?|topics?|topik|label|labels|hashtag|kata-?kunci|keywords?|themen?|sujets?|temas?)(?:\/|$)/i;
/**
 * An article address carries its headline as a slug: a link is to another article when at least
 * two words of its text (three letters or more) are words of its path. A bug tracker's
 * `show_bug.cgi?id=…`, a tag or a section page does not, whatever its text.
 */
function slugMatches(path: string, text: string): boolean {
  const slug = new Set(decodePath(path).toLowerCase().split(/[^a-z0-9\u00c0-\u024f]+/));
  let shared = 0;
  for (const word of text.toLowerCase().split(/[^a-z0-9\u00c0-\u024f]+/)) {
    if (word.length >= 3 && slug.has(word) && ++shared >= 2) return true;
  }
  return false;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export type LinkKind = 'article' | 'tag' | 'other';

/** What a link points to: another article of this site, a tag page, or anything else. */
export function linkKind(a: Element, text: string, ctx: SiteContext): LinkKind {
  if (text.startsWith('#')) return 'tag';
  const href = attrOf(a, 'href');
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href)) return 'other';
  // Only a headline (see link-stats.ts) or a tag address can count: most links are neither,
  // and parsing every address of a big page would cost more than the rest of the detectors.
  if (text.length < 15 && !TAG_PATH.test(href)) return 'other';
  const u = parse(href, ctx.base);
  if (!u || !/^https?:$/.test(u.protocol)) return 'other';
  if (!ctx.sites.has(siteOf(u.hostname))) return 'other';
  if (TAG_PATH.test(u.pathname)) return 'tag';
  if (ctx.base && u.pathname === ctx.base.pathname) return 'other';
  // A document of the site (a course book, a form) is the article's own download, not another article.
  return !/\.pdf$/i.test(u.pathname) && slugMatches(u.pathname, text) ? 'article' : 'other';
}
