/**
 * "Show the whole article here": where auto-clean tidies the page in place, the other pages the
 * joiner gathered are put into the live page after page 1's last paragraph, each after its
 * marked rule, and a note names each page that could not be loaded. They pass through the
 * sanitiser on the way in, like every page-derived node.
 */
import { sanitiseInto } from '../../core/sanitise.ts';
import type { PagesStatus } from '../../shared/messages.ts';

/** The class of the section that holds the added pages (at most one per page). */
export const ADDED_PAGES_CLASS = 'bersih-added-pages';

/** The class of the note, in that section, that names a page which could not be added. */
export const MISSING_PAGE_CLASS = 'bersih-missing-page';

/**
 * Adds pages 2 to n of `status.article` to `doc` after the paragraph that ends page 1
 * (`lastParagraph`, as the core's text has it), then a note for each page that could not be
 * loaded (`describeMissing` words it); returns how many pages were added (0 when there is
 * nothing to add, or they are already there).
 */
export function showWholeHere(
  doc: Document,
  status: PagesStatus,
  lastParagraph: string,
  describeMissing: (missing: PagesStatus['missing'][number]) => string = (m) => `Page ${m.page} is missing: ${m.reason}`,
): number {
  if (doc.querySelector(`.${ADDED_PAGES_CLASS}`)) return 0;
  const pages = status.pages.length > 1 ? laterPages(status.article.html) : null;
  if (!pages && status.missing.length === 0) return 0;
  const section = doc.createElement('section');
  section.className = ADDED_PAGES_CLASS;
  if (pages) section.appendChild(sanitiseInto(pages, doc, doc.URL));
  // Where a page failed, the reader is told which one, after what did arrive.
  for (const missing of status.missing) {
    const note = doc.createElement('p');
    note.className = MISSING_PAGE_CLASS;
    note.textContent = describeMissing(missing);
    section.appendChild(note);
  }
  endOfPageOne(doc, lastParagraph).after(section);
  return pages ? status.pages.length - 1 : 0;
}

/** Everything from the first page boundary of the joined `html` on, in document order: pages 2 to n. */
function laterPages(html: string): Element | null {
  // DOMParser documents are inert: no script runs and no image loads while we copy from them.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const firstBoundary = parsed.body.querySelector('hr[title]');
  if (!firstBoundary) return null;
  const holder = parsed.createElement('div');
  let node: Node | null = firstBoundary;
  while (node) {
    const next: Node | null = node.nextSibling ?? nextOutside(node, parsed.body);
    holder.appendChild(node);
    node = next;
  }
  return holder;
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
