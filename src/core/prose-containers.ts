/**
 * Readability drops, on its first pass, any element whose class or id sounds like page furniture
 * ("sidebar", "header", "banner"…). Some layout wrappers carry that word only as a description of
 * the page around them: `article.full-width-template-with-sidebar` (a Gatsby blog),
 * `div.responsive_page_frame.with_header` (every Steam store page), `div.has-banner.page`. When
 * such a wrapper holds most of the page's paragraph text, dropping it throws the article away and
 * Readability settles for a disclosure box or a cookie notice; it retries without the filter only
 * when what it found is under 500 characters. This takes the misleading name off such wrappers on
 * the extraction clone. A name that is the furniture itself ("footer", "sidebar-left") stays: on
 * real pages those hold long footers and link sidebars as often as articles.
 *
 * Formulae too: MathJax wraps each one in `mjx-container.MathJax.CtxtMenu_Attached_0` (its context
 * menu), and "Menu" made Readability drop every formula of a page, leaving "there are two
 * solutions to and they are". A wrapper whose whole text is one MathML formula is the article's,
 * whatever its name says.
 *
 * And layout vocabulary: Readability weighs a class or id down for "widget", "media" or "hidden",
 * and at the end deletes every `<div>` so weighed from the article, prose and all. Page builders
 * name every block a widget (HubSpot's `widget-span` and `hs_cos_wrapper_widget` around each
 * rich-text module, CKEditor's `ck-widget` grids, `c-product-widget` cards of a buying guide), and
 * the reader lost all but one section, or every plant of a list of twelve. A wrapper of prose
 * loses such a word when it is the only clutter its name names (`comment-widget` keeps it).
 *
 * And runs of a paragraph's own text: an element inside a long paragraph is never furniture,
 * whatever its class says (see `keepParagraphText`).
 *
 * And settings for a block's parts: `pane-header-alignment-left` says how an accordion aligns its
 * pane headers, and "header" in it made Readability drop the accordion, panes and all.
 */
import { Readability } from '@mozilla/readability';
import { arrayOf, normaliseText } from './dom-text.ts';
import { attrOf, byTagOf, childrenOf, idOf, localNameOf, parentElementOf, parentOf, queryAllOf, removeAttrOf, setAttrOf, tagOf, textOf } from './safe-dom.ts';
import { MIN_PARAGRAPH_CHARS } from './sections.ts';

interface ReadabilityPatterns {
  unlikelyCandidates: RegExp;
  okMaybeItsACandidate: RegExp;
  negative: RegExp;
}

/** Readability's own patterns, so the test here is the one it applies (the readerable check uses them too). */
export const READABILITY_PATTERNS = (Readability.prototype as unknown as { REGEXPS: ReadabilityPatterns }).REGEXPS;
/** Layout modifiers: "with-sidebar", "with_header", "has-banner", "no-sidebar". */
const MODIFIER = /(?:^|[\s_-])(?:with|has|no|without)[-_][a-z0-9]+/gi;
const HAS_MODIFIER = /(?:with|has|no)[-_]/i;
/** Below this much paragraph text the page has no article worth the check. */
const MIN_PROSE = 500;
/** Layout words in a name that Readability's `negative` pattern takes for clutter. */
const LAYOUT_WORD = /widget|media-(?:body|object|content|heading|left|right)|overflow-hidden|hidden-(?:xs|sm|md|lg|xl)/gi;
/** Long paragraphs a footer-named wrapper holds to be taken for the article's. */
const FOOTER_PROSE = 2000;
/** A wrapper holds prose when its long paragraphs add up to this much. */
const MIN_WRAPPED_PROSE = 400;

/** Renames misleading wrappers in `body` (a clone: this mutates). Returns how many it renamed. */
export function keepProseContainers(body: Element): number {
  let renamed = keepFormulae(body);
  const { held, total, prose } = paragraphHolders(body);
  // Judged before any is renamed: a renamed wrapper would change its children's holder.
  const amid = [...prose].filter(([el, length]) => length >= MIN_WRAPPED_PROSE && amidPlainProse(el as Element));
  for (const [el] of amid) if (dropLayoutWords(el as Element)) renamed++;
  dropPartSettings(body);
  for (const el of total < MIN_PROSE ? [] : [...held].filter(([, length]) => length * 2 >= total).map(([n]) => n as Element)) {
    if (dropStateModifiers(el)) renamed++;
    const name = nameOf(el);
    // A "footer" that holds two thirds of the page's text, most of it long paragraphs, is the article's own part under the page's intro (wcxb-dev 4340).
    // (No long paragraph: no entry in `prose`, and undefined >= n is false.)
    const footer = /footer/i.test(name) && held.get(el)! * 3 >= total * 2 && prose.get(el)! >= FOOTER_PROSE;
    if (!HAS_MODIFIER.test(name) && !footer) continue;
    if (!READABILITY_PATTERNS.unlikelyCandidates.test(name) || READABILITY_PATTERNS.okMaybeItsACandidate.test(name)) continue;
    if (!footer && READABILITY_PATTERNS.unlikelyCandidates.test(name.replace(MODIFIER, ' '))) continue;
    removeAttrOf(el, 'class');
    removeAttrOf(el, 'id');
    renamed++;
  }
  return renamed;
}

/**
 * The paragraph text each ancestor of a paragraph under `body` holds (`held`, of `total`), and
 * the text of its long paragraphs (`prose`). Climbing from each paragraph finds them without
 * visiting the rest of the page (a walk over every element cost jsdom three times as much). The
 * holders of at least half of `total` share a paragraph, so they form one chain of ancestors.
 */
function paragraphHolders(body: Element): { held: Map<Node, number>; total: number; prose: Map<Node, number> } {
  const held = new Map<Node, number>();
  const prose = new Map<Node, number>();
  let total = 0;
  for (const p of arrayOf(byTagOf(body, 'p'))) {
    const length = textOf(p).length;
    if (!length) continue;
    total += length;
    const long = length >= MIN_PARAGRAPH_CHARS;
    if (long) keepParagraphText(p, length);
    for (let n: Node | null = p; n && n !== body; n = parentOf(n)) {
      held.set(n, (held.get(n) ?? 0) + length);
      if (long) prose.set(n, (prose.get(n) ?? 0) + length);
    }
  }
  return { held, total, prose };
}

/**
 * Whether `el` stands among plain prose: the nearest ancestor that Readability does not weigh
 * down has long paragraphs of its own, as children. There Readability takes those paragraphs for
 * the article and deletes the widgets among them. Where every block is a widget (an Elementor
 * page), their names cancel out in its scores, and renaming some of them (a column of post
 * excerpts among them) would change which one it picks.
 */
function amidPlainProse(el: Element): boolean {
  let holder = parentElementOf(el);
  while (holder && weighedDown(holder)) holder = parentElementOf(holder);
  return !!holder && arrayOf(childrenOf(holder)).some((c) => localNameOf(c) === 'p' && textOf(c).length >= MIN_PARAGRAPH_CHARS);
}

const weighedDown = (el: Element): boolean => READABILITY_PATTERNS.negative.test(nameOf(el));

/**
 * Takes the layout words off `el`'s class and id when they are all that makes Readability weigh
 * it down; true when it did. A name that names clutter once they are gone (`related-widget`,
 * `sidebar-widget`) leaves the element as it is.
 */
function dropLayoutWords(el: Element): boolean {
  const name = nameOf(el);
  const rest = name.replace(LAYOUT_WORD, ' ');
  if (rest === name || READABILITY_PATTERNS.negative.test(rest) || READABILITY_PATTERNS.unlikelyCandidates.test(rest)) return false;
  setAttrOf(el, 'class', (attrOf(el, 'class') ?? '').replace(LAYOUT_WORD, ''));
  if (idOf(el).replace(LAYOUT_WORD, ' ') !== idOf(el)) removeAttrOf(el, 'id');
  return true;
}

/** A setting for a part of a block: `kt-pane-header-alignment-left` aligns the pane's headers. */
const PART_SETTING = /\S*[-_]align\S*/gi;

/**
 * Takes off `el`'s class the settings for its parts, when only they make Readability drop it as
 * furniture and it holds a block of text amid plain prose: an accordion of a buyer's guide,
 * `kt-pane-header-alignment-left`, lost every pane of pricing and features (wcxb-dev 4253).
 */
function dropPartSettings(body: Element): void {
  for (const el of arrayOf(queryAllOf(body, '[class*=align]'))) {
    if (!unlikely(el) || READABILITY_PATTERNS.unlikelyCandidates.test(nameOf(el).replace(PART_SETTING, ' ')) || textOf(el).length < MIN_WRAPPED_PROSE) continue;
    // Judged from the outermost wrapper that holds it alone (a block's own `div` around it).
    let box = el;
    for (let up = parentElementOf(el); up && childrenOf(up).length === 1; up = parentElementOf(up)) box = up;
    if (!amidPlainProse(box)) continue;
    // The selector found it by its class.
    setAttrOf(el, 'class', attrOf(el, 'class')!.replace(PART_SETTING, ' '));
  }
}

/**
 * Takes a furniture-sounding name off an element inside a long paragraph that holds most of its
 * text: `<p><span class="contextmenu Quotation">…</span></p>` (a CMS's right-click menu hook on a
 * highlighted sentence) matched "menu", and Readability emptied the paragraph. Inside a
 * paragraph an element is a run of its text, never page furniture. A link Readability spares
 * anyway.
 */
function keepParagraphText(p: Element, length: number): void {
  // The name first: it rules out nearly every element, and reading text is the costly test.
  for (const el of arrayOf(byTagOf(p, '*'))) {
    if (tagOf(el) !== 'A' && unlikely(el) && textOf(el).length * 2 >= length) {
      removeAttrOf(el, 'class');
      removeAttrOf(el, 'id');
    }
  }
}

/** A BEM modifier on a class: the block's state or variant (`node--promoted`, `card--sticky`). */
const STATE_MODIFIER = /\b[\w-]*[a-z0-9]--[\w-]+/gi;

/**
 * Takes BEM modifiers off the class of `el`, a wrapper of most of the page's prose, when only they
 * make Readability weigh it down: Drupal marks a node shown on the front page `node--promoted`,
 * and "promo" in it made Readability delete a recipe's steps, the whole node with them.
 */
function dropStateModifiers(el: Element): boolean {
  const className = attrOf(el, 'class') ?? '';
  const rest = className.replace(STATE_MODIFIER, ' ');
  if (rest === className || !weighedDown(el) || READABILITY_PATTERNS.negative.test(`${rest} ${idOf(el)}`)) return false;
  setAttrOf(el, 'class', rest);
  return true;
}

const nameOf = (el: Element): string => `${attrOf(el, 'class') ?? ''} ${idOf(el)}`;

/** Text a formula's wrapper may hold beside the formula's own (a comma, a label "(1)"). */
const FORMULA_SLACK = 8;

/** True when Readability would drop an element of this class and id as page furniture. */
function unlikely(el: Element): boolean {
  const name = nameOf(el);
  return READABILITY_PATTERNS.unlikelyCandidates.test(name) && !READABILITY_PATTERNS.okMaybeItsACandidate.test(name);
}

/** Takes a furniture-sounding name off the wrappers of each MathML formula under `body`. */
function keepFormulae(body: Element): number {
  let renamed = 0;
  for (const math of arrayOf(byTagOf(body, 'math'))) {
    const own = normaliseText(textOf(math)).length;
    if (!own) continue;
    for (let el = parentElementOf(math); el && el !== body; el = parentElementOf(el)) {
      if (normaliseText(textOf(el)).length > own + FORMULA_SLACK) break;
      if (!unlikely(el)) continue;
      removeAttrOf(el, 'class');
      removeAttrOf(el, 'id');
      renamed++;
    }
  }
  return renamed;
}
