/**
 * "Show the whole article here": where auto-clean tidies the page in place, the other pages the
 * joiner gathered are put into the live page after page 1's last paragraph, each after its
 * marked rule. They pass through the sanitiser on the way in, like every page-derived node.
 */
import { sanitiseInto } from '../../core/sanitise.ts';
import type { PagesStatus } from '../../shared/messages.ts';

/** The class of the section that holds the added pages (at most one per page). */
export const ADDED_PAGES_CLASS = 'bersih-added-pages';

/**
 * Adds pages 2 to n of `status.article` to `doc` after the paragraph that ends page 1
 * (`lastParagraph`, as the core's text has it); returns how many pages were added (0 when
 * there is nothing to add, or they are already there).
 */
export function showWholeHere(doc: Document, status: PagesStatus, lastParagraph: string): number {
  if (status.pages.length < 2 || doc.querySelector(`.${ADDED_PAGES_CLASS}`)) return 0;
  // DOMParser documents are inert: no script runs and no image loads while we copy from them.
  const parsed = new DOMParser().parseFromString(status.article.html, 'text/html');
  const firstBoundary = parsed.body.querySelector('hr[title]');
  if (!firstBoundary) return 0;
  // Everything from the first page boundary on, in document order, is pages 2 to n.
  const holder = parsed.createElement('div');
  let node: Node | null = firstBoundary;
  while (node) {
    const next: Node | null = node.nextSibling ?? nextOutside(node, parsed.body);
    holder.appendChild(node);
    node = next;
  }
  const section = doc.createElement('section');
  section.className = ADDED_PAGES_CLASS;
  section.appendChild(sanitiseInto(holder, doc, doc.URL));
  const anchor = endOfPageOne(doc, lastParagraph);
  anchor.after(section);
  return status.pages.length - 1;
}

/** The next node after `node`'s ancestors, stopping at `root`. */
function nextOutside(node: Node, root: Node): Node | null {
  for (let up = node.parentNode; up && up !== root; up = up.parentNode) if (up.nextSibling) return up.nextSibling;
  return null;
}

/** The live element that ends page 1: its last paragraph, else the article, main or body's end. */
function endOfPageOne(doc: Document, lastParagraph: string): Element {
  const wanted = lastParagraph.replace(/\s+/g, ' ').trim();
  const paragraphs = doc.body.getElementsByTagName('p');
  for (let i = paragraphs.length - 1; i >= 0; i -= 1) {
    const p = paragraphs[i]!;
    if ((p.textContent ?? '').replace(/\s+/g, ' ').trim() === wanted) return p;
  }
  const box = doc.querySelector('article') ?? doc.querySelector('main');
  return box?.lastElementChild ?? doc.body.lastElementChild ?? doc.body;
}
