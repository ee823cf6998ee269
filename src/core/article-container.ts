/**
 * Readability picks the best-scored block, and on a page whose article is many small blocks
 * (a block builder's rows, a comparison chart between sections of prose, a paragraph per
 * wrapper) that block can be a fifth of the article. When the page marks the article itself
 * (`<article>`, `itemprop="articleBody"`) around what Readability found, and that holds clearly
 * more text, mostly not links and with no form to fill in (a comment box), the article is that
 * element. This finds it in the input document (read only).
 */
import { arrayOf, linkTextLength, normaliseText } from './dom-text.ts';
import { attrOf, byTagOf, detach, localNameOf, ownerDocumentOf, parentElementOf, textOf } from './safe-dom.ts';

/**
 * Readability's text must be under this share of the article's for the article to replace it.
 * The article's text is the input's, inserts and all, which the rules take out of Readability's:
 * at two thirds an ordinary news page with a few inserts came out with its title and byline.
 */
const MAX_SHARE = 0.4;
/** The article must be mostly text, not a list of links. */
const MAX_LINK_DENSITY = 0.2;

/**
 * The `<article>` or `[itemprop=articleBody]` around `start` (the source of Readability's first
 * paragraph) when it holds clearly more than Readability's `foundLength` characters; else null.
 */
export function articleContainer(start: Element, foundLength: number): Element | null {
  const body = ownerDocumentOf(start)?.body;
  for (let el = parentElementOf(start); el && el !== body; el = parentElementOf(el)) {
    if (localNameOf(el) !== 'article' && attrOf(el, 'itemprop') !== 'articleBody') continue;
    const length = normaliseText(textOf(el)).length;
    if (foundLength > length * MAX_SHARE) return null;
    if (linkTextLength(el) > length * MAX_LINK_DENSITY || holdsForm(el)) return null;
    return el;
  }
  return null;
}

/**
 * Takes the heading that repeats `title` out of `root` (a copy from the input): the reader shows
 * the title on its own, as Readability drops such a heading from its article.
 */
export function dropTitleHeading(root: Element, title: string | null | undefined): void {
  const wanted = normaliseText(title ?? '');
  const heading = wanted ? arrayOf(byTagOf(root, 'h1')).find((h) => normaliseText(textOf(h)) === wanted) : null;
  if (heading) detach(heading);
}

function holdsForm(el: Element): boolean {
  return byTagOf(el, 'textarea').length > 0 || byTagOf(el, 'form').length > 0;
}
