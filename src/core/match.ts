/**
 * The rule applier: finds what the rule tables say to remove, without removing anything.
 *
 * One walk in document order: at each element the selector rules (through an index, see
 * `selector-index.ts`), at each text node the phrase and marker rules (see `text-rules.ts`).
 * The outermost match wins and its subtree is not walked. Callers (the pipeline on its clone, the
 * auto-clean script on the live page) do the removing.
 */
import {
  ELEMENT_NODE, TEXT_NODE, SKIP_TAGS, hasText, linkTextLength, nextOutside, normaliseText, readableText,
} from './dom-text.ts';
import type { MarkerRule, PhraseRule, ReshapeRule, Rule, SelectorRule } from './rules/types.ts';
import { indexSelectors, ruleForElement, type SelectorIndex } from './selector-index.ts';
import { BLOCK_TAGS, PROTECTED_TAGS, matchAtText } from './text-rules.ts';

/** What one rule found: the nodes to remove, in document order. */
export interface Match {
  rule: Rule;
  nodes: Node[];
}

export interface CompiledRules {
  rules: Rule[];
  selectorRules: SelectorRule[];
  selectorIndex: SelectorIndex;
  phraseRules: PhraseRule[];
  phraseRegexes: RegExp[];
  /** Any phrase at the start of a text, to reject most text with one test. */
  anyPhrase: RegExp | null;
  markerRules: MarkerRule[];
  markerRegexes: RegExp[];
  anyMarker: RegExp | null;
  /** Applied by the extraction pipeline only (see `reshape.ts`). */
  reshapeRules: ReshapeRule[];
}

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
    selectorIndex: indexSelectors(selectorRules),
    phraseRules,
    phraseRegexes,
    anyPhrase: phraseRules.length
      ? new RegExp(`^(?:${phraseRules.map((r) => `(?:${r.pattern})`).join('|')})`, 'iu')
      : null,
    markerRules,
    markerRegexes,
    reshapeRules: rules.filter((r): r is ReshapeRule => r.kind === 'reshape'),
    anyMarker: markerRules.length
      ? new RegExp(`^(?:${markerRules.map((r) => `(?:${r.pattern})`).join('|')})$`, 'iu')
      : null,
  };
  compiledCache.set(rules, compiled);
  return compiled;
}

/**
 * Finds every removal the rules call for under `root`, in document order, without touching it.
 * Nodes inside a matched node are not reported again.
 */
export function findMatches(root: ParentNode, compiled: CompiledRules): Match[] {
  const out: Match[] = [];
  const top = root as Node;
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
  let node: Node | null = top.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      let skip = SKIP_TAGS.has(tag);
      if (!skip && !PROTECTED_TAGS.has(tag)) {
        const rule = ruleForElement(el, index, complexHits);
        if (rule && !looksLikeProse(el)) {
          out.push({ rule, nodes: [el] });
          skip = true;
        }
      }
      node = !skip && el.firstChild ? el.firstChild : nextOutside(el, top);
      continue;
    }
    if (node.nodeType === TEXT_NODE && textRules && hasText(node.nodeValue)) {
      const m = matchAtText(node, top, compiled);
      if (m) {
        const first = m.nodes[0]!;
        // Earlier matches inside the new one (an empty slot before the label) are part of it now.
        while (out.length && out[out.length - 1]!.nodes.every((n) => first.contains(n))) out.pop();
        out.push(m);
        node = nextOutside(m.nodes[m.nodes.length - 1]!, top);
        continue;
      }
    }
    node = nextOutside(node, top);
  }
  return out;
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


/** The first ~80 characters of the text a removal takes, for reporting. */
export function removedText(nodes: Node[]): string {
  const text = normaliseText(nodes.map((n) => readableText(n, REPORT_BLOCKS)).join(' '));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const REPORT_BLOCKS = new Set([...BLOCK_TAGS].filter((t) => !['SPAN', 'A', 'STRONG', 'B', 'EM', 'I', 'FONT', 'SMALL'].includes(t)));
