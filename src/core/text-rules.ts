/**
 * Phrase and marker rules, driven by text nodes: an insert label is the first text of its block,
 * so each non-blank text node is tested once against one combined regex, and only a hit climbs
 * to find the block it starts. Most text nodes are prose and cost one regex test.
 */
import type { CompiledRules, Match } from './match.ts';
import {
  ELEMENT_NODE, firstTextNode, linkTextLength, arrayOf, normaliseText, textFrom, textLongerThan, type ReadAhead,
} from './dom-text.ts';
import { attrOf, childrenOf, nextElementOf, nodeTypeOf, nodeValueOf, parentOf, queryOf, tagOf, textOf } from './safe-dom.ts';

/** Blocks a phrase or marker rule may remove as a whole. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'TABLE', 'TBODY', 'TR', 'TD', 'SECTION', 'ASIDE', 'BLOCKQUOTE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FIGCAPTION', 'CENTER', 'DL', 'DD', 'DT', 'SPAN',
  'STRONG', 'B', 'EM', 'I', 'FONT', 'SMALL', 'INS', 'HEADER', 'FOOTER', 'NAV', 'FORM', 'A',
]);
/** Inline elements in BLOCK_TAGS: removable, but they do not bound a label's text. */
const INLINE_TAGS = new Set(['SPAN', 'STRONG', 'B', 'EM', 'I', 'FONT', 'SMALL', 'INS', 'A']);
/** Never removed whole by any rule: removing them would take the page with them. */
export const PROTECTED_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'HEAD']);

/** A phrase block longer than this must be mostly links to go. */
const SHORT_BLOCK_CHARS = 200;
const LINK_DENSITY_MIN = 0.5;
/** How much leading text decides whether a block starts with a phrase. */
const LEAD_CHARS = 60;
/** A marker block is short: longer text is never a bare "ADVERTISEMENT". */
const MARKER_MAX_CHARS = 80;
/** The step budget of a climb from a text to its blocks: labels sit a few levels under theirs. */
const MAX_CLIMB = 256;

/**
 * The match that the text node `text` starts, if any; `root` bounds the climb. `ahead` carries the
 * text read for one lead over to the next (see `textFrom`).
 */
export function matchAtText(text: Node, root: Node, compiled: CompiledRules, ahead?: ReadAhead): Match | null {
  const own = normaliseText(nodeValueOf(text) ?? '');
  const parent = parentOf(text);
  if (!parent) return null;
  // The block is found once, for the split marker and the phrase's lead alike.
  let block: Node | null = null;
  if (compiled.anyMarker && own.length <= MARKER_MAX_CHARS) {
    const m = compiled.anyMarker.test(own) ? matchMarker(text, own, root, compiled) : splitMarker(text, (block = blockOf(parent, root)), root, compiled);
    if (m) return m;
  }
  if (!compiled.anyPhrase) return null;
  const lead = own.length >= LEAD_CHARS ? own : textFrom(text, block ?? blockOf(parent, root), LEAD_CHARS, undefined, ahead);
  if (!compiled.anyPhrase.test(lead) || inControl(parent, root)) return null;
  const i = compiled.phraseRegexes.findIndex((re) => re.test(lead));
  const rule = compiled.phraseRules[i];
  if (!rule) return null;
  const phraseLength = lead.match(compiled.phraseRegexes[i]!)?.[0].length ?? 0;
  // Outermost first: the largest block this label starts that still passes the prose guard.
  for (const block of blocksStartedBy(text, root).reverse()) {
    if (!passesProseGuard(block, phraseLength)) continue;
    const nodes: Node[] = [block];
    const labelOnly = normaliseText(textOf(block)).length - phraseLength < 3;
    if (rule.takeLinkSiblings || labelOnly) nodes.push(...linkOnlySiblings(block));
    // A bare label inside a sentence's block with nothing after it to introduce ("… residual
    // type. <a>Read more</a>") is that paragraph's continuation link, not an insert. (A label
    // block of its own still goes: on wcxb listings that helps more pages than it hurts.)
    if (labelOnly && nodes.length === 1 && INLINE_TAGS.has(tagOf(block))) return null;
    return { rule, nodes };
  }
  return null;
}

/**
 * Whether `node` is inside a control: a "Read more" that expands a review or a description
 * (`role="button"`, `javascript:` links) is the page's own UI, not an insert label. Taking it out
 * before Readability would also change which container Readability picks.
 */
function inControl(node: Node, root: Node): boolean {
  let steps = MAX_CLIMB;
  for (let n: Node | null = node; n && n !== root && steps-- > 0; n = parentOf(n)) {
    if (nodeTypeOf(n) !== ELEMENT_NODE) continue;
    const el = n as Element;
    const tag = tagOf(el);
    if (tag === 'BUTTON' || attrOf(el, 'role') === 'button') return true;
    if (tag === 'A' && /^\s*javascript:/i.test(attrOf(el, 'href') ?? '')) return true;
    if (BLOCK_TAGS.has(tag) && !INLINE_TAGS.has(tag)) return false;
  }
  return false;
}

/**
 * A marker split over inline elements (`<span>Scroll down </span>untuk melanjutkan`), read from
 * `block`, the text's block.
 */
function splitMarker(text: Node, block: Node, root: Node, compiled: CompiledRules): Match | null {
  if (block === root || firstTextNode(block) !== text) return null;
  // Counted before it is read: the block of a page's first text can be the whole page.
  if (textLongerThan(block, MARKER_MAX_CHARS * 4)) return null;
  const normal = normaliseText(textOf(block));
  return compiled.anyMarker?.test(normal) ? matchMarker(block, normal, root, compiled) : null;
}

function matchMarker(start: Node, own: string, root: Node, compiled: CompiledRules): Match | null {
  const i = compiled.markerRegexes.findIndex((re) => re.test(own));
  const rule = compiled.markerRules[i];
  if (!rule) return null;
  // The outermost ancestor whose whole text is the marker (an ad box with only its label).
  let target: Node = start;
  let steps = MAX_CLIMB;
  for (let el = parentOf(start); el && el !== root && steps-- > 0; el = parentOf(el)) {
    if (nodeTypeOf(el) !== ELEMENT_NODE || PROTECTED_TAGS.has(tagOf(el as Element))) break;
    const whole = textOf(el);
    if (whole.length > MARKER_MAX_CHARS * 4 || normaliseText(whole) !== own) break;
    target = el;
  }
  return { rule, nodes: [target] };
}

/** The nearest block ancestor of `node` (or `root`), bounding how far a label's text is read. */
function blockOf(node: Node, root: Node): Node {
  let steps = MAX_CLIMB;
  for (let n: Node | null = node; n && n !== root && steps-- > 0; n = parentOf(n)) {
    if (nodeTypeOf(n) !== ELEMENT_NODE) continue;
    const tag = tagOf(n as Element);
    if (BLOCK_TAGS.has(tag) && !INLINE_TAGS.has(tag)) return n;
  }
  return root;
}

/** Block ancestors of `text`, innermost first, whose text `text` starts. */
function blocksStartedBy(text: Node, root: Node): Element[] {
  const out: Element[] = [];
  let steps = MAX_CLIMB;
  for (let n = parentOf(text); n && n !== root && steps-- > 0; n = parentOf(n)) {
    if (nodeTypeOf(n) !== ELEMENT_NODE) break;
    const tag = tagOf(n as Element);
    if (PROTECTED_TAGS.has(tag) || firstTextNode(n) !== text) break;
    if (BLOCK_TAGS.has(tag)) out.push(n as Element);
  }
  return out;
}

/**
 * The guard for prose: a block that starts with a phrase goes only when it is short
 * (and not a container of several blocks) or when most of its text is link text.
 */
function passesProseGuard(el: Element, phraseLength: number): boolean {
  const text = normaliseText(textOf(el));
  const rest = Math.max(0, text.length - phraseLength);
  const links = linkTextLength(el);
  const density = rest > 0 ? Math.min(1, links / rest) : 1;
  if (density >= LINK_DENSITY_MIN) return true;
  if (text.length > SHORT_BLOCK_CHARS) return false;
  return countBlockChildren(el) <= 1;
}

function countBlockChildren(el: Element): number {
  let n = 0;
  for (const c of arrayOf(childrenOf(el))) {
    if (/^(P|DIV|UL|OL|TABLE|BLOCKQUOTE|SECTION|H[1-6])$/.test(tagOf(c))) n++;
  }
  return n;
}

/** Following element siblings that hold only links (or nothing), e.g. merdeka's link paragraphs. */
function linkOnlySiblings(el: Element): Element[] {
  const out: Element[] = [];
  let sib = nextElementOf(el);
  while (sib) {
    const text = normaliseText(textOf(sib));
    if (text) {
      const links = linkTextLength(sib);
      if (links === 0 || links < text.length * 0.8) break;
    } else if (queryOf(sib, 'img, video, iframe')) {
      break;
    }
    out.push(sib);
    sib = nextElementOf(sib);
  }
  // Trailing empty siblings (e.g. <br>s) are kept: they are layout, not inserts.
  while (out.length && !normaliseText(textOf(out[out.length - 1]!))) out.pop();
  return out;
}
