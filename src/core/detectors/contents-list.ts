/**
 * A page's contents list: five or more links, nearly all its text, each to a place in the page
 * itself (`href="#…"`), in one flat list. It repeats the article's headings, and the reader view
 * builds its own list from them (wcxb-dev 4233, 0414, 4589). Taken with its label ("Table of
 * contents"); a list the article's prose leads into ("Jump to the part you need:") stays, as any
 * such list does.
 *
 * Narrower than it could be, on purpose: Readability keeps contents lists, and so do the expected
 * pages of readability-test-pages that guard us against straying from it. Its nested outlines
 * (wikipedia, mercurial, toc-missing) and its short lists of three or four links (mozilla-1,
 * topicseed-1) stay; on wcxb-dev the flat lists of five or more are most of the gain.
 */
import { arrayOf } from '../dom-text.ts';
import { attrOf, queryAllOf, queryOf, tagOf } from '../safe-dom.ts';
import type { Stats } from './link-stats.ts';

export function isContentsList(el: Element, s: Stats): boolean {
  if (!/^[OU]L$/.test(tagOf(el)) || s.link < 0.7 * s.text || queryOf(el, 'li li')) return false;
  const links = arrayOf(queryAllOf(el, 'a'));
  return links.length > 4 && links.every((a) => /^#./.test(attrOf(a, 'href') ?? ''));
}
