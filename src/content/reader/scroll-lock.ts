/**
 * Locks the page's scrolling while the overlay is open and puts the reader back exactly where
 * they were on close. The lock is an attribute on `<html>` plus one adopted page-level rule,
 * not an inline `style=` (which a strict CSP can block and which the page's own code may own).
 */
import { PAGE_LOCK_CSS } from './reader-css.ts';
import { createStyleSlot } from './style-slot.ts';

export const LOCK_ATTRIBUTE = 'data-bersih-reader';

/** Locks scrolling of `doc`'s page; call the returned function to unlock and restore the position. */
export function lockPageScroll(doc: Document): () => void {
  const view = doc.defaultView;
  const x = view?.scrollX ?? 0;
  const y = view?.scrollY ?? 0;
  const root = doc.documentElement;
  const slot = createStyleSlot(doc, doc, PAGE_LOCK_CSS);
  root.setAttribute(LOCK_ATTRIBUTE, '');
  return () => {
    root.removeAttribute(LOCK_ATTRIBUTE);
    slot.remove();
    // 'instant': a page with `scroll-behavior: smooth` must not animate back from the top.
    view?.scrollTo({ left: x, top: y, behavior: 'instant' });
  };
}
