/**
 * Takes an article's own page navigation out of the extraction, found by structure rather than
 * by wording (rules: `../rules/page-nav.ts`). Pure: it works on the pipeline's clone.
 *
 *   every link ─► its label reads as a page label (numbers, page words, arrows) or it is rel=next/prev
 *     └─► its address is another page of this article (same origin and path stem: page-url.ts)?
 *           └─► its block: the largest ancestor (up to 5 levels) whose text is only page numbers
 *               and page words and whose links all go to pages of this article
 *                 └─► numbered-run (≥ 2 numbered page links) │ rel-link │ page-label ─► removed
 *
 * A link to another article ("Next article", "Berita selanjutnya") fails the address test, so it
 * stays, and so does a block that holds one. A page link inside a sentence stays too: removing it
 * would leave half a sentence.
 */
import { arrayOf, nextOutside, normaliseText } from '../dom-text.ts';
import { removedText } from '../match.ts';
import { PAGE_NAV_STRUCTURAL, type PageNavRule } from '../rules/page-nav.ts';
import {
  TEXT_NODE, attrOf, byTagOf, containsNode, detach, firstChildOf, nodeTypeOf, nodeValueOf, parentElementOf, tagOf, textOf,
} from '../safe-dom.ts';
import type { Removal } from '../types.ts';
import { pageRef, samePageSet, type PageRef } from './page-url.ts';

/** The words a page nav is made of, in id, ms, en, de, fr, es and pt (lower case). */
const NAV_WORDS = new Set(
  [
    'halaman hal laman selanjutnya sebelumnya berikutnya seterusnya sebelum lanjut pertama terakhir dari ke lihat tampilkan baca semua',
    'page pages pg p next prev previous older newer first last of to go show view all',
    'seite seiten weiter zurück vor nächste vorherige erste letzte von alle',
    'suivant suivante précédent précédente première dernière sur toutes',
    'pagina página páginas siguiente anterior primera última próxima seguinte primeira de todas todo',
  ].flatMap((line) => line.split(' ')),
);
/** What separates the words of a nav: spaces, punctuation and arrows. */
const NAV_SEPARATORS = /[\s.,:;|/·•…«»‹›<>←→↑↓\-–—()[\]]+/;
const NUMBER = /^\d{1,3}$/;
/** Blocks a nav block never grows into: the article's own containers. */
const NEVER_BLOCK = new Set(['BODY', 'MAIN', 'ARTICLE', 'HTML']);
/** Levels a block may climb from its link. */
const MAX_CLIMB = 5;

/** True when `text` is nothing but page numbers, page words and separators. */
export function isNavText(text: string): boolean {
  return text
    .toLowerCase()
    .split(NAV_SEPARATORS)
    .every((token) => token === '' || NUMBER.test(token) || NAV_WORDS.has(token));
}

/**
 * True when every text node under `el` is nav text. Node by node, since `<li>1</li><li>2</li>`
 * reads "12" as one string; the walk stops at the first word of prose.
 */
function isNavBlock(el: Element): boolean {
  for (let node: Node | null = firstChildOf(el); node; node = firstChildOf(node) ?? nextOutside(node, el)) {
    if (nodeTypeOf(node) === TEXT_NODE && !isNavText(nodeValueOf(node) ?? '')) return false;
  }
  return true;
}

interface PageLink {
  el: Element;
  numbered: boolean;
  /** The label holds a page word ("Next", "Halaman 2"), not only a number or an arrow. */
  worded: boolean;
  rel: boolean;
}

function labelOf(a: Element): string {
  return normaliseText(textOf(a)) || (attrOf(a, 'aria-label') ?? '').trim() || (attrOf(a, 'title') ?? '').trim();
}

/** The link as a link to another page of the article at `here`, or null. */
function asPageLink(a: Element, here: PageRef): PageLink | null {
  const href = attrOf(a, 'href');
  if (!href || href.startsWith('#')) return null;
  const label = labelOf(a);
  const rel = /\b(?:next|prev|previous)\b/i.test(attrOf(a, 'rel') ?? '');
  // The label first: parsing every address of a page costs more than reading its labels.
  if (!(isNavText(label) || (rel && label.length <= 40))) return null;
  const ref = pageRef(href, here.href);
  if (!ref || !samePageSet(ref, here)) return null;
  const numbered = NUMBER.test(label);
  // A link to the page itself counts only as a number of the run ("1" on page 1).
  if (ref.page === here.page && !ref.all && !numbered) return null;
  return { el: a, numbered, worded: /[a-z]/i.test(label) && !numbered, rel };
}

/** The largest block around `link` that is only page nav, or null when the link sits in prose. */
function navBlock(link: Element, root: Element, isPageLink: (a: Element) => boolean): Element | null {
  let block: Element = link;
  for (let up = parentElementOf(link), depth = 0; up && up !== root && depth < MAX_CLIMB; up = parentElementOf(up), depth += 1) {
    if (NEVER_BLOCK.has(tagOf(up)) || !isNavBlock(up)) break;
    if (!arrayOf(byTagOf(up, 'a')).every(isPageLink)) break;
    block = up;
  }
  if (block !== link) return block;
  // Alone in its parent (no words around it), the link is the block; in a sentence, it stays.
  const parent = parentElementOf(link);
  return parent && normaliseText(textOf(parent)) === normaliseText(textOf(link)) ? link : null;
}

/**
 * Which evidence a structural page-nav rule stands for, by rule id: the id, not a field of the
 * rule, since the packed rule tables of the extraction bundle carry no extra fields.
 */
const PAGE_NAV_SIGNALS = {
  'numbered-run': 'nav-numbered-run',
  'rel-link': 'nav-rel-pages',
  'page-label': 'nav-page-label',
} as const;
type PageNavSignal = keyof typeof PAGE_NAV_SIGNALS;

function signalOf(links: PageLink[]): PageNavSignal | null {
  if (new Set(links.filter((l) => l.numbered).map((l) => attrOf(l.el, 'href'))).size >= 2) return 'numbered-run';
  if (links.some((l) => l.rel)) return 'rel-link';
  if (links.some((l) => l.worded)) return 'page-label';
  return null;
}

const RULE_OF = new Map<PageNavSignal, PageNavRule>(
  (Object.keys(PAGE_NAV_SIGNALS) as PageNavSignal[]).map((signal) => [
    signal,
    PAGE_NAV_STRUCTURAL.find((r) => r.id === PAGE_NAV_SIGNALS[signal])!,
  ]),
);

/**
 * Removes the page navigation of the article at `url` from `root` (a clone), appending one
 * removal per nav block to `removed`.
 */
export function removePageNav(root: Element, url: string, removed: Removal[]): void {
  const here = pageRef(url);
  if (!here) return;
  const links = new Map<Element, PageLink>();
  for (const a of arrayOf(byTagOf(root, 'a'))) {
    const link = asPageLink(a, here);
    if (link) links.set(a, link);
  }
  if (links.size === 0) return;
  const isPageLink = (a: Element): boolean => links.has(a);
  const blocks = new Map<Element, PageLink[]>();
  for (const link of links.values()) {
    const block = navBlock(link.el, root, isPageLink);
    if (block) blocks.set(block, [...(blocks.get(block) ?? []), link]);
  }
  const all = [...blocks.keys()];
  for (const [block, inside] of blocks) {
    // A link the climb stopped short for has a block inside another link's: the outer one goes.
    if (all.some((outer) => outer !== block && containsNode(outer, block))) continue;
    const signal = signalOf(inside);
    const rule = signal && RULE_OF.get(signal);
    if (!rule) continue;
    removed.push({ rule: rule.id, category: rule.category, reason: rule.note, text: removedText([block]) });
    detach(block);
  }
}
