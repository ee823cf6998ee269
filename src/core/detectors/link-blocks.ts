/**
 * Related-link and tag blocks, recognised by structure whatever their label says, in any
 * language: a block whose text is almost all links to other articles of the same site, a run of
 * sibling paragraphs that each hold only such a link, and lists of tag links. A label just before
 * one (a heading or a short line) goes with it when nothing else sits under that label.
 */
import { normaliseText } from '../dom-text.ts';
import type { Stats } from './link-stats.ts';

/** Text outside links in one block longer than this is prose (or a teaser's summary): kept. */
export const LOOSE_MAX = 80;
/** A label is a short line. */
const LABEL_MAX = 60;
const HEADINGS = /^H[1-6]$/;
/** Elements a link block may be; inline elements and the page's landmarks are not. */
const BLOCKS = new Set(['DIV', 'UL', 'OL', 'SECTION', 'ASIDE', 'NAV', 'TABLE', 'TBODY', 'P', 'DL', 'HEADER', 'FOOTER', 'CENTER', 'LI', 'FIGURE']);

const upper = (el: Element): string => el.tagName.toUpperCase();

/** A block of at least two headline links to the site's articles, with little else. */
export function isLinkBlock(el: Element, s: Stats): boolean {
  return BLOCKS.has(upper(el)) && s.articles >= 2 && s.link >= 0.65 * s.text && s.loose <= LOOSE_MAX && s.media <= s.articles * 2;
}

/** A list of at least two tag links (or `#tags`), with little else. */
export function isTagList(el: Element, s: Stats): boolean {
  return BLOCKS.has(upper(el)) && s.tags >= 2 && s.articles === 0 && s.link >= 0.6 * s.text && s.loose <= LABEL_MAX && s.media === 0;
}

/** A paragraph (or item) that holds one headline link to the site's articles and nothing more. */
export function isLinkLine(el: Element, s: Stats): boolean {
  return s.articles >= 1 && s.text > 0 && s.link >= 0.8 * s.text && s.loose <= 20 && s.media <= 1;
}

/**
 * The label just before `first`, if it is one: a short heading, a short line ending in a colon, or
 * a short line set in bold alone, without links or images. Whatever it says: a heading whose
 * first content is a list of links to other articles is that list's label.
 */
export function labelBefore(first: Element, stats: Map<Element, Stats>): Element | null {
  const prev = first.previousElementSibling;
  const s = prev && stats.get(prev);
  if (!prev || !s || s.text === 0 || s.text > LABEL_MAX || s.link > 0 || s.media > 0) return null;
  if (HEADINGS.test(upper(prev))) return prev;
  const text = normaliseText(prev.textContent ?? '');
  if (/[:：]$/.test(text)) return prev;
  const only = prev.firstElementChild;
  const bold = only && prev.childElementCount === 1 && /^(?:B|STRONG|H[1-6])$/.test(upper(only)) &&
    normaliseText(only.textContent ?? '') === text;
  return bold ? prev : null;
}
