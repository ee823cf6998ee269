/**
 * Reshape rules (see `ReshapeRule`): structural fixes applied to the extraction clone before
 * Readability. They change no text; they put an article's parts where Readability will find them.
 */
import { arrayOf } from './dom-text.ts';
import type { ReshapeRule } from './rules/types.ts';
import { indexSelectors, ruleForElement } from './selector-index.ts';
import { attrOf, byTagOf, firstChildOf, insertBeforeOf, parentOf, removeAttrOf, removeChildOf, setAttrOf } from './safe-dom.ts';

/**
 * Applies `rules` to `root` (a clone: this mutates), in order, each to what the ones before it
 * left. Returns the ids of the rules that applied; a selector this DOM cannot parse matches nothing.
 *
 * The elements are listed once for all rules, and each rule looks them up through the selector
 * index: one `querySelectorAll` per rule cost jsdom 3-77 ms on a big page, the listing 1-12 ms.
 * Unwrapping removes the wrapper and keeps the order of everything else, so the list, less the
 * wrappers taken out, stays the elements under `root` in document order.
 */
export function applyReshapes(root: Element, rules: ReshapeRule[]): string[] {
  const fired: string[] = [];
  let elements = rules.length ? arrayOf(byTagOf(root, '*')) : [];
  for (const rule of rules) {
    const index = indexSelectors([rule]);
    const found = elements.filter((el) => ruleForElement(el, index));
    if (!found.length) continue;
    fired.push(rule.id);
    for (const el of found) {
      if (rule.action === 'reveal') reveal(el);
      else unwrap(el);
    }
    if (rule.action === 'unwrap') {
      const gone = new Set(found);
      elements = elements.filter((el) => !gone.has(el));
    }
  }
  return fired;
}

function reveal(el: Element): void {
  removeAttrOf(el, 'hidden');
  const style = attrOf(el, 'style');
  if (style) setAttrOf(el, 'style', style.replace(/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?=;|$)/gi, ''));
}

function unwrap(el: Element): void {
  const parent = parentOf(el);
  if (!parent) return;
  for (let c = firstChildOf(el); c; c = firstChildOf(el)) insertBeforeOf(parent, c, el);
  removeChildOf(parent, el);
}
