/**
 * Headings and prompts left with nothing under them: "Saksikan video berikut:", "FOTO TERKAIT",
 * "Take our poll" over a video, gallery or poll embed that extraction drops. Structure decides:
 * a heading, or a short line ending in a colon, after which nothing readable comes (only embeds,
 * empty blocks) before the next heading or the end of the article.
 */
import { ELEMENT_NODE, TEXT_NODE, hasText, nextOutside, normaliseText } from '../dom-text.ts';

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
  const tag = el.tagName.toUpperCase();
  const text = normaliseText(el.textContent ?? '');
  if (!text || tag === 'H1') return false;
  if (!HEADINGS.test(tag)) {
    if (!/^(?:P|DIV|SPAN|STRONG|B)$/.test(tag) || text.length > PROMPT_MAX || !/[:：]$/.test(text)) return false;
    if (el.querySelector('a, img')) return false;
    let next = el.nextElementSibling;
    while (next && !normaliseText(next.textContent ?? '') && !next.matches(EMBEDS) && !next.querySelector(`img, ${EMBEDS}`)) {
      next = next.nextElementSibling;
    }
    if (next && (normaliseText(next.textContent ?? '') || !(next.matches(EMBEDS) || next.querySelector(EMBEDS)))) return false;
    if (next) return true;
  }
  // Something under the heading must be an embed: a heading that is merely followed by another
  // (a page's own outline, or text the page hides) is the page's, not a leftover.
  let budget = BUDGET;
  let embed = false;
  for (let n = nextOutside(el, root); n; ) {
    if (--budget < 0) return false;
    if (n.nodeType === TEXT_NODE) {
      if (hasText(n.nodeValue)) return false;
    } else if (n.nodeType === ELEMENT_NODE) {
      const t = (n as Element).tagName.toUpperCase();
      if (HEADINGS.test(t)) return embed || !needEmbed;
      if (CONTENT.test(t)) return false;
      if (EMBED_TAGS.test(t)) embed = true;
      if (n.firstChild && !EMBED_TAGS.test(t) && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/.test(t)) {
        n = n.firstChild;
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
  for (const embed of Array.prototype.slice.call(root.querySelectorAll(EMBEDS)) as Element[]) {
    const label = labelAbove(embed, root);
    if (label && !label.hasAttribute(ORPHAN_MARK) && isOrphan(label, root)) label.setAttribute(ORPHAN_MARK, '');
  }
}

/** The nearest heading or paragraph before `el` in document order with text, within a few steps. */
function labelAbove(el: Element, root: Element): Element | null {
  let n: Element | null = el;
  for (let steps = 0; n && n !== root && steps < 8; steps++) {
    const prev: Element | null = n.previousElementSibling;
    if (!prev) {
      n = n.parentElement;
      continue;
    }
    if (!normaliseText(prev.textContent ?? '')) {
      n = prev;
      continue;
    }
    return /^(?:H[2-6]|P)$/.test(prev.tagName.toUpperCase()) ? prev : null;
  }
  return null;
}
