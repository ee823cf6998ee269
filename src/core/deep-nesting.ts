/**
 * Nesting beyond any real layout (issue 18): a 22 KB page of 2,000 nested `<div>`s took
 * Readability minutes of CPU (its `_cleanConditionally` and ancestor reads cost per level, per
 * element), and 20,000 levels overflowed the stack. Real pages stay far shallower (the deepest of
 * 304 pages of our corpora, wcxb-dev included, is 46 levels); past `MAX_DEPTH`, elements on the extraction clone are dissolved (their text and leaf elements
 * stay, in order, at the last kept level), and the pipeline reports it as a removal by `DEEP_NESTING_RULE`.
 */
import type { Removal } from './types.ts';
import {
  ELEMENT_NODE, TEXT_NODE, appendChildOf, firstChildOf, firstElementOf, nextElementOf, nextSiblingOf, nodeTypeOf, nodeValueOf, ownerDocumentOf,
  parentElementOf, parentOf, replaceChildrenOf,
} from './safe-dom.ts';

/**
 * Element depth under the root that is kept. Under the sanitiser's 200, so that what the
 * flattening keeps (paragraphs, images) survives it; Readability's cost grows with the square of
 * the depth, and 256 levels still cost it a second in jsdom.
 */
export const MAX_DEPTH = 128;
/** The step budget: elements (or, in a dissolved subtree, nodes) visited; the rest of a bigger tree is left as it is. */
const MAX_STEPS = 2_000_000;

/** The rule the pipeline reports the flattening under (not a table rule: it matches structure). */
export const DEEP_NESTING_RULE = {
  id: 'guard-deep-nesting',
  category: 'structure',
  note: `Nesting deeper than ${MAX_DEPTH} levels flattened before extraction (its text is kept)`,
} as const satisfies Pick<Removal, 'category'> & { id: string; note: string };

/**
 * Flattens everything deeper than `maxDepth` under `root` (a clone: this mutates). At the last
 * kept level, each child that nests further is replaced by what it holds, in order: its text,
 * and its leaf elements (a `<p>` or `<img>` with no element inside) whole. Returns how many
 * elements were dissolved. A walk of its own: the tree may be too deep for any recursion.
 */
export function flattenDeepNesting(root: Element, maxDepth = MAX_DEPTH): number {
  let dissolved = 0;
  let depth = 0;
  let steps = MAX_STEPS;
  // Elements only: text never nests, so leaving it out changes no element's depth, and the walk
  // takes about half the steps (the pipeline runs it over every page).
  let el: Element | null = firstElementOf(root);
  while (el && steps-- > 0) {
    let first = firstElementOf(el);
    if (first && depth === maxDepth - 1) {
      dissolved += flattenChildren(el);
      first = null;
    }
    if (first) {
      depth++;
      el = first;
      continue;
    }
    let next: Element | null = null;
    for (let up: Element | null = el; up && up !== root && !next; up = parentElementOf(up)) {
      next = nextElementOf(up);
      if (!next) depth--;
    }
    el = next;
  }
  return dissolved;
}

/** Whether `node` holds no element. */
function isLeaf(node: Node): boolean {
  for (let c = firstChildOf(node); c; c = nextSiblingOf(c)) if (nodeTypeOf(c) === ELEMENT_NODE) return false;
  return true;
}

/**
 * Replaces the children of `el` with their flat content: leaves and text as they are, each
 * element that nests further by copies of the text and leaf elements inside it. Copies, not
 * moves: moving a node out of a deep chain costs jsdom a climb of the chain per node, and then
 * one removal takes each deep subtree away. Returns how many elements were dissolved.
 */
function flattenChildren(el: Element): number {
  const doc = ownerDocumentOf(el)!;
  const flat = doc.createDocumentFragment();
  let dissolved = 0;
  for (let child = firstChildOf(el), after: ChildNode | null; child; child = after) {
    after = nextSiblingOf(child);
    if (nodeTypeOf(child) !== ELEMENT_NODE || isLeaf(child)) {
      appendChildOf(flat, child);
      continue;
    }
    // The subtree of `child`, in document order, by a walk of its own.
    let n: Node | null = child;
    let steps = MAX_STEPS;
    while (n && steps-- > 0) {
      const type = nodeTypeOf(n);
      let down: Node | null = null;
      if (type === TEXT_NODE) appendChildOf(flat, doc.createTextNode(nodeValueOf(n) ?? ''));
      else if (type === ELEMENT_NODE) {
        if (isLeaf(n)) appendChildOf(flat, n.cloneNode(true));
        else {
          dissolved++;
          down = firstChildOf(n);
        }
      }
      if (down) {
        n = down;
        continue;
      }
      let next: Node | null = null;
      for (let up: Node | null = n; up && up !== child && !next; up = parentOf(up)) next = nextSiblingOf(up);
      n = next;
    }
  }
  replaceChildrenOf(el, [flat]);
  return dissolved;
}

/** The removal that reports `count` unwrapped elements. */
export function deepNestingRemoval(count: number): Removal {
  return { rule: DEEP_NESTING_RULE.id, category: DEEP_NESTING_RULE.category, reason: DEEP_NESTING_RULE.note, text: `${count} levels` };
}
