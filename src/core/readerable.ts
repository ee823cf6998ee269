/**
 * Readability's `isProbablyReaderable` verdict, reached without its selector queries.
 *
 * The original finds its candidates with `querySelectorAll('p, pre, article')` and
 * `querySelectorAll('div > br')`. In jsdom those two queries took about 90% of its time, and
 * `getElementsByTagName` finds the same elements for a fraction of it. The checks on each
 * candidate are Readability's own, with its default options. The order the candidates come in
 * does not change the verdict: each adds a non-negative amount to a score that has to pass a
 * threshold, so the sum over all of them decides.
 */
// Readability's patterns: `Readability-readerable.js` keeps a copy of the same two.
import { arrayOf } from './dom-text.ts';
import { READABILITY_PATTERNS } from './prose-containers.ts';
import { attrOf, localNameOf, parentElementOf, textOf } from './safe-dom.ts';

/** `isProbablyReaderable`'s defaults. */
const MIN_SCORE = 20;
const MIN_CONTENT_LENGTH = 140;

/**
 * Whether `doc` probably holds an article, exactly as `isProbablyReaderable(doc)` decides it.
 * @param paragraphs `doc`'s paragraphs, when the caller has listed them already (in jsdom each
 *   list by tag is a walk of the whole tree).
 */
export function isReaderable(doc: Document, paragraphs: ArrayLike<Element> = doc.getElementsByTagName('p')): boolean {
  let score = 0;
  const passes = (node: Element): boolean => {
    if (!isVisible(node)) return false;
    const names = `${String(node.className)} ${node.id}`;
    if (READABILITY_PATTERNS.unlikelyCandidates.test(names) && !READABILITY_PATTERNS.okMaybeItsACandidate.test(names)) return false;
    if (node.localName === 'p' && insideListItem(node)) return false;
    const length = textOf(node).trim().length;
    if (length < MIN_CONTENT_LENGTH) return false;
    score += Math.sqrt(length - MIN_CONTENT_LENGTH);
    return score > MIN_SCORE;
  };
  // Each list is made only if the ones before it did not decide.
  if (arrayOf(paragraphs).some(passes)) return true;
  for (const tag of ['pre', 'article']) if (arrayOf(doc.getElementsByTagName(tag)).some(passes)) return true;
  const divs = new Set<Element>();
  for (const br of arrayOf(doc.getElementsByTagName('br'))) {
    const parent = parentElementOf(br);
    if (parent?.localName === 'div' && !divs.has(parent)) {
      divs.add(parent);
      if (passes(parent)) return true;
    }
  }
  return false;
}

/** `node.matches('li p')` for a paragraph, without the selector engine. */
function insideListItem(node: Element): boolean {
  for (let a = parentElementOf(node); a; a = parentElementOf(a)) if (localNameOf(a) === 'li') return true;
  return false;
}

/** Readability's `isNodeVisible`; the inline style is only parsed when there is one. */
function isVisible(node: Element): boolean {
  const style = node.hasAttribute('style') ? (node as HTMLElement).style : null;
  if (style && style.display === 'none') return false;
  if (node.hasAttribute('hidden')) return false;
  if (attrOf(node, 'aria-hidden') !== 'true') return true;
  const names: unknown = node.className;
  return typeof names === 'string' && names.includes('fallback-image');
}
