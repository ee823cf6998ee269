/**
 * Template filler left on a published page: "Lorem ipsum dolor sit amet…" paragraphs and
 * "Lorem ipsum 1" list items in blocks the editor never filled (wcxb-dev 0285). Never the
 * article, in any language, and taken from the page before Readability, whose choice their prose
 * would sway.
 */
import { arrayOf } from '../dom-text.ts';
import { queryAllOf, textOf } from '../safe-dom.ts';

const FILLER = /^\s*lorem ipsum\b/i;

/** The paragraphs and list items under `root` that are filler. */
export function placeholderBlocks(root: Element): Element[] {
  return arrayOf(queryAllOf(root, 'p,li')).filter((el) => FILLER.test(textOf(el)));
}
