/**
 * Related-link and tag blocks, recognised by structure whatever their label says, in any
 * language: a block whose text is almost all links to other articles of the same site, a run of
 * sibling paragraphs that each hold only such a link, and lists of tag links. A label just before
 * one (a heading or a short line) goes with it when nothing else sits under that label.
 */
import { normaliseText } from '../dom-text.ts';
import { byTagOf, childrenOf, firstElementOf, nextElementOf, parentElementOf, previousElementOf, tagOf, textOf } from '../safe-dom.ts';
import type { Stats } from './link-stats.ts';

/** Text outside links in one block longer than this is prose (or a teaser's summary): kept. */
export const LOOSE_MAX = 80;
/** A label is a short line. */
const LABEL_MAX = 60;
const HEADINGS = /^H[1-6]$/;
/** Elements a link block may be; inline elements and the page's landmarks are not. */
const BLOCKS = new Set(['DIV', 'UL', 'OL', 'SECTION', 'ASIDE', 'NAV', 'TABLE', 'TBODY', 'P', 'DL', 'HEADER', 'FOOTER', 'CENTER', 'LI', 'FIGURE']);

/** A block of at least two headline links to the site's articles, with little else. */
export function isLinkBlock(el: Element, s: Stats): boolean {
  return BLOCKS.has(tagOf(el)) && s.articles >= 2 && s.link >= 0.65 * s.text && s.loose <= LOOSE_MAX && s.media <= s.articles * 2;
}

/** A teaser's summary is short: more text under a headline link is a section of the article. */
const TEASER_MAX = 1000;

/** The heading a card opens with: its first H2, else its first H3, and so on (measured ones only). */
function cardHeading(el: Element, stats: Map<Element, Stats>): Stats | undefined {
  for (const tag of ['H2', 'H3', 'H4', 'H5', 'H6']) {
    const hs = stats.get(byTagOf(el, tag)[0]!);
    if (hs) return hs;
  }
}

/**
 * A teaser card: a heading that is one headline link to another article of the site, and a short
 * summary beside it (a "more stories" list whose summaries are too long for a link block).
 */
export function isTeaserCard(el: Element, s: Stats, stats: Map<Element, Stats>): boolean {
  if (s.articles !== 1 || s.text > TEASER_MAX || !/^(?:DIV|LI|ARTICLE|SECTION)$/.test(tagOf(el))) return false;
  const hs = cardHeading(el, stats);
  return !!hs && hs.articles === 1 && hs.link >= 0.8 * hs.text;
}

/**
 * A block shaped like a card but with no headline link: a heading that is all link text, to no
 * article, and text of its own beside it. Among the rows of a listing, a row named too short for a
 * headline (a repository) has this shape; a wrapper of cards does not (it holds their headlines),
 * nor does a bare tile that is only a link (a portfolio's client names).
 */
export function isCardShaped(el: Element, stats: Map<Element, Stats>): boolean {
  const s = stats.get(el);
  const hs = cardHeading(el, stats);
  return s?.articles === 0 && s.text > s.link && !!hs && hs.text > 0 && hs.link >= 0.8 * hs.text;
}

/** A list of at least two tag links (or `#tags`), with little else. */
export function isTagList(el: Element, s: Stats): boolean {
  return BLOCKS.has(tagOf(el)) && s.tags >= 2 && s.articles === 0 && s.link >= 0.6 * s.text && s.loose <= LABEL_MAX && s.media === 0;
}

/** A paragraph (or item) that holds one headline link to the site's articles and nothing more. */
export function isLinkLine(el: Element, s: Stats): boolean {
  return s.articles >= 1 && s.text > 0 && s.link >= 0.8 * s.text && s.loose <= 20 && s.media <= 1;
}

/** Text outside links a paragraph needs to be the prose that a lead-in line goes on from. */
const LEAD_PROSE = 100;
/** A lead-in line has three words or more: "Here's a selection:" has, "Read next:", "See also:" have two. */
const LEAD_WORDS = /\S \S+ \S/;

/** Lists under one parent that make it a guide told in lists, each after its paragraph. */
const LIST_RUN = 4;

/**
 * A list of links that the article's prose introduces, so its own (the courses of a catalogue,
 * the hotels of a guide): the paragraph just before it ends in a colon and is prose, not a label:
 * too long for one ("… offers 40+ courses with free certificates. Here's a selection:"), or a
 * line of three words or more that goes on from a paragraph of prose before it ("Read next:" and
 * "See also:" are too short) and is followed by more paragraphs: "If you liked this post you might
 * also like:" and its list end the article. In a guide told in lists (four lists or more under one
 * parent), a paragraph of prose (no colon) before the list, with more paragraphs after, leads in too.
 */
export function isIntroducedList(list: Element, stats: Map<Element, Stats>): boolean {
  const lead = previousElementOf(list);
  const s = lead && stats.get(lead);
  if (!s || !/L$/.test(tagOf(list)) || tagOf(lead) !== 'P') return false;
  const text = normaliseText(textOf(lead));
  const before = previousElementOf(lead);
  let next: Element | null = list;
  while ((next = nextElementOf(next)) && !(tagOf(next) === 'P' && stats.get(next)!.text > LABEL_MAX));
  // A list: of the blocks a link block may be, only UL, OL and DL end in L. (No paragraph before: the list's own tag is no P.)
  return /:$/.test(text) ? s.text > LABEL_MAX ||
    (!!next && tagOf(before ?? list) === 'P' && LEAD_WORDS.test(text) && stats.get(before!)!.loose >= LEAD_PROSE) :
    !!next && s.loose >= LEAD_PROSE && [...childrenOf(parentElementOf(list)!)].filter((c) => /^[OU]L$/.test(tagOf(c))).length >= LIST_RUN;
}

/**
 * The label just before `first`, if it is one: a short heading, a short line ending in a colon, or
 * a short line set in bold alone, without links or images. Whatever it says: a heading whose
 * first content is a list of links to other articles is that list's label.
 */
export function labelBefore(first: Element, stats: Map<Element, Stats>): Element | null {
  const prev = previousElementOf(first);
  const s = prev && stats.get(prev);
  if (!prev || !s || s.text === 0 || s.text > LABEL_MAX || s.link > 0 || s.media > 0) return null;
  if (HEADINGS.test(tagOf(prev))) return prev;
  const text = normaliseText(textOf(prev));
  if (/[:：]$/.test(text)) return prev;
  const only = firstElementOf(prev);
  const bold = only && childrenOf(prev).length === 1 && /^(?:B|STRONG|H[1-6])$/.test(tagOf(only)) &&
    normaliseText(textOf(only)) === text;
  return bold ? prev : null;
}
