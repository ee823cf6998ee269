/**
 * Newsletter sign-up boxes: a form with an e-mail field, its pitch ("Jangan sampai ketinggalan
 * berita terkini…") and its hidden thank-you text. The sanitiser drops the form; this takes the
 * box around it, as far up as the box stays short and holds no prose.
 */
import { arrayOf, normaliseText } from '../dom-text.ts';

const BOX_MAX = 400;
const PROTECTED = /^(?:BODY|MAIN|ARTICLE|HTML)$/;

/** The sign-up boxes under `root`, outermost first. */
export function signupBoxes(root: Element): Element[] {
  const out: Element[] = [];
  for (const input of arrayOf(root.getElementsByTagName('input'))) {
    if ((input.getAttribute('type') ?? '').toLowerCase() !== 'email') continue;
    let box: Element | null = null;
    for (let el = input.parentElement; el && el !== root && !PROTECTED.test(el.tagName.toUpperCase()); el = el.parentElement) {
      // Read as the climb goes: it stops at the first ancestor too long to be the box.
      if (normaliseText(el.textContent ?? '').length > BOX_MAX || el.querySelector('p a[href], li a[href]')) break;
      box = el;
    }
    if (box && !out.some((b) => b.contains(box))) out.push(box);
  }
  return out;
}
