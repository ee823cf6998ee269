/**
 * A page's contents list: three or more links, nearly all its text, each to a place in the page
 * itself (`href="#…"`). It repeats the article's headings, and the reader view builds its own
 * list from them (wcxb-dev 4233, 0414, 4589). Taken with its label ("Table of contents"); a list
 * the article's prose leads into ("Jump to the part you need:") stays, as any such list does.
 */
import { arrayOf } from '../dom-text.ts';
import { attrOf, queryAllOf, tagOf } from '../safe-dom.ts';
import type { Stats } from './link-stats.ts';

export function isContentsList(el: Element, s: Stats): boolean {
  if (!/^[OU]L$/.test(tagOf(el)) || s.link < 0.7 * s.text || s.media) return false;
  const links = arrayOf(queryAllOf(el, 'a'));
  return links.length > 2 && links.every((a) => /^#./.test(attrOf(a, 'href') ?? ''));
}
