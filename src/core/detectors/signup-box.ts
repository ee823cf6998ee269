/**
 * Newsletter sign-up boxes: a form with an e-mail field, its pitch ("Jangan sampai ketinggalan
 * berita terkini…") and its hidden thank-you text. The sanitiser drops the form; this takes the
 * box around it, as far up as the box stays short and holds no prose.
 */
import { arrayOf, normaliseText } from '../dom-text.ts';
import { attrOf, byTagOf, containsNode, hasAttrOf, parentElementOf, tagOf, textOf } from '../safe-dom.ts';

const BOX_MAX = 400;
const PROTECTED = /^(?:BODY|MAIN|ARTICLE|HTML)$/;

/** The sign-up boxes under `root`, outermost first. */
export function signupBoxes(root: Element): Element[] {
  const out: Element[] = [];
  for (const input of arrayOf(byTagOf(root, 'input'))) {
    if ((attrOf(input, 'type') ?? '').toLowerCase() !== 'email') continue;
    let box: Element | null = null;
    for (let el = parentElementOf(input); el && el !== root && !PROTECTED.test(tagOf(el)); el = parentElementOf(el)) {
      // Read as the climb goes: it stops at the first ancestor too long to be the box.
      if (normaliseText(textOf(el)).length > BOX_MAX || holdsListedLink(el)) break;
      box = el;
    }
    if (box && !out.some((b) => containsNode(b, box))) out.push(box);
  }
  return out;
}

/**
 * `el.querySelector('p a[href], li a[href]')`, walked by hand: jsdom's selector engine climbs
 * through the scope's own `parentNode`, which a form's field can shadow into an endless loop.
 */
function holdsListedLink(el: Element): boolean {
  return arrayOf(byTagOf(el, 'a')).some((a) => {
    if (!hasAttrOf(a, 'href')) return false;
    for (let up = parentElementOf(a); up; up = parentElementOf(up)) if (/^(?:P|LI)$/.test(tagOf(up))) return true;
    return false;
  });
}
