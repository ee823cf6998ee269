/**
 * Multi-page articles shipped whole, pages 2 to n hidden (`style="display:none"` or `hidden`)
 * beside or inside the visible first page, which a script shows one at a time. Readability skips
 * hidden elements, so those pages would be lost. A hidden element is taken as such a page when it
 * shares a class with a visible neighbour (its previous sibling or its parent) and holds prose.
 */
import { arrayOf, normaliseText } from '../dom-text.ts';
import { attrOf, byTagOf, hasAttrOf, parentElementOf, previousElementOf, removeAttrOf, setAttrOf, textOf } from '../safe-dom.ts';

const HIDDEN_STYLE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important)?\s*(?=;|$)/i;
const PROSE_CHARS = 150;

function isHidden(el: Element): boolean {
  if (hasAttrOf(el, 'hidden')) return true;
  const style = attrOf(el, 'style');
  return style !== null && style.includes('none') && HIDDEN_STYLE.test(style);
}

function classes(el: Element | null): string[] {
  return ((el && attrOf(el, 'class')) ?? '').split(/\s+/).filter(Boolean);
}

function holdsProse(el: Element): boolean {
  return arrayOf(byTagOf(el, 'p')).some((p) => normaliseText(textOf(p)).length >= PROSE_CHARS);
}

/** Shows the hidden pages of a multi-page article under `root` (a clone: this mutates); returns how many. */
export function revealHiddenPages(root: Element): number {
  let shown = 0;
  // Pages are divisions: listing the divs and sections is several times cheaper in jsdom than
  // an attribute-substring selector over every element.
  const blocks = [...arrayOf(byTagOf(root, 'div')), ...arrayOf(byTagOf(root, 'section'))];
  for (const el of blocks) {
    if (!isHidden(el)) continue;
    const own = classes(el);
    if (!own.length) continue;
    const neighbour = [previousElementOf(el), parentElementOf(el)].find(
      (n) => n && !isHidden(n) && classes(n).some((c) => own.includes(c)) && holdsProse(n),
    );
    if (!neighbour || !holdsProse(el)) continue;
    removeAttrOf(el, 'hidden');
    setAttrOf(el, 'style', (attrOf(el, 'style') ?? '').replace(HIDDEN_STYLE, ''));
    shown++;
  }
  return shown;
}
