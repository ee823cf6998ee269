/**
 * One bottom-up pass that measures every element under a root: its text, the text of its links,
 * how many of those links lead to other articles of the same site (with a headline for text) or
 * to tag pages, and the longest text outside links in any of its paragraphs. The detectors
 * decide from these figures without walking a subtree twice.
 *
 * The prose guard lives here: `loose` is the longest run of text outside links in one block, so a
 * paragraph of real prose (however many links it holds) keeps its container.
 */
import { ELEMENT_NODE, SKIP_TAGS, TEXT_NODE, normaliseText } from '../dom-text.ts';
import { firstChildOf, nextSiblingOf, nodeTypeOf, nodeValueOf, tagOf, textOf } from '../safe-dom.ts';
import { linkKind, type SiteContext } from './site.ts';

export interface Stats {
  text: number;
  link: number;
  /** Links to other articles of the site whose text reads like a headline (three words or more). */
  articles: number;
  tags: number;
  /** The longest text outside links in one block (a paragraph, item or cell) under the element. */
  loose: number;
  /** Images, videos and embeds under the element. */
  media: number;
}

/** Blocks whose text outside links is measured as one run. */
const RUN_BLOCKS = new Set(['P', 'LI', 'DD', 'DT', 'TD', 'TH', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'DIV', 'SECTION', 'PRE']);
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'IFRAME', 'EMBED', 'OBJECT', 'AUDIO', 'SVG', 'CANVAS']);
const HEADLINE = /\S+\s+\S+\s+\S+/;

/** The measures of every element under `root` (itself included). */
export function measure(root: Element, ctx: SiteContext): Map<Element, Stats> {
  const out = new Map<Element, Stats>();
  visit(root, false, ctx, out, { run: 0 });
  return out;
}

/** `run` carries the text outside links of the innermost open block. */
function visit(el: Element, inLink: boolean, ctx: SiteContext, out: Map<Element, Stats>, block: { run: number }): Stats {
  const tag = tagOf(el);
  const s: Stats = { text: 0, link: 0, articles: 0, tags: 0, loose: 0, media: MEDIA.has(tag) ? 1 : 0 };
  const isLink = tag === 'A';
  const own = RUN_BLOCKS.has(tag) ? { run: 0 } : block;
  for (let c = firstChildOf(el); c; c = nextSiblingOf(c)) {
    const type = nodeTypeOf(c);
    if (type === TEXT_NODE) {
      const n = normaliseText(nodeValueOf(c) ?? '').length;
      s.text += n;
      if (inLink || isLink) s.link += n;
      else own.run += n;
    } else if (type === ELEMENT_NODE && !SKIP_TAGS.has(tagOf(c as Element))) {
      const cs = visit(c as Element, inLink || isLink, ctx, out, own);
      s.text += cs.text;
      s.link += cs.link;
      s.articles += cs.articles;
      s.tags += cs.tags;
      s.media += cs.media;
      if (cs.loose > s.loose) s.loose = cs.loose;
    }
  }
  if (own !== block && own.run > s.loose) s.loose = own.run;
  if (isLink && !inLink) {
    const text = normaliseText(textOf(el));
    const kind = linkKind(el, text, ctx);
    if (kind === 'tag') s.tags++;
    else if (kind === 'article' && text.length >= 15 && HEADLINE.test(text)) s.articles++;
  }
  out.set(el, s);
  return s;
}
