/**
 * The structural detectors (rules: `../rules/structural.ts`), run by the pipeline twice: on the
 * page before Readability (so related blocks neither sway its choice nor come along with the
 * article) and on the article it found. Every removal is reported with its rule.
 *
 *   page stage:    sign-up and author boxes marked, hidden pages and folded panels shown, embeds' headings marked
 *   article stage: measure → marked boxes, copies of a block, contents lists, credit blocks and lines, tag lists, link blocks, link runs → orphan headings
 */
import { ELEMENT_NODE, SKIP_TAGS, arrayOf, nextOutside, normaliseText } from '../dom-text.ts';
import { removedText } from '../match.ts';
import { STRUCTURAL_RULES } from '../rules/structural.ts';
import type { DetectorName, DetectorRule } from '../rules/types.ts';
import {
  attrOf, containsNode, detach, firstChildOf, firstElementOf, hasAttrOf, nextElementOf, nodeTypeOf, parentElementOf, queryAllOf, setAttrOf,
  tagOf, textOf,
} from '../safe-dom.ts';
import { PROTECTED_TAGS } from '../text-rules.ts';
import type { Removal } from '../types.ts';
import { BIO_MARK, BIO_SHARE_MAX, markAuthorBoxes } from './author-bio.ts';
import { isContentsList } from './contents-list.ts';
import { authorOf, bylineLineOf, creditsOf } from './credits.ts';
import { footnotesOf, holdsFootnote, type Footnotes } from './footnotes.ts';
import { revealHiddenPages } from './hidden-pages.ts';
import { isCardShaped, isIntroducedList, isLinkBlock, isLinkLine, isTagList, isTeaserCard, labelBefore } from './link-blocks.ts';
import { measure, type Stats } from './link-stats.ts';
import { ORPHAN_MARK, isOrphan, markOverEmbeds } from './orphan-headings.ts';
import { repeatedBlocks } from './repeated-blocks.ts';
import { signupBoxes } from './signup-box.ts';
import type { SiteContext } from './site.ts';

export { siteContext, type SiteContext } from './site.ts';

/** Marks a sign-up box found on the page, for the article stage to take (its form is gone by then). */
const SIGNUP_MARK = 'data-bersih-signup';

/**
 * Links an unlabelled run needs: two lines of links can be the article's own "see our review".
 * A labelled run needs two: a heading over one link is as often a section of the article.
 */
const RUN_MIN = 3;

const RULES = new Map(STRUCTURAL_RULES.map((r) => [r.detector, r]));
const rule = (name: DetectorName): DetectorRule => RULES.get(name)!;

interface Found {
  rule: DetectorRule;
  nodes: Element[];
}

/**
 * Runs the detectors over `root` (a clone: this removes what they find, and shows hidden pages
 * at the page stage), appending each removal to `removed`. Returns the author named by a credit
 * block or line at the article stage, for a page that names none in its metadata.
 */
export function runDetectors(root: Element, ctx: SiteContext, removed: Removal[], stage: 'page' | 'article'): string | null {
  if (stage === 'page') {
    // Only what Readability would lose or cannot see is done on the page: taking link lists out
    // first changed which container it chose, pulling in teasers and dropping comment threads.
    // Sign-up boxes are marked, as their form is gone after Readability. Showing hidden pages
    // removes nothing, so it is not reported (like the reshape rules); marks remove nothing.
    for (const box of signupBoxes(root)) setAttrOf(box, SIGNUP_MARK, '');
    markAuthorBoxes(root);
    revealHiddenPages(root);
    markOverEmbeds(root);
    return null;
  }
  const stats = measure(root, ctx);
  const notes = footnotesOf(root);
  const total = stats.get(root)?.text ?? 0;
  const found: Found[] = [];
  const taken = new Set<Element>();
  const take = (r: DetectorRule, nodes: Element[]): void => {
    found.push({ rule: r, nodes });
    for (const n of nodes) taken.add(n);
  };
  // The label before the first node goes with it, unless another find already took it.
  const takeWithLabel = (r: DetectorRule, nodes: Element[], label = labelBefore(nodes[0]!, stats)): void =>
    take(r, label && !taken.has(label) ? [label, ...nodes] : nodes);
  for (const box of arrayOf(queryAllOf(root, `[${SIGNUP_MARK}]`))) take(rule('signup-box'), [box]);
  // Copies go whole and alone: never widened to a box, nor counted toward one (the original stays).
  const copies = repeatedBlocks(stats);
  copies.forEach(taken.add, taken);
  let author: string | null = null;
  // A byline line is one of the article's first lines: further down, "By …" lines belong to teasers.
  let prose = false;
  let triedTeasers = false;

  for (let node: Node | null = firstChildOf(root); node; ) {
    if (nodeTypeOf(node) !== ELEMENT_NODE) {
      node = nextOutside(node, root);
      continue;
    }
    const el = node as Element;
    const s = stats.get(el);
    const tag = tagOf(el);
    // The article's own list, led in by its prose, is neither a link block nor a run of link lines.
    if (!s || SKIP_TAGS.has(tag) || taken.has(el) || isIntroducedList(el, stats)) {
      node = nextOutside(el, root);
      continue;
    }
    if (tag === 'P' && s.text >= 150) prose = true;
    if (hasAttrOf(el, BIO_MARK) && s.loose >= 60 && s.text <= total * BIO_SHARE_MAX) {
      takeWithLabel(rule('author-bio'), [el]);
      author ??= attrOf(el, BIO_MARK);
      node = nextOutside(el, root);
      continue;
    }
    if (!PROTECTED_TAGS.has(tag)) {
      const hit = classify(el, s, prose, notes);
      if (hit) {
        takeWithLabel(rule(hit.name), [el], hit.name === 'credit-block' ? null : undefined);
        author ??= hit.author ?? null;
        node = nextOutside(el, root);
        continue;
      }
    }
    for (const run of linkRuns(el, stats)) {
      if (run.some((n) => taken.has(n) || holdsFootnote(n, notes))) continue;
      const label = labelBefore(run[0]!, stats);
      const articles = run.reduce((n, r) => n + stats.get(r)!.articles, 0);
      if (articles >= RUN_MIN || (label && articles >= 2)) take(rule('link-run'), label ? [label, ...run] : run);
    }
    // Tried from the first card only: on a listing (a section page, readability's nytimes-5) a tail
    // of its cards is no more clutter than the rest; and each try reads the rest of the article.
    const cards = !triedTeasers && isTeaserCard(el, s, stats) ? ((triedTeasers = true), teaserTail(el, stats, root)) : null;
    if (cards) {
      takeWithLabel(rule('teaser-run'), cards);
      node = nextOutside(cards[cards.length - 1]!, root);
      continue;
    }
    node = firstChildOf(el) ?? nextOutside(el, root);
  }

  widenToSidebars(found, stats, root);
  for (const c of copies) found.push({ rule: rule('repeated-block'), nodes: [c] });
  if (stage === 'article') {
    keepListing(found, stats, total);
    for (const [el, s] of stats) {
      if (s.text === 0 || s.text > 100 || !isOrphanCandidate(el) || taken.has(el)) continue;
      if (found.some((f) => f.nodes.some((n) => containsNode(n, el)))) continue;
      // Marked on the page over an embed that extraction has since dropped, or over one still here.
      if (isOrphan(el, root, !hasAttrOf(el, ORPHAN_MARK))) take(rule('orphan-heading'), [el]);
    }
  }
  report(found, removed);
  return author;
}

function report(found: Found[], removed: Removal[]): void {
  for (const { rule: r, nodes } of found) {
    removed.push({ rule: r.id, category: r.category, reason: r.note, text: removedText(nodes) });
    for (const n of nodes) detach(n);
  }
}

/** Text left outside the found blocks for a box to count as made of them (a heading, a teaser). */
const SIDEBAR_REST = 400;

/**
 * A box (a sidebar, a footer column) made mostly of the blocks found, with only a short rest and
 * no paragraph of prose, goes whole: taking out its link lists alone would leave its teasers for
 * Readability to take as part of the article.
 */
function widenToSidebars(found: Found[], stats: Map<Element, Stats>, root: Element): void {
  const inside = new Map<Element, number>();
  for (const { nodes } of found) {
    for (const n of nodes) {
      const t = stats.get(n)?.text ?? 0;
      for (let a = parentElementOf(n); a && a !== root; a = parentElementOf(a)) inside.set(a, (inside.get(a) ?? 0) + t);
    }
  }
  for (const f of found) {
    let box: Element | null = null;
    for (let a = parentElementOf(f.nodes[0]!); a && a !== root && !PROTECTED_TAGS.has(tagOf(a)); a = parentElementOf(a)) {
      const s = stats.get(a);
      if (!s || s.loose > 200 || s.text - (inside.get(a) ?? 0) > SIDEBAR_REST || (inside.get(a) ?? 0) < 0.6 * s.text) break;
      box = a;
    }
    // Only a box that holds them all: teaser cards can run on through another wrapper.
    if (box && f.nodes.every((n) => containsNode(box, n))) f.nodes = [box];
  }
  // Boxes inside another found box are part of it.
  const tops = found.filter((f) => !found.some((g) => g !== f && g.nodes[0] !== f.nodes[0] && g.nodes.some((n) => containsNode(n, f.nodes[0]!))));
  const seen = new Set<Element>();
  found.length = 0;
  for (const f of tops) {
    if (seen.has(f.nodes[0]!)) continue;
    seen.add(f.nodes[0]!);
    found.push(f);
  }
}

/** A block of links holding this share of the article's text is the article. */
const LISTING_SHARE = 0.5;

/**
 * On a listing page (a topic page, a catalogue) Readability's article is the list of headline
 * cards itself, each card one link: that list is the content, not a related block beside it, and
 * taking it out left the reader nothing. Only blocks of links (not credits or sign-up boxes) are
 * kept. Blocks under one parent are weighed together: a list split under headings (A, B, C… of a
 * list of languages) is one listing, though no part of it is half the article.
 */
function keepListing(found: Found[], stats: Map<Element, Stats>, total: number): void {
  const groupOf = (f: Found): Element | null => parentElementOf(f.nodes.at(-1)!);
  const size = (f: Found): number => f.nodes.reduce((n, el) => n + (stats.get(el)?.text ?? 0), 0);
  const links = found.filter((f) => /^(?:link|tag|teaser)-/.test(f.rule.detector));
  const sizes = new Map<Element | null, number>();
  for (const f of links) sizes.set(groupOf(f), (sizes.get(groupOf(f)) ?? 0) + size(f));
  for (const f of links) if (sizes.get(groupOf(f))! >= total * LISTING_SHARE) found.splice(found.indexOf(f), 1);
}

function isOrphanCandidate(el: Element): boolean {
  return /^(?:H[2-6]|P|DIV|STRONG|B)$/.test(tagOf(el));
}

function classify(el: Element, s: Stats, afterProse: boolean, notes: Footnotes): { name: DetectorName; author?: string | null } | null {
  if (s.text > 0 && s.text <= 400 && s.link * 2 < s.text) {
    const credits = creditsOf(el);
    if (credits) return { name: 'credit-block', author: authorOf(credits) };
    // A photo credit or copyright line alone in its block ("©MGM"): in the article only, so the
    // in-page tidy leaves a site's own footer alone.
    if (s.text <= 60 && s.link === 0 && /^(?:P|DIV|SPAN|SMALL|FIGCAPTION)$/.test(tagOf(el)) &&
      /^(?:©|\(c\))\s*\S/i.test(normaliseText(textOf(el)))) return { name: 'credit-block' };
    const line = !afterProse && /^(?:P|DIV|SPAN)$/.test(tagOf(el)) ? bylineLineOf(el) : null;
    if (line) return { name: 'credit-block', author: line.name };
  }
  if (isContentsList(el, s)) return { name: 'contents-list' };
  if (isTagList(el, s)) return { name: 'tag-list' };
  // The article's own notes, which its prose points at, are not related links.
  if (isLinkBlock(el, s) && !holdsFootnote(el, notes)) return { name: 'link-block' };
  return null;
}

/**
 * The teaser cards from `first` to the end of the article, when there are three or more and
 * nothing outside them after `first` is a paragraph of prose: a roundup whose sections open with
 * links to the site's own reviews keeps them, as its prose goes on after them (or they are most of
 * the article, see keepListing), and so do the rows of a listing.
 */
function teaserTail(first: Element, stats: Map<Element, Stats>, root: Element): Element[] | null {
  // Cards that are items of a list are a listing's (readability's nytimes-5), not an article's tail.
  for (let a: Element | null = first; a && a !== root; a = parentElementOf(a)) if (tagOf(a) === 'LI') return null;
  const cards: Element[] = [];
  for (let n: Node | null = first; n; ) {
    const s = nodeTypeOf(n) === ELEMENT_NODE ? stats.get(n as Element) : undefined;
    if (s && isTeaserCard(n as Element, s, stats)) {
      cards.push(n as Element);
      n = nextOutside(n, root);
      continue;
    }
    if (s && s.loose >= 150 && /^(?:P|LI|BLOCKQUOTE|DD|TD)$/.test(tagOf(n as Element))) return null;
    n = firstChildOf(n) ?? nextOutside(n, root);
  }
  if (cards.length < 3) return null;
  // A card with a sibling of its tag that has a card's shape but no headline link is a row of a
  // listing (a trending page's repositories, some named too short for a headline): the rows stay,
  // all of them. Readability has dropped class names, so the tag and the shape are the kind.
  const set = new Set(cards);
  for (const c of cards) {
    for (let k = firstElementOf(parentElementOf(c)!); k; k = nextElementOf(k)) if (!set.has(k) && tagOf(k) === tagOf(c) && isCardShaped(k, stats)) return null;
  }
  return cards;
}

/** Runs of two or more sibling link lines among `el`'s children (or one, for a label to claim). */
function linkRuns(el: Element, stats: Map<Element, Stats>): Element[][] {
  const runs: Element[][] = [];
  let run: Element[] = [];
  for (let c = firstElementOf(el); c; c = nextElementOf(c)) {
    const s = stats.get(c);
    if (s && isLinkBlock(c, s)) {
      // A block of links of its own is found by the walk, with its label.
      if (run.length) runs.push(run);
      run = [];
    } else if (s && isLinkLine(c, s) && !/^(?:A|SPAN|B|STRONG|EM|I)$/.test(tagOf(c))) {
      run.push(c);
    } else if (!(tagOf(c) === 'BR' || (s && s.text === 0 && s.media === 0))) {
      if (run.length) runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}
