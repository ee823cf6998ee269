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
 */
import { Readability } from '@mozilla/readability';
import { arrayOf, normaliseText } from './dom-text.ts';
import { attrOf, byTagOf, idOf, parentElementOf, parentOf, removeAttrOf, textOf } from './safe-dom.ts';

interface ReadabilityPatterns {
  unlikelyCandidates: RegExp;
  okMaybeItsACandidate: RegExp;
}

/** Readability's own patterns, so the test here is the one it applies (the readerable check uses them too). */
export const READABILITY_PATTERNS = (Readability.prototype as unknown as { REGEXPS: ReadabilityPatterns }).REGEXPS;
/** Layout modifiers: "with-sidebar", "with_header", "has-banner", "no-sidebar". */
const MODIFIER = /(?:^|[\s_-])(?:with|has|no|without)[-_][a-z0-9]+/gi;
const HAS_MODIFIER = /(?:with|has|no)[-_]/i;
/** Below this much paragraph text the page has no article worth the check. */
const MIN_PROSE = 500;

/** Renames misleading wrappers in `body` (a clone: this mutates). Returns how many it renamed. */
export function keepProseContainers(body: Element): number {
  let renamed = keepFormulae(body);
  for (const el of majorityHolders(body)) {
    const name = `${attrOf(el, 'class') ?? ''} ${idOf(el)}`;
    if (!HAS_MODIFIER.test(name)) continue;
    if (!READABILITY_PATTERNS.unlikelyCandidates.test(name) || READABILITY_PATTERNS.okMaybeItsACandidate.test(name)) continue;
    if (READABILITY_PATTERNS.unlikelyCandidates.test(name.replace(MODIFIER, ' '))) continue;
    removeAttrOf(el, 'class');
    removeAttrOf(el, 'id');
    renamed++;
  }
  return renamed;
}

/**
 * The elements under `body` that hold at least half of its paragraph text, when it has enough to
 * be an article. They are ancestors of paragraphs, so climbing from each paragraph finds them
 * without visiting the rest of the page (a walk over every element cost jsdom three times as
 * much). Any two of them share a paragraph, so they form one chain of ancestors.
 */
function majorityHolders(body: Element): Element[] {
  const held = new Map<Node, number>();
  let total = 0;
  for (const p of arrayOf(byTagOf(body, 'p'))) {
    const length = textOf(p).length;
    if (!length) continue;
    total += length;
    for (let n: Node | null = p; n && n !== body; n = parentOf(n)) held.set(n, (held.get(n) ?? 0) + length);
  }
  if (total < MIN_PROSE) return [];
  return [...held].filter(([, length]) => length * 2 >= total).map(([el]) => el as Element);
}

/** Text a formula's wrapper may hold beside the formula's own (a comma, a label "(1)"). */
const FORMULA_SLACK = 8;

/** True when Readability would drop an element of this class and id as page furniture. */
function unlikely(el: Element): boolean {
  const name = `${attrOf(el, 'class') ?? ''} ${idOf(el)}`;
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
