/**
 * Headings and prompts left with nothing under them: "Saksikan video berikut:", "FOTO TERKAIT",
 * "Take our poll" over a video, gallery or poll embed that extraction drops. Structure decides:
 * a heading, or a short line ending in a colon, after which nothing readable comes (only embeds,
 * empty blocks) before the next heading or the end of the article. A deeper heading does not end
 * a heading's section: its subsection's text counts.
 */
import { ELEMENT_NODE, TEXT_NODE, arrayOf, hasText, nextOutside, normaliseText } from '../dom-text.ts';
import {
  byTagOf, firstChildOf, hasAttrOf, matchesOf, nextElementOf, nodeTypeOf, nodeValueOf, parentElementOf, previousElementOf, queryOf,
  setAttrOf, tagOf, textOf,
} from '../safe-dom.ts';

const HEADINGS = /^H[1-6]$/;
const PROMPT_MAX = 100;
/** What counts as something under a heading: text, or one of these. */
const CONTENT = /^(?:IMG|PICTURE|TABLE|PRE|MATH|FIGURE)$/;
const BUDGET = 40;

const EMBEDS = 'iframe, video, audio, embed, object';
const EMBED_TAGS = /^(?:IFRAME|VIDEO|AUDIO|EMBED|OBJECT)$/;

/**
 * Whether `el` is a heading with nothing readable under it before the next heading, or a prompt
 * line (short, ending in a colon) followed directly by an embed with no text, or by nothing.
 */
export function isOrphan(el: Element, root: Node, needEmbed = true): boolean {
  const tag = tagOf(el);
  const text = normaliseText(textOf(el));
  if (!text || tag === 'H1') return false;
  if (!HEADINGS.test(tag)) {
    if (!/^(?:P|DIV|SPAN|STRONG|B)$/.test(tag) || text.length > PROMPT_MAX || !/[:：]$/.test(text)) return false;
    if (queryOf(el, 'a, img')) return false;
    let next = nextElementOf(el);
    while (next && !normaliseText(textOf(next)) && !matchesOf(next, EMBEDS) && !queryOf(next, `img, ${EMBEDS}`)) {
      next = nextElementOf(next);
    }
    if (next && (normaliseText(textOf(next)) || !(matchesOf(next, EMBEDS) || queryOf(next, EMBEDS)))) return false;
    if (next) return true;
  }
  // Something under the heading must be an embed: a heading that is merely followed by another
  // (a page's own outline, or text the page hides) is the page's, not a leftover.
  let budget = BUDGET;
  let embed = false;
  for (let n = nextOutside(el, root); n; ) {
    if (--budget < 0) return false;
    const type = nodeTypeOf(n);
    if (type === TEXT_NODE) {
      if (hasText(nodeValueOf(n))) return false;
    } else if (type === ELEMENT_NODE) {
      const t = tagOf(n as Element);
      // A deeper heading opens a subsection of this one, whose text is this heading's too
      // ("1. Compact cameras" over a video, then "Standard" and its paragraphs).
      if (HEADINGS.test(t)) return HEADINGS.test(tag) && t > tag ? isOrphan(n as Element, root, needEmbed && !embed) : embed || !needEmbed;
      if (CONTENT.test(t)) return false;
      if (EMBED_TAGS.test(t)) embed = true;
      const first = firstChildOf(n);
      if (first && !EMBED_TAGS.test(t) && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/.test(t)) {
        n = first;
        continue;
      }
    }
    n = nextOutside(n, root);
  }
  return embed || !needEmbed;
}

/** Marks a heading or prompt over an embed, before extraction drops the embed. */
export const ORPHAN_MARK = 'data-bersih-over-embed';

/**
 * On the page (before Readability, which drops most embeds): marks each heading and prompt line
 * with nothing readable under it but an embed, for the article stage to take if it is still
 * empty there. Marks only; removes nothing. Looks back from each embed, so a page without
 * embeds costs one query.
 */
export function markOverEmbeds(root: Element): void {
  // Tag by tag, not one query of EMBEDS: in jsdom (the CLI's DOM) the selector list walked the page
  // at about 4 ms, the five tag lists take 1.5 ms. Marks come out the same in any order.
  for (const tag of EMBEDS.split(', ')) {
    for (const embed of arrayOf(byTagOf(root, tag))) {
      const label = labelAbove(embed, root);
      if (label && !hasAttrOf(label, ORPHAN_MARK) && isOrphan(label, root)) setAttrOf(label, ORPHAN_MARK, '');
    }
  }
}

/** The nearest heading or paragraph before `el` in document order with text, within a few steps. */
function labelAbove(el: Element, root: Element): Element | null {
  let n: Element | null = el;
  for (let steps = 0; n && n !== root && steps < 8; steps++) {
    const prev: Element | null = previousElementOf(n);
    if (!prev) {
      n = parentElementOf(n);
      continue;
    }
    if (!normaliseText(textOf(prev))) {
      n = prev;
      continue;
    }
    return /^(?:H[2-6]|P)$/.test(tagOf(prev)) ? prev : null;
  }
  return null;
}
