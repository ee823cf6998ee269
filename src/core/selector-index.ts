/**
 * Selector rules, indexed for a single tree walk.
 *
 * Almost every rule selector is a compound (`div.baca-juga`, `#artikelbox`, `[id^="div-gpt-ad"]`).
 * Those are parsed once and looked up by id, class and tag as the walk meets each element, which
 * in jsdom is several times cheaper than a `querySelectorAll` over a long selector list, and in
 * browsers costs about the same. A selector with combinators or pseudo-classes is looked up by its
 * subject (the compound after its last combinator, less its pseudo-classes: `div.copyright` for
 * `div.headline div.copyright`, `p` for `p:has(> a.x)`) and then checked with `matches()`: a
 * `querySelectorAll` costs 1-3 ms on every fresh jsdom document even when nothing matches. A
 * subject that names nothing to look up (`*`, `:is(.a, .b)`) is checked on every element.
 */
import type { SelectorRule } from './rules/types.ts';
import { attrNamesOf, attrOf, hasAttrsOf, idOf, localNameOf, matchesOf } from './safe-dom.ts';

/** What the index needs of a rule: selector rules, and the reshape rules (see `reshape.ts`). */
type Selecting = { selector: string };

type AttrOp = '' | '=' | '^=' | '$=' | '*=' | '~=' | '|=';
interface AttrTest {
  name: string;
  op: AttrOp;
  value: string;
}
interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: AttrTest[];
}
interface Entry<R extends Selecting = SelectorRule> {
  order: number;
  rule: R;
  /** The compound to look up, or null for an entry of `any`. */
  compound: Compound | null;
  /** The whole selector, for `matches()`, when `compound` is only its subject. */
  complex?: string;
}

export interface SelectorIndex<R extends Selecting = SelectorRule> {
  byId: Map<string, Entry<R>[]>;
  byClass: Map<string, Entry<R>[]>;
  byTag: Map<string, Entry<R>[]>;
  /** Compounds with neither id, class nor tag, by the name of the attribute they test first. */
  byAttr: Map<string, Entry<R>[]>;
  /** Complex selectors whose subject has nothing to look up by, checked on every element. */
  any: Entry<R>[];
}

const IDENT = '-?[_a-zA-Z][\\w-]*';
const ATTR = `\\[\\s*(${IDENT})\\s*(?:([~|^$*]?=)\\s*(?:"([^"]*)"|'([^']*)'|(${IDENT}))\\s*)?\\]`;
const PART = new RegExp(`^(?:#(${IDENT})|\\.(${IDENT})|${ATTR})`);
const TAG = new RegExp(`^(${IDENT}|\\*)`);

/** Parses a compound selector (no combinators, no pseudo-classes), or returns null. */
export function parseCompound(selector: string): Compound | null {
  let rest = selector.trim();
  const compound: Compound = { tag: null, id: null, classes: [], attrs: [] };
  const tag = TAG.exec(rest);
  if (tag) {
    compound.tag = tag[1] === '*' ? null : tag[1]!.toLowerCase();
    rest = rest.slice(tag[0].length);
  }
  while (rest) {
    const m = PART.exec(rest);
    if (!m) return null;
    if (m[1]) {
      if (compound.id) return null;
      compound.id = m[1];
    } else if (m[2]) {
      compound.classes.push(m[2]);
    } else {
      const attr: AttrTest = { name: m[3]!.toLowerCase(), op: (m[4] ?? '') as AttrOp, value: m[5] ?? m[6] ?? m[7] ?? '' };
      // `[class~="x"]` is `.x`: index it as a class rather than test it on every element.
      if (attr.name === 'class' && attr.op === '~=' && /^[\w-]+$/.test(attr.value)) compound.classes.push(attr.value);
      else compound.attrs.push(attr);
    }
    rest = rest.slice(m[0].length);
  }
  return compound.tag || compound.id || compound.classes.length || compound.attrs.length ? compound : null;
}

/** Splits a selector list on its top-level commas. */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

/** Builds the index for a list of rules with selectors. */
export function indexSelectors<R extends Selecting>(rules: R[]): SelectorIndex<R> {
  const index: SelectorIndex<R> = { byId: new Map(), byClass: new Map(), byTag: new Map(), byAttr: new Map(), any: [] };
  rules.forEach((rule, order) => {
    for (const part of splitSelectorList(rule.selector)) {
      let compound = parseCompound(part);
      const entry: Entry<R> = { order, rule, compound };
      if (!compound) {
        compound = entry.compound = parseCompound(subjectOf(part));
        entry.complex = part;
      }
      if (!compound) index.any.push(entry);
      else if (compound.id) push(index.byId, compound.id, entry);
      else if (compound.classes[0]) push(index.byClass, compound.classes[0], entry);
      else if (compound.tag) push(index.byTag, compound.tag, entry);
      else push(index.byAttr, compound.attrs[0]!.name, entry);
    }
  });
  return index;
}

/**
 * The compound a complex selector selects, without its pseudo-classes and attribute tests (which
 * `matches()` checks): what follows the last combinator outside brackets and parentheses.
 */
export function subjectOf(selector: string): string {
  let s = selector;
  // Innermost groups first, until none is left: `:is(:not(.a) .b)` must not leave `.b` behind.
  while (s !== (s = s.replace(/\([^()]*\)|\[[^\]]*\]/g, '')));
  return s.split(/[\s>+~]+/).pop()!.replace(/:.*/, '');
}

function push<R extends Selecting>(map: Map<string, Entry<R>[]>, key: string, entry: Entry<R>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** The first rule (in table order) whose selector matches `el`. */
export function ruleForElement<R extends Selecting>(el: Element, index: SelectorIndex<R>): R | null {
  // Most of a page's text markup has no attributes at all: one call, instead of three.
  const attributed = hasAttrsOf(el);
  const cls = attributed ? attrOf(el, 'class') : null;
  // Split once: each compound's classes are looked up in this list rather than in `classList`,
  // which jsdom builds anew for each element. Most class attributes hold one name: no regex split.
  const classes = cls ? (SPACE.test(cls) ? cls.split(/\s+/) : [cls]) : NO_CLASSES;
  const id = attributed ? idOf(el) : '';
  let best = id ? earliest(null, index.byId.get(id), el, classes) : null;
  if (index.byClass.size) for (const c of classes) if (c) best = earliest(best, index.byClass.get(c), el, classes);
  if (index.byTag.size) best = earliest(best, index.byTag.get(localNameOf(el).toLowerCase()), el, classes);
  if (index.byAttr.size && attributed) {
    // One call for the element's attribute names, not one `getAttribute` per attribute rule;
    // none at all for an element without attributes (most of a page's text markup).
    for (const name of attrNamesOf(el)) best = earliest(best, index.byAttr.get(name), el, classes);
  }
  return earliest(best, index.any, el, classes)?.rule ?? null;
}

/** The earlier in table order of `best` and the first of `entries` that matches `el`. */
function earliest<R extends Selecting>(best: Entry<R> | null, entries: Entry<R>[] | undefined, el: Element, classes: string[]): Entry<R> | null {
  if (entries) {
    for (const e of entries) {
      if ((!best || e.order < best.order) && (!e.compound || compoundMatches(el, e.compound, classes)) && (!e.complex || safeMatches(el, e.complex))) {
        best = e;
      }
    }
  }
  return best;
}

const NO_CLASSES: string[] = [];
const SPACE = /\s/;

/** A selector this engine cannot parse (`:has` in an old one) matches nothing rather than throwing. */
function safeMatches(el: Element, selector: string): boolean {
  try {
    return matchesOf(el, selector);
  } catch {
    return false;
  }
}

function compoundMatches(el: Element, c: Compound, classes: string[]): boolean {
  if (c.tag && localNameOf(el).toLowerCase() !== c.tag) return false;
  if (c.id && idOf(el) !== c.id) return false;
  for (const cls of c.classes) if (!classes.includes(cls)) return false;
  for (const a of c.attrs) {
    const v = attrOf(el, a.name);
    if (v === null || !attrMatches(v, a)) return false;
  }
  return true;
}

function attrMatches(v: string, a: AttrTest): boolean {
  switch (a.op) {
    case '':
      return true;
    case '=':
      return v === a.value;
    case '^=':
      return a.value !== '' && v.startsWith(a.value);
    case '$=':
      return a.value !== '' && v.endsWith(a.value);
    case '*=':
      return a.value !== '' && v.includes(a.value);
    case '~=':
      return a.value !== '' && v.split(/\s+/).includes(a.value);
    case '|=':
      return v === a.value || v.startsWith(`${a.value}-`);
  }
}
