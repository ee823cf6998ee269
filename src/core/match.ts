/**
 * The rule applier: finds what the rule tables say to remove, without removing anything.
 *
 * One walk in document order: at each element the selector rules (through an index, see
 * `selector-index.ts`), at each text node the phrase and marker rules (see `text-rules.ts`).
 * The outermost match wins and its subtree is not walked. Callers (the pipeline on its clone, the
 * auto-clean script on the live page) do the removing.
 */
import {
  ELEMENT_NODE, TEXT_NODE, SKIP_TAGS, hasText, linkTextLength, nextOutside, normaliseText, readAhead, readableText,
} from './dom-text.ts';
import { containsNode, firstChildOf, nodeTypeOf, nodeValueOf, queryAllOf, tagOf, textOf } from './safe-dom.ts';
import type { MarkerRule, PhraseRule, ReshapeRule, Rule } from './rules/types.ts';
import { indexSelectors, ruleForElement, type SelectorIndex } from './selector-index.ts';
import { BLOCK_TAGS, PROTECTED_TAGS, matchAtText } from './text-rules.ts';

/** What one rule found: the nodes to remove, in document order. */
export interface Match {
  rule: Rule;
  nodes: Node[];
}

export interface CompiledRules {
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

/**
 * The step budget of one walk, over all its slices: a page with more nodes than this is not
 * planned further (the content script refuses to extract from pages of over 100,000 elements).
 */
export const MAX_WALK_NODES = 1_000_000;

/** A selector match holding this many long prose paragraphs is kept (a mis-classed article wrapper). */
const PROSE_PARAGRAPHS = 3;
const PROSE_PARAGRAPH_CHARS = 150;

const compiledCache = new WeakMap<Rule[], CompiledRules>();

/** Compiles a rule list once: one selector index, one regex per text rule and one per kind. Cached per array. */
export function compileRules(rules: Rule[]): CompiledRules {
  let compiled = compiledCache.get(rules);
  if (!compiled) {
    const ofKind = <K extends Rule['kind']>(kind: K): Extract<Rule, { kind: K }>[] =>
      rules.filter((r): r is Extract<Rule, { kind: K }> => r.kind === kind);
    const phraseRules = ofKind('phrase');
    const markerRules = ofKind('marker');
    compiled = {
      selectorIndex: indexSelectors(ofKind('selector')),
      phraseRules,
      phraseRegexes: phraseRules.map((r) => anchored([r])),
      anyPhrase: phraseRules.length ? anchored(phraseRules) : null,
      markerRules,
      markerRegexes: markerRules.map((r) => anchored([r], '$')),
      anyMarker: markerRules.length ? anchored(markerRules, '$') : null,
      reshapeRules: ofKind('reshape'),
    };
    compiledCache.set(rules, compiled);
  }
  return compiled;
}

/**
 * One case-insensitive regex for any of the rules' patterns at the start of a text (and its end,
 * with `end` '$'). Without the `u` flag: case-insensitive Unicode mode made V8 spend 20–40 ms
 * compiling the combined phrase regex, on every page load; the patterns need no Unicode mode (the
 * rules lint forbids `\p{…}` and `\u{…}`).
 */
function anchored(rules: (PhraseRule | MarkerRule)[], end = ''): RegExp {
  return new RegExp(`^(?:${rules.map((r) => `(?:${r.pattern})`).join('|')})${end}`, 'i');
}

/**
 * Finds every removal the rules call for under `root`, in document order, without touching it.
 * Nodes inside a matched node are not reported again.
 */
export function findMatches(root: ParentNode, compiled: CompiledRules): Match[] {
  return walkMatches(root, compiled).next(() => false);
}

/**
 * The walk behind `findMatches`, resumable: each `next` goes on in document order from where the
 * last one stopped, so that a caller can spread one pass over a big live page across several
 * tasks (the auto-clean script). Slices of an unchanged document add up to exactly what
 * `findMatches` returns.
 */
export interface MatchWalk<T = Match> {
  /**
   * Walks on until the end or until `shouldStop()` (asked every `every` nodes) says so, and
   * returns the matches found, in document order (each passed through the walk's `map`).
   */
  next(shouldStop: () => boolean, every?: number): T[];
  /** Whether the whole of `root` has been walked. */
  readonly done: boolean;
}

/**
 * Starts a walk over `root`, handing each slice's matches over through `map`. Whatever the caller
 * removes between two slices stays out of later ones; if the page removed the node the walk was
 * to resume at, it starts over at the top of `root` (what was already removed is not found
 * again, the rest is).
 */
export function walkMatches<T = Match>(
  root: ParentNode,
  compiled: CompiledRules,
  map: (match: Match) => T = (match) => match as T,
): MatchWalk<T> {
  // A closure, not a class: the auto-clean bundle has a size budget and the minifier does not
  // shorten property names.
  const top = root as Node;
  const index = compiled.selectorIndex;
  let node: Node | null = firstChildOf(top);
  let steps = 0;
  // Matches found after the last non-blank text node: the label that text starts may still take
  // them in (see below), so they wait for the next slice.
  let held: Match[] = [];
  return {
    get done() {
      return !node;
    },
    // 16 nodes between two questions by default: asking the clock costs a little, and on a cold
    // engine (a page's first sweep) 200 nodes took 40-50 ms in Chromium.
    next(shouldStop, every = 16) {
      if (node && !containsNode(top, node)) {
        node = firstChildOf(top);
        held = [];
      }
      const out = held;
      // The page may change between two slices: what was read ahead is kept for one slice only.
      const ahead = readAhead();
      // Matches before this index can no longer be taken into a later one.
      let settled = 0;
      let visited = 0;
      while (node) {
        const type = nodeTypeOf(node);
        if (type === ELEMENT_NODE) {
          const el = node as Element;
          const tag = tagOf(el);
          let skip = SKIP_TAGS.has(tag);
          if (!skip && !PROTECTED_TAGS.has(tag)) {
            const rule = ruleForElement(el, index);
            if (rule && !looksLikeProse(el)) {
              out.push({ rule, nodes: [el] });
              skip = true;
            }
          }
          node = (!skip && firstChildOf(el)) || nextOutside(el, top);
        } else if (type === TEXT_NODE && hasText(nodeValueOf(node))) {
          const m = matchAtText(node, top, compiled, ahead);
          if (m) {
            const first = m.nodes[0]!;
            // Earlier matches inside the new one (an empty slot before the label) are part of it now.
            while (out.at(-1)?.nodes.every((n) => containsNode(first, n))) out.pop();
            out.push(m);
            node = nextOutside(m.nodes.at(-1)!, top);
          } else {
            node = nextOutside(node, top);
          }
          // A later match takes in only earlier ones with no text between them and its label (its
          // block starts with that label: `blocksStartedBy`, `matchMarker` in text-rules.ts), so
          // none found before this text.
          settled = out.length;
        } else {
          node = nextOutside(node, top);
        }
        if (++steps >= MAX_WALK_NODES) node = null;
        // Asked after a node, so that every slice gets somewhere.
        if (++visited % every === 0 && shouldStop()) break;
      }
      held = node ? out.splice(settled) : [];
      return out.map(map);
    },
  };
}

/** A wrapper holding several long paragraphs of prose is the article, whatever its class says. */
function looksLikeProse(el: Element): boolean {
  const text = textOf(el);
  if (text.length < PROSE_PARAGRAPHS * PROSE_PARAGRAPH_CHARS) return false;
  let long = 0;
  for (const p of queryAllOf(el, 'p')) {
    const t = textOf(p);
    if (t.length >= PROSE_PARAGRAPH_CHARS && linkTextLength(p) < t.length * 0.3 && ++long >= PROSE_PARAGRAPHS) {
      return true;
    }
  }
  return false;
}

/** The first ~80 characters of the text a removal takes, for reporting. */
export function removedText(nodes: Node[]): string {
  // Read far enough for 80 characters once whitespace is collapsed, not the whole of a huge box.
  const text = normaliseText(nodes.map((n) => readableText(n, REPORT_BLOCKS, REPORT_READ_CHARS)).join(' '));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const REPORT_READ_CHARS = 4000;
const REPORT_BLOCKS = new Set([...BLOCK_TAGS].filter((t) => !/^(SPAN|A|STRONG|B|EM|I|FONT|SMALL)$/.test(t)));
