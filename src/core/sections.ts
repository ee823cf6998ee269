/**
 * Readability scores paragraphs into their parent and grandparent, so an article split into
 * sibling sections (`div.sect1` on an Asciidoctor blog, `div.et_pb_row` on a Divi page, one
 * `div.benefit-item` per heading) gives each section its own score, and Readability keeps the
 * best one alone: the reader gets one chapter of five. When the text Readability returned sits in
 * one of several same-kind sibling sections that all hold prose, the article is the run of those
 * sections. This finds that run in the input document (read only).
 */
import { linkTextLength, arrayOf, normaliseText, textLength } from './dom-text.ts';
import { ELEMENT_NODE, attrOf, byTagOf, childrenOf, detach, hasAttrOf, idOf, localNameOf, nodeTypeOf, ownerDocumentOf, parentElementOf, textOf } from './safe-dom.ts';

/** Readability's text must be under this share of the run for the run to replace it. */
const MAX_SHARE = 0.67;
/**
 * A member of a run is prose, not a list of cards or links: at most this share of its text is
 * link text. A chapter of a report that cites its sources and patches runs to a third (wcxb-dev
 * 0389, 0341); lists of links and cards are past two thirds.
 */
const MAX_LINK_DENSITY = 0.55;
/** A section under this share of the chosen one's text is a strip beside the article. */
const MIN_SHARE_OF_CHOSEN = 0.2;
/** A paragraph this long is prose (prose-containers.ts counts prose the same way). */
export const MIN_PARAGRAPH_CHARS = 80;
const THREAD = /comment|reply|replies|review|related|sidebar|footer/i;
/** Tags whose siblings are sections of one kind even with no class. */
const UNNAMED_SECTIONS = new Set(['li', 'section']);
/** How far up from the paragraph to look for the section: a page builder's row holds its text eight wrappers deep (wcxb-dev 4255). */
const MAX_DEPTH = 9;
/**
 * From this depth up, siblings are as often the page's own blocks (a product page's panels, a
 * shop's sections) as the article's: there the run must hold three times Readability's text, a
 * failed extraction rather than a good one beside the page's other blocks (wcxb-dev 2985, 0029).
 */
const DEEP = 8;
const DEEP_SHARE = 1 / 3;

/**
 * The paragraph of the input document that Readability's first long paragraph was cloned from.
 * @param found Readability's article, made of nodes of the extraction clone.
 * @param cloned the clone's paragraphs, listed before anything changed it (so in the input's order).
 * @param doc the input document.
 */
export function sourceParagraph(found: Node, cloned: readonly Element[], doc: Document): Element | null {
  const first = firstParagraph(found);
  if (!first) return null;
  const i = cloned.indexOf(first);
  if (i >= 0) return doc.getElementsByTagName('p')[i] ?? null;
  // Readability's retries re-parse the clone's body from HTML, so its nodes are new: find the
  // paragraph by its text.
  const text = normaliseText(textOf(first));
  for (const p of arrayOf(doc.getElementsByTagName('p'))) {
    if (normaliseText(textOf(p)) === text) return p;
  }
  return null;
}

/**
 * The sibling sections around `start` (the source of Readability's first paragraph), in
 * document order, when they hold clearly more prose than Readability's `foundLength` characters;
 * else null.
 */
export function sectionRun(start: Element, foundLength: number): Element[] | null {
  const body = ownerDocumentOf(start)?.body;
  let el = parentElementOf(start);
  for (let depth = 0; el && el !== body && depth < MAX_DEPTH; depth++, el = parentElementOf(el)) {
    const kin = sameKindSiblings(el);
    if (kin.length < 2) continue;
    // No run of these can hold enough text when even their parent does not (raw text, plus the
    // spaces between members, bounds a run's text): skip the costlier look at each member.
    const parent = parentElementOf(el);
    if (foundLength > ((parent ? textOf(parent).length : 0) + kin.length) * MAX_SHARE) continue;
    const run = articleSections(el, kin);
    if (run.length < 2) continue;
    const text = normaliseText(run.map(textOf).join(' '));
    // A run no longer than what Readability found is inside it (paragraph wrappers): look higher.
    if (foundLength > text.length * (depth < DEEP ? MAX_SHARE : DEEP_SHARE)) continue;
    return run;
  }
  return null;
}

/**
 * The members of `run` that read as parts of the article `chosen` belongs to: prose, not a list of
 * links, not comments or related links by name, no form (sign-up and contact boxes), and not tiny beside `chosen` (a "Related" strip).
 */
function articleSections(chosen: Element, run: Element[]): Element[] {
  if (run.length < 2) return [];
  const min = textLength(chosen) * MIN_SHARE_OF_CHOSEN;
  return run.filter((s) => {
    // Cheapest test first.
    if (THREAD.test(`${attrOf(s, 'class') ?? ''} ${idOf(s)}`)) return false;
    const size = textLength(s);
    return (s === chosen || (size >= min && !isAccordion(s))) && holdsProse(s) && linkTextLength(s) <= size * MAX_LINK_DENSITY && !holdsControl(s);
  });
}

/**
 * The first paragraph of some length in the article, not one that holds paragraphs: Readability
 * turns a wrapper of phrasing content into a `<p>` (HubSpot's `span.hs_cos_wrapper` of a rich-text
 * module, its heading and paragraphs in it), which the input does not have.
 */
function firstParagraph(found: Node): Element | null {
  const root = found as Element;
  for (const p of nodeTypeOf(root) === ELEMENT_NODE ? arrayOf(byTagOf(root, 'p')) : []) {
    if (isLongParagraph(p) && !byTagOf(p, 'p').length) return p;
  }
  return null;
}

/**
 * `el` and its siblings of the same kind: the same tag and a class in common (page builders vary
 * the first: `so-panel widget` beside `widget_text so-panel`), when `el` has a class at all. A
 * list item or a `<section>` needs no class: the items of an `<ol>` of twenty reviewed cars, each
 * with its paragraphs, are parts of one article.
 */
function sameKindSiblings(el: Element): Element[] {
  const name = attrOf(el, 'class') ?? '';
  const tag = localNameOf(el);
  const classes = new Set(name.split(/\s+/).filter(Boolean));
  if ((!classes.size && !UNNAMED_SECTIONS.has(tag)) || THREAD.test(name)) return [];
  const parent = parentElementOf(el);
  const kin = (s: Element): boolean => {
    if (localNameOf(s) !== tag) return false;
    const other = (attrOf(s, 'class') ?? '').split(/\s+/).filter(Boolean);
    // Any class in common. Asking for half the classes of the shorter name also made an
    // unclassed sibling kin (half of none), and took a page's sign-up and testimonial sections
    // into two articles (wcxb-dev 0228, 4413): over all of wcxb-dev that cost more than it saved.
    return classes.size ? other.some((c) => classes.has(c)) : !other.length;
  };
  return parent ? arrayOf(childrenOf(parent)).filter(kin) : [];
}

/**
 * Whether `section` holds a form control a reader would fill in (`input:not([type="hidden"]),
 * textarea, select`), found by tag: jsdom's selector engine costs several times more.
 */
function holdsControl(section: Element): boolean {
  if (byTagOf(section, 'textarea').length || byTagOf(section, 'select').length) return true;
  return arrayOf(byTagOf(section, 'input')).some((input) => attrOf(input, 'type')?.toLowerCase() !== 'hidden');
}

/**
 * A section of folded questions and answers (a site's FAQ under a blog post, wcxb-dev 0342): five
 * toggles or more (`summary`, `role="button"`, `aria-expanded`). A service page's short folded
 * section of facts about its subject (four toggles, wcxb-dev 0302) is its content and stays. The
 * chosen section is never one. A fold's toggle names what it folds: an icon button with no text
 * (a comment's menu under each answer of a forum thread, wcxb-dev 4310) folds no section.
 */
function isAccordion(section: Element): boolean {
  return byTagOf(section, 'summary').length + arrayOf(byTagOf(section, '*')).filter((e) => (hasAttrOf(e, 'aria-expanded') || attrOf(e, 'role') === 'button') && textLength(e)).length >= 5;
}

/** A long paragraph, or a table cell of a paragraph's length: a comparison chart's sentences are the article's (wcxb-dev 4255). */
function holdsProse(section: Element): boolean {
  return arrayOf(byTagOf(section, 'p')).some(isLongParagraph) || arrayOf(byTagOf(section, 'td')).some(isLongParagraph);
}

function isLongParagraph(p: Element): boolean {
  return textLength(p) >= MIN_PARAGRAPH_CHARS;
}

/**
 * Takes the heading that repeats `title` out of `root` (a run copied from the input): the reader
 * shows the title on its own, as Readability drops such a heading from its article.
 */
export function dropTitleHeading(root: Element, title: string | null | undefined): void {
  const wanted = normaliseText(title ?? '');
  const heading = wanted ? arrayOf(byTagOf(root, 'h1')).find((h) => normaliseText(textOf(h)) === wanted) : null;
  if (heading) detach(heading);
}
