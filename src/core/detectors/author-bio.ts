/**
 * About-the-author boxes: a short block around a link to the author's page (`rel="author"`, an
 * address under `/author/…`) that says who they are in a sentence or more, beside or after the
 * article ("Karina Cohen is the owner of…", "Rebecca has been a journalist…"). Recognised by that
 * structure and by the bio naming its subject outside the link, in any language.
 *
 * Found on the page and marked: Readability takes the author link for its byline and drops it,
 * leaving the bio looking like one more paragraph. The article stage takes a marked box (and the
 * label before it, "About the author") while it stays a small part of the article.
 */
import { arrayOf, linkTextLength, normaliseText, textLongerThan } from '../dom-text.ts';
import { attrOf, byTagOf, parentElementOf, setAttrOf, tagOf, textOf } from '../safe-dom.ts';

/** Marks an author box on the page; its value is the author's name. */
export const BIO_MARK = 'data-bersih-bio';

/** An author's page: `/author/jane-doe/`, `/autor/…`, `/penulis/…`, `/people/…`. */
const AUTHOR_PATH = /\/(?:authors?|autor(?:en|es)?|auteurs?|penulis|people|staff|writers?|contributors?)\/[^/?#]+(?:\/[^/?#]+)?\/?(?:[?#]|$)/i;
const BOXES = new Set(['DIV', 'SECTION', 'ASIDE', 'FOOTER', 'HEADER']);
const STOP = /^(?:BODY|MAIN|ARTICLE|HTML)$/;
/** A bio is a sentence or more beside the name; the box is short. */
const BIO_MIN = 60;
const BOX_MAX = 1500;
/** At the article stage a box is never this share of the article: the article's own prose is never one. */
export const BIO_SHARE_MAX = 0.4;

/** Whether a link leads to an author's page. */
function isAuthorLink(a: Element): boolean {
  return /\bauthor\b/i.test(attrOf(a, 'rel') ?? '') || AUTHOR_PATH.test(attrOf(a, 'href') ?? '');
}

/** Marks the author boxes under `root` (the page, before Readability). */
export function markAuthorBoxes(root: Element): void {
  for (const a of arrayOf(byTagOf(root, 'a'))) {
    // The attributes first: every link of the page comes here, few of them to an author's page.
    if (!isAuthorLink(a)) continue;
    const name = normaliseText(textOf(a)).replace(/^by\s+/i, '');
    if (name.length < 3 || name.length > 60 || name.split(' ').length > 5) continue;
    const box = boxOf(a, name, root);
    if (box) setAttrOf(box, BIO_MARK, name);
  }
}

/**
 * Whether a block under `el`, without the author link and mostly not links, is a sentence or more that starts with the author's
 * name: "Karina Cohen is the owner…", "Rebecca has been…", never "Image from Mary's review".
 */
function opensBio(el: Element, first: string): boolean {
  return arrayOf(byTagOf(el, '*')).some((d) => {
    if (tagOf(d) === 'A' || arrayOf(byTagOf(d, 'a')).some(isAuthorLink)) return false;
    const text = normaliseText(textOf(d));
    return text.length >= BIO_MIN && text.slice(0, first.length).toLowerCase() === first && linkTextLength(d) * 2 < text.length;
  });
}

/**
 * The innermost block around the link `a` with a bio that starts with the author's name, widened
 * to the wrappers that hold nothing more, or null when the text around the link grows past a box.
 */
function boxOf(a: Element, name: string, root: Element): Element | null {
  const first = name.toLowerCase().split(' ').find((w) => w.length >= 3);
  if (!first) return null;
  for (let el = parentElementOf(a); el && el !== root && !STOP.test(tagOf(el)); el = parentElementOf(el)) {
    // Raw text counts its layout whitespace too: the exact length is read only under a loose bound.
    if (textLongerThan(el, BOX_MAX * 3)) return null;
    const text = normaliseText(textOf(el));
    if (text.length > BOX_MAX) return null;
    if (!BOXES.has(tagOf(el)) || text.length < name.length + BIO_MIN) continue;
    if (!opensBio(el, first)) continue;
    let box = el;
    for (let up = parentElementOf(box); up && up !== root && !STOP.test(tagOf(up)) && !textLongerThan(up, BOX_MAX * 3) && normaliseText(textOf(up)).length === text.length; up = parentElementOf(up)) box = up;
    return box;
  }
  return null;
}
