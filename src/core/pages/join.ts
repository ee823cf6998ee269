/**
 * Joins an article's cleaned pages into one result (pure: results in, one result out). Each
 * page was cleaned on its own, so its inserts are already gone. Here the parts are put in page
 * order, each later page opened by a marked `<hr>` so the reader sees where it began, and the
 * blocks an outlet repeats at the top of every page (headline, lead image, intro) are kept once.
 */
import { arrayOf } from '../dom-text.ts';
import { articleOutputs } from '../outputs.ts';
import { sanitiseInto } from '../sanitise.ts';
import type { CleanResult, Removal } from '../types.ts';

/** The id reported for a block dropped because an earlier page already had it. */
export const REPEATED_BLOCK_RULE = 'pages-repeated-block';
const REPEATED_NOTE = 'A block the outlet repeats at the top of every page (headline, lead image, intro), kept once.';

/** A cleaned page and the number it has in the article. */
export interface PagePart {
  page: number;
  result: CleanResult;
}

export interface JoinedResult extends CleanResult {
  /** The page numbers joined, in order. */
  pages: number[];
}

/**
 * One result for the whole article: page 1's metadata, every part's blocks in page order,
 * `removed` of all pages plus the repeated blocks, and word count and reading time of the whole.
 * @param doc a Document with a window (live page, jsdom): its DOMParser reads the parts inertly.
 * @returns null when `parts` is empty.
 */
export function joinPages(parts: PagePart[], doc: Document): JoinedResult | null {
  const ordered = [...parts].sort((a, b) => a.page - b.page).filter((p, i, all) => i === 0 || all[i - 1]!.page !== p.page);
  const first = ordered[0];
  if (!first) return null;
  // Inert: DOMParser documents, and one made by `createHTMLDocument`, run no script and load nothing.
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const parser = new Parser();
  const inert = doc.implementation.createHTMLDocument('');
  const joined = inert.createElement('div');
  const seen = new Set<string>();
  const removed: Removal[] = [];
  for (const [index, part] of ordered.entries()) {
    // Each part's HTML was sanitised by the core; it is parsed inertly and goes through the
    // sanitiser again on its way in, so nothing reaches a DOM by another road.
    const holder = inert.createElement('div');
    holder.appendChild(sanitiseInto(parser.parseFromString(part.result.html, 'text/html').body, inert));
    removed.push(...part.result.removed);
    const blocks = blockRoot(holder);
    if (index > 0) {
      dropRepeatedLead(blocks, seen, removed);
      const boundary = inert.createElement('hr');
      boundary.setAttribute('title', `${part.page}`);
      joined.appendChild(boundary);
    }
    for (const child of arrayOf(blocks.children)) seen.add(keyOf(child));
    while (blocks.firstChild) joined.appendChild(blocks.firstChild);
  }
  const outputs = articleOutputs(joined, first.result.lang);
  if (!outputs) return null;
  return { ...first.result, ...outputs, removed, pages: ordered.map((p) => p.page) };
}

/** The element whose children are the page's blocks: wrappers with one child are looked through. */
function blockRoot(holder: Element): Element {
  let root = holder;
  while (root.children.length === 1 && /^(?:DIV|SECTION|ARTICLE|MAIN)$/.test(root.firstElementChild!.tagName) && !ownText(root)) {
    root = root.firstElementChild!;
  }
  return root;
}

function ownText(el: Element): boolean {
  return Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
}

/** Drops the leading blocks of a later page that an earlier page already showed. */
function dropRepeatedLead(holder: Element, seen: Set<string>, removed: Removal[]): void {
  for (let child = holder.firstElementChild; child && seen.has(keyOf(child)); child = holder.firstElementChild) {
    const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
    removed.push({ rule: REPEATED_BLOCK_RULE, category: 'navigation', reason: REPEATED_NOTE, text: text.slice(0, 80) });
    child.remove();
  }
}

/** What makes two blocks the same: their text, or for a text-less block its images. */
function keyOf(el: Element): string {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text) return `t:${text}`;
  const images = Array.from(el.matches('img') ? [el] : el.querySelectorAll('img')).map((img) => img.getAttribute('src') ?? '');
  return `i:${el.tagName}:${images.join(' ')}`;
}
