/**
 * The rule applier: finds what the rule tables say to remove, without removing anything.
 *
 * One top-down walk: at each element, the selector rules (through an index, see
 * `selector-index.ts`), then for blocks the phrase and marker rules. The outermost match wins and
 * its subtree is not walked. Callers (the pipeline on its clone, the auto-clean script on the
 * live page) do the removing.
 */
import type { MarkerRule, PhraseRule, Rule, SelectorRule } from './rules/types.ts';
import { indexSelectors, ruleForElement, type SelectorIndex } from './selector-index.ts';

/** What one rule found: the nodes to remove, in document order. */
export interface Match {
  rule: Rule;
  nodes: Node[];
}

export interface CompiledRules {
  rules: Rule[];
  selectorRules: SelectorRule[];
  /** All selector rules joined into one selector list, or '' when there are none. */
  combinedSelector: string;
  selectorIndex: SelectorIndex;
  phraseRules: PhraseRule[];
  phraseRegexes: RegExp[];
  /** Any phrase at the start of a text, to reject most blocks with one test. */
  anyPhrase: RegExp | null;
  markerRules: MarkerRule[];
  markerRegexes: RegExp[];
  anyMarker: RegExp | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Blocks a phrase or marker rule may remove as a whole. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'TABLE', 'TBODY', 'TR', 'TD', 'SECTION', 'ASIDE', 'BLOCKQUOTE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FIGCAPTION', 'CENTER', 'DL', 'DD', 'DT', 'SPAN',
  'STRONG', 'B', 'EM', 'I', 'FONT', 'SMALL', 'INS', 'HEADER', 'FOOTER', 'NAV', 'FORM', 'A',
]);
/** Never removed whole by any rule: removing them would take the page with them. */
const PROTECTED_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'HEAD']);
/** Not walked into: they hold no article text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'HEAD', 'IFRAME']);

/** A phrase block longer than this must be mostly links to go. */
const SHORT_BLOCK_CHARS = 200;
const LINK_DENSITY_MIN = 0.5;
/** How much leading text decides whether a block starts with a phrase. */
const LEAD_CHARS = 60;
/** How many nodes the leading-text read may visit in one element. */
const LEAD_NODES = 64;
const WHITESPACE = /[\s\u00a0\u200b\ufeff]+/g;
/** A selector match holding this many long prose paragraphs is kept (a mis-classed article wrapper). */
const PROSE_PARAGRAPHS = 3;
const PROSE_PARAGRAPH_CHARS = 150;

const compiledCache = new WeakMap<Rule[], CompiledRules>();

/** Compiles a rule list once: one selector list, one regex per kind. Cached per array. */
export function compileRules(rules: Rule[]): CompiledRules {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const selectorRules = rules.filter((r): r is SelectorRule => r.kind === 'selector');
  const phraseRules = rules.filter((r): r is PhraseRule => r.kind === 'phrase');
  const markerRules = rules.filter((r): r is MarkerRule => r.kind === 'marker');
  const phraseRegexes = phraseRules.map((r) => new RegExp(`^(?:${r.pattern})`, 'iu'));
  const markerRegexes = markerRules.map((r) => new RegExp(`^(?:${r.pattern})$`, 'iu'));
  const compiled: CompiledRules = {
    rules,
    selectorRules,
    combinedSelector: selectorRules.map((r) => r.selector).join(', '),
    selectorIndex: indexSelectors(selectorRules),
    phraseRules,
    phraseRegexes,
    anyPhrase: phraseRules.length
      ? new RegExp(`^(?:${phraseRules.map((r) => `(?:${r.pattern})`).join('|')})`, 'iu')
      : null,
    markerRules,
    markerRegexes,
    anyMarker: markerRules.length
      ? new RegExp(`^(?:${markerRules.map((r) => `(?:${r.pattern})`).join('|')})$`, 'iu')
      : null,
  };
  compiledCache.set(rules, compiled);
  return compiled;
}

/** Collapses whitespace (including no-break spaces) and trims. */
export function normaliseText(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/**
 * Finds every removal the rules call for under `root`, in document order, without touching it.
 * Nodes inside a matched node are not reported again.
 */
export function findMatches(root: ParentNode, compiled: CompiledRules): Match[] {
  const out: Match[] = [];
  const index = compiled.selectorIndex;
  let complexHits: Set<Element> | null = null;
  if (index.complexSelector) {
    try {
      complexHits = new Set(Array.from(root.querySelectorAll(index.complexSelector)));
    } catch {
      // A selector this DOM cannot parse (e.g. `:has` in an old engine) is skipped, not fatal.
      complexHits = null;
    }
  }
  const textRules = Boolean(compiled.anyPhrase || compiled.anyMarker);
  const visit = (parent: Node): void => {
    for (let child: Node | null = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (compiled.anyMarker) matchTextNode(child, compiled, out);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      const m = matchElement(el, tag, compiled, complexHits, textRules);
      if (!m) {
        visit(el);
        continue;
      }
      out.push(m);
      // Siblings taken with the match (merdeka's link paragraphs) are not walked again.
      const last = m.nodes[m.nodes.length - 1];
      if (last && last !== el && last.parentNode === el.parentNode) child = last;
    }
  };
  visit(root as Node);
  return out;
}

function matchElement(
  el: Element,
  tag: string,
  compiled: CompiledRules,
  complexHits: Set<Element> | null,
  textRules: boolean,
): Match | null {
  if (PROTECTED_TAGS.has(tag)) return null;
  const rule = ruleForElement(el, compiled.selectorIndex, complexHits);
  if (rule && !looksLikeProse(el)) return { rule, nodes: [el] };
  return textRules && BLOCK_TAGS.has(tag) ? matchBlock(el, compiled) : null;
}

/** A wrapper holding several long paragraphs of prose is the article, whatever its class says. */
function looksLikeProse(el: Element): boolean {
  const text = el.textContent ?? '';
  if (text.length < PROSE_PARAGRAPHS * PROSE_PARAGRAPH_CHARS) return false;
  let long = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const t = p.textContent ?? '';
    if (t.length >= PROSE_PARAGRAPH_CHARS && linkTextLength(p) < t.length * 0.3 && ++long >= PROSE_PARAGRAPHS) {
      return true;
    }
  }
  return false;
}

function matchTextNode(node: Node, compiled: CompiledRules, out: Match[]): void {
  if (!compiled.anyMarker) return;
  const raw = node.nodeValue ?? '';
  if (raw.length > 80) return;
  const text = normaliseText(raw);
  if (!text || !compiled.anyMarker.test(text)) return;
  const i = compiled.markerRegexes.findIndex((re) => re.test(text));
  const rule = compiled.markerRules[i];
  if (rule) out.push({ rule, nodes: [node] });
}

function matchBlock(el: Element, compiled: CompiledRules): Match | null {
  const { text: lead, complete } = leadingText(el);
  if (!lead) return null;
  if (compiled.anyMarker && complete) {
    const whole = lead;
    if (compiled.anyMarker.test(whole)) {
      const i = compiled.markerRegexes.findIndex((re) => re.test(whole));
      const rule = compiled.markerRules[i];
      if (rule) return { rule, nodes: [el] };
    }
  }
  if (!compiled.anyPhrase || !compiled.anyPhrase.test(lead)) return null;
  const i = compiled.phraseRegexes.findIndex((re) => re.test(lead));
  const rule = compiled.phraseRules[i];
  if (!rule) return null;
  if (!passesProseGuard(el, lead.match(compiled.phraseRegexes[i]!)?.[0].length ?? 0)) return null;
  const nodes: Node[] = [el];
  if (rule.takeLinkSiblings) nodes.push(...linkOnlySiblings(el));
  return { rule, nodes };
}

/**
 * The guard for prose: a block that starts with a phrase goes only when it is short
 * (and not a container of several blocks) or when most of its text is link text.
 */
function passesProseGuard(el: Element, phraseLength: number): boolean {
  const text = normaliseText(el.textContent ?? '');
  const rest = Math.max(0, text.length - phraseLength);
  const links = linkTextLength(el);
  const density = rest > 0 ? Math.min(1, links / rest) : 1;
  if (density >= LINK_DENSITY_MIN) return true;
  if (text.length > SHORT_BLOCK_CHARS) return false;
  return countBlockChildren(el) <= 1;
}

function countBlockChildren(el: Element): number {
  let n = 0;
  for (const c of Array.from(el.children)) {
    if (/^(P|DIV|UL|OL|TABLE|BLOCKQUOTE|SECTION|H[1-6])$/.test(c.tagName.toUpperCase())) n++;
  }
  return n;
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += normaliseText(a.textContent ?? '').length;
  return n;
}

/** Following element siblings that hold only links (or nothing), e.g. merdeka's link paragraphs. */
function linkOnlySiblings(el: Element): Element[] {
  const out: Element[] = [];
  let sib = el.nextElementSibling;
  while (sib) {
    const text = normaliseText(sib.textContent ?? '');
    if (text) {
      const links = linkTextLength(sib);
      if (links === 0 || links < text.length * 0.8) break;
    } else if (sib.querySelector('img, video, iframe')) {
      break;
    }
    out.push(sib);
    sib = sib.nextElementSibling;
  }
  // Trailing empty siblings (e.g. <br>s) are kept: they are layout, not inserts.
  while (out.length && !normaliseText(out[out.length - 1]!.textContent ?? '')) out.pop();
  return out;
}

interface Lead {
  /** Whitespace-normalised text from the element's start, at least LEAD_CHARS long unless complete. */
  text: string;
  /** Whether `text` is the element's whole text. */
  complete: boolean;
}

/**
 * The first ~60 characters of an element's text, reading no further than needed and visiting at
 * most LEAD_NODES nodes, so that the walk stays linear on deep, whitespace-heavy layouts.
 */
function leadingText(el: Element): Lead {
  let text = '';
  let budget = LEAD_NODES;
  let complete = true;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (--budget < 0) {
        complete = false;
        return true;
      }
      if (child.nodeType === TEXT_NODE) {
        const piece = (child.nodeValue ?? '').replace(WHITESPACE, ' ');
        if (piece !== ' ' || (text && !text.endsWith(' '))) text += piece;
        if (text.length > LEAD_CHARS + 1) {
          complete = false;
          return true;
        }
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        if ((tag === 'BR' || BLOCK_TAGS.has(tag)) && text && !text.endsWith(' ')) text += ' ';
        if (walk(child)) return true;
      }
    }
    return false;
  };
  walk(el);
  return { text: text.replace(/ {2,}/g, ' ').trim(), complete };
}

/** The first ~80 characters of the text a removal takes, for reporting. */
export function removedText(nodes: Node[]): string {
  const text = normaliseText(nodes.map(readableText).join(' '));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Text content without script and style bodies (ad slots often hold only their loader script). */
function readableText(node: Node): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== ELEMENT_NODE || SKIP_TAGS.has((node as Element).tagName.toUpperCase())) return '';
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) out += readableText(c);
  const tag = (node as Element).tagName.toUpperCase();
  return tag === 'BR' || (BLOCK_TAGS.has(tag) && tag !== 'SPAN' && tag !== 'A' && tag !== 'STRONG' && tag !== 'B') ? ` ${out} ` : out;
}
