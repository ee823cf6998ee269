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

/** Whether `el` is a heading or a prompt line followed by nothing readable under `root`. */
export function isOrphan(el: Element, root: Node): boolean {
  const tag = el.tagName.toUpperCase();
  const text = normaliseText(el.textContent ?? '');
  if (!text) return false;
  if (!HEADINGS.test(tag)) {
    if (!/^(?:P|DIV|SPAN|STRONG|B)$/.test(tag) || text.length > PROMPT_MAX || !/[:：]$/.test(text)) return false;
    if (el.querySelector('a, img')) return false;
  } else if (tag === 'H1') {
    return false;
  }
  let budget = BUDGET;
  for (let n = nextOutside(el, root); n; ) {
    if (--budget < 0) return false;
    if (n.nodeType === TEXT_NODE) {
      if (hasText(n.nodeValue)) return false;
    } else if (n.nodeType === ELEMENT_NODE) {
      const t = (n as Element).tagName.toUpperCase();
      if (HEADINGS.test(t)) return true;
      if (CONTENT.test(t)) return false;
      if (n.firstChild && !/^(?:IFRAME|VIDEO|AUDIO|EMBED|OBJECT|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/.test(t)) {
        n = n.firstChild;
        continue;
      }
    }
    n = nextOutside(n, root);
  }
  return true;
}
