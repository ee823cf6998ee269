/**
 * Copies of one block. A page that ships a block once per screen size (the article or a box in a
 * desktop and a mobile copy, all but one hidden by a class its stylesheet applies) hands every
 * copy to the reader: wcxb-dev 0355 gave its article three times. A division whose text (150
 * characters or more) is that of an earlier sibling is such a copy. A repeated paragraph or item
 * stays: an article may repeat a sentence, or two products a feature.
 */
import { normaliseText } from '../dom-text.ts';
import { previousElementOf, tagOf, textOf } from '../safe-dom.ts';
import type { Stats } from './link-stats.ts';

/** The later copies among the divisions under the measured root. */
export function repeatedBlocks(stats: Map<Element, Stats>): Element[] {
  const copies: Element[] = [];
  for (const [el, s] of stats) {
    if (s.text < 150 || !/^(DIV|SECTION|ASIDE)$/.test(tagOf(el))) continue;
    for (let p = previousElementOf(el); p; p = previousElementOf(p)) {
      if (stats.get(p)?.text === s.text && normaliseText(textOf(p)) === normaliseText(textOf(el))) {
        copies.push(el);
        break;
      }
    }
  }
  return copies;
}
