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

/**
 * The later copies among the divisions under the measured root. `stats` lists children before
 * their parent and siblings in order, so what was seen under an element's parent is its earlier
 * siblings: by text length, the first one, then the set of their texts once two share a length.
 * One pass however many siblings a parent has, and each text read at most once.
 */
export function repeatedBlocks(stats: Map<Element, Stats>): Element[] {
  const copies: Element[] = [];
  const seen = new Map<Node | null, Map<number, Element | Set<string>>>();
  const textAt = (el: Element): string => normaliseText(textOf(el));
  for (const [el, s] of stats) {
    if (s.text < MIN_CHARS) continue;
    const parent = parentOf(el);
    const byLength = seen.get(parent) ?? new Map<number, Element | Set<string>>();
    seen.set(parent, byLength);
    const same = byLength.get(s.text);
    if (!same) {
      byLength.set(s.text, el);
      continue;
    }
    const texts = same instanceof Set ? same : new Set([textAt(same)]);
    byLength.set(s.text, texts);
    const text = textAt(el);
    if (!texts.has(text)) texts.add(text);
    else if (COPY_TAGS.test(tagOf(el))) copies.push(el);
  }
  return copies;
}
