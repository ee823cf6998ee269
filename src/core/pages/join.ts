/**
 * Joins an article's cleaned pages into one result (pure: results in, one result out). Each
 * page was cleaned on its own, so its inserts are already gone. Here the parts are put in page
 * order, each later page opened by a marked `<hr>` so the reader sees where it began, and the
 * blocks an outlet repeats at the top of every page (headline, lead image, intro) are kept once.
 */
import { arrayOf } from '../dom-text.ts';
import { articleOutputs } from '../outputs.ts';
import { sanitiseInto } from '../sanitise.ts';
import { appendChildOf, attrOf, childrenOf, detach, firstChildOf, matchesOf, nextSiblingOf, nodeTypeOf, nodeValueOf, queryAllOf, queryOf, tagOf, TEXT_NODE, textOf } from '../safe-dom.ts';
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
    for (const child of arrayOf(childrenOf(blocks))) {
      see(seen, child);
      // Pages of one article are not always wrapped alike (page 1 read from the live page, the
      // next parsed from its fetch): the blocks inside a wrapper count as seen too.
      for (const inner of arrayOf(queryAllOf(child, INNER_BLOCKS))) see(seen, inner);
    }
    for (let child = firstChildOf(blocks); child; child = firstChildOf(blocks)) appendChildOf(joined, child);
  }
  const outputs = articleOutputs(joined, first.result.lang);
  if (!outputs) return null;
  return { ...first.result, ...outputs, removed, pages: ordered.map((p) => p.page) };
}

/** The element whose children are the page's blocks: wrappers with one child are looked through. */
function blockRoot(holder: Element): Element {
  let root = holder;
  for (let only = soleChild(root); only && /^(?:DIV|SECTION|ARTICLE|MAIN)$/.test(tagOf(only)) && !ownText(root); only = soleChild(root)) {
    root = only;
  }
  return root;
}

function soleChild(el: Element): Element | null {
  const children = childrenOf(el);
  return children.length === 1 ? children[0]! : null;
}

function ownText(el: Element): boolean {
  for (let n = firstChildOf(el); n; n = nextSiblingOf(n)) {
    if (nodeTypeOf(n) === TEXT_NODE && (nodeValueOf(n) ?? '').trim() !== '') return true;
  }
  return false;
}

/** Blocks inside a wrapper that a later page may repeat on its own. */
const INNER_BLOCKS = 'p, figure, img, h1, h2, h3, h4, h5, h6, blockquote, ul, ol, table, pre';
const WRAPPER = /^(?:DIV|SECTION|ARTICLE|MAIN)$/;

/**
 * Drops the leading blocks of a later page that an earlier page already showed, looking into a
 * leading wrapper that was not seen whole (its first blocks may be).
 */
function dropRepeatedLead(holder: Element, seen: Set<string>, removed: Removal[]): void {
  let box = holder;
  for (let child = childrenOf(box)[0]; child; child = childrenOf(box)[0]) {
    if (!seen.has(keyOf(child))) {
      if (!WRAPPER.test(tagOf(child))) return;
      box = child;
      continue;
    }
    const text = textOf(child).replace(/\s+/g, ' ').trim();
    removed.push({ rule: REPEATED_BLOCK_RULE, category: 'navigation', reason: REPEATED_NOTE, text: text.slice(0, 80) });
    detach(child);
  }
}

/** What makes two blocks the same: their text, or for a text-less block its images. */
function keyOf(el: Element): string {
  const text = textOf(el).replace(/\s+/g, ' ').trim();
  return text ? `t:${text}` : imageKeyOf(el);
}

/** A block by its images alone: a lead photo repeated without its caption is the same photo. */
function imageKeyOf(el: Element): string {
  const images = Array.from(matchesOf(el, 'img') ? [el] : queryAllOf(el, 'img')).map((img) => attrOf(img, 'src') ?? '');
  return `i:${tagOf(el)}:${images.join(' ')}`;
}

/** Marks `el` as seen, by its text and, when it shows images, by them alone too. */
function see(seen: Set<string>, el: Element): void {
  seen.add(keyOf(el));
  if (matchesOf(el, 'img') || queryOf(el, 'img')) seen.add(imageKeyOf(el));
}
