/**
 * Copies of one block. A page that ships a block once per screen size (the article or a box in a
 * desktop and a mobile copy, all but one hidden by a class its stylesheet applies) hands every
 * copy to the reader: wcxb-dev 0355 gave its article three times. A division whose text (150
 * characters or more) is that of an earlier sibling is such a copy. A repeated paragraph or item
 * stays: an article may repeat a sentence, or two products a feature.
 */
import { normaliseText } from '../dom-text.ts';
import { parentOf, tagOf, textOf } from '../safe-dom.ts';
import type { Stats } from './link-stats.ts';

const COPY_TAGS = /^(DIV|SECTION|ASIDE)$/;
const MIN_CHARS = 150;

/** Siblings of one parent with one text length: the first, and their texts once two are seen. */
interface SameLength {
  first: Element;
  texts: Set<string> | null;
}

/**
 * The later copies among the divisions under the measured root. `stats` lists children before
 * their parent and siblings in order, so what was seen under an element's parent is its earlier
 * siblings. One pass, however many siblings a parent has: a text is read only when two siblings
 * have the same length, and once.
 */
export function repeatedBlocks(stats: Map<Element, Stats>): Element[] {
  const copies: Element[] = [];
  const seen = new Map<Node | null, Map<number, SameLength>>();
  const textAt = (el: Element): string => normaliseText(textOf(el));
  for (const [el, s] of stats) {
    if (s.text < MIN_CHARS) continue;
    const parent = parentOf(el);
    let byLength = seen.get(parent);
    if (!byLength) seen.set(parent, (byLength = new Map()));
    const same = byLength.get(s.text);
    if (!same) {
      byLength.set(s.text, { first: el, texts: null });
      continue;
    }
    same.texts ??= new Set([textAt(same.first)]);
    const text = textAt(el);
    if (same.texts.has(text)) {
      if (COPY_TAGS.test(tagOf(el))) copies.push(el);
    } else same.texts.add(text);
  }
  return copies;
}
