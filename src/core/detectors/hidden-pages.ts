/**
 * Multi-page articles shipped whole, pages 2 to n hidden (`style="display:none"` or `hidden`)
 * beside or inside the visible first page, which a script shows one at a time. Readability skips
 * hidden elements, so those pages would be lost. A hidden element is taken as such a page when it
 * shares a class with a visible neighbour (its previous sibling or its parent) and holds prose.
 *
 * Folded panels too: the steps of a guide or the criteria of a review, each under its own toggle
 * (a button, `role="button"`, `aria-expanded` in the block just before it), hidden by an attribute,
 * an inline style or a class that says so (`hidden`, `kt-accordion-panel-hidden`, `collapse`). A
 * reader opens them; Readability skips the hidden ones and drops the "hidden" ones as clutter
 * (wcxb-dev 4193, 4253, 1821).
 */
import { arrayOf, normaliseText } from '../dom-text.ts';
import { attrOf, byTagOf, hasAttrOf, inTreeOrder, matchesOf, parentElementOf, previousElementOf, queryOf, removeAttrOf, setAttrOf, textOf } from '../safe-dom.ts';

const HIDDEN_STYLE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important)?\s*(?=;|$)/i;
const PROSE_CHARS = 150;
/** A class that hides a panel until it is opened: `hidden`, `kt-accordion-panel-hidden`, `collapse`. */
const FOLDED_CLASS = /(^|-)(hidden|collapsed?)$/i;
/** A class attribute holding such a class. */
const FOLDED_CLASSES = /(^|[\s-])(hidden|collapsed?)(\s|$)/i;
/** What opens a panel, in the block before it. */
const TOGGLE = 'button,[role=button],[aria-expanded]';
/** The block holding a panel's toggle is short: a title line, not a section of its own. */
const TOGGLE_BLOCK_MAX = 300;

function isHidden(el: Element): boolean {
  if (hasAttrOf(el, 'hidden')) return true;
  const style = attrOf(el, 'style');
  return style !== null && style.includes('none') && HIDDEN_STYLE.test(style);
}

/** The test both kinds begin with (a page is hidden, a panel may also be so by `aria-hidden` or a class). */
function mayBeHidden(el: Element): boolean {
  return isHidden(el) || hasAttrOf(el, 'aria-hidden') || FOLDED_CLASSES.test(attrOf(el, 'class') ?? '');
}

function classes(el: Element | null): string[] {
  return ((el && attrOf(el, 'class')) ?? '').split(/\s+/).filter(Boolean);
}

function holdsProse(el: Element): boolean {
  return arrayOf(byTagOf(el, 'p')).some((p) => normaliseText(textOf(p)).length >= PROSE_CHARS);
}

/** Shows the hidden pages and folded panels under `root` (a clone: this mutates); returns how many. */
export function revealHiddenPages(root: Element): number {
  let shown = 0;
  // Pages and panels are divisions that something hides: the few that may be, found with two
  // tag-name lists (`div,section` took jsdom's selector engine 6 ms a page), then taken in tree
  // order, since a page shown earlier makes its later neighbour's page visible.
  const maybe = ['div', 'section'].flatMap((tag) => arrayOf(byTagOf(root, tag)).filter(mayBeHidden));
  for (const el of inTreeOrder(maybe)) {
    const own = classes(el);
    if (foldedPanel(el, own)) setAttrOf(el, 'class', own.filter((c) => !FOLDED_CLASS.test(c)).join(' '));
    else if (!hiddenPage(el, own)) continue;
    removeAttrOf(el, 'hidden');
    removeAttrOf(el, 'aria-hidden');
    setAttrOf(el, 'style', (attrOf(el, 'style') ?? '').replace(HIDDEN_STYLE, ''));
    shown++;
  }
  return shown;
}

/** Whether `el` (of classes `own`) is a hidden later page: it holds prose, as does a visible neighbour of its class. */
function hiddenPage(el: Element, own: string[]): boolean {
  return isHidden(el) && own.length > 0 && holdsProse(el) &&
    [previousElementOf(el), parentElementOf(el)].some((n) => n && !isHidden(n) && classes(n).some((c) => own.includes(c)) && holdsProse(n));
}

/**
 * Whether `el` (of classes `own`) is a folded panel: hidden by an attribute, a style or a class,
 * after a short block that holds its toggle, with prose of its own and no form (a sign-up
 * dialog after the button that opens it is no part of the article).
 */
function foldedPanel(el: Element, own: string[]): boolean {
  const head = previousElementOf(el);
  return (isHidden(el) || hasAttrOf(el, 'aria-hidden') || own.some((c) => FOLDED_CLASS.test(c))) && !!head && textOf(head).length <= TOGGLE_BLOCK_MAX &&
    !!(matchesOf(head, TOGGLE) || queryOf(head, TOGGLE)) && !queryOf(el, 'input') && holdsProse(el);
}
