/**
 * Small DOM text helpers shared by the rule applier: cheap, bounded, and blind to script bodies.
 * Every read goes through `safe-dom.ts`, so a page's form fields cannot redirect a walk.
 */
import {
  ELEMENT_NODE, TEXT_NODE, byTagOf, firstChildOf, hasAttrOf, nextSiblingOf, nodeTypeOf, nodeValueOf, parentOf, tagOf, textOf,
} from './safe-dom.ts';

export { ELEMENT_NODE, TEXT_NODE };

/** Not walked into: they hold no readable text. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'HEAD', 'IFRAME']);
const WHITESPACE = /[\s\u00a0\u200b\ufeff]+/g;
const NON_SPACE = /[^\s\u00a0\u200b\ufeff]/;

/**
 * Whitespace that `normaliseText` would change: anything but a lone inner space (`trim` removes
 * exactly the `\s` set; `\u200b` is collapsed too).
 */
const UNNORMAL = /[^\S ]|\u200b| {2}|^ | $/;

/** Collapses whitespace (including no-break and zero-width spaces) and trims. */
export function normaliseText(text: string): string {
  // Most text is normal already: a test allocates nothing, a replace and a trim both would.
  return UNNORMAL.test(text) ? text.replace(WHITESPACE, ' ').trim() : text;
}

/** Length of `node`'s text with whitespace collapsed (null counts as 0). */
export function textLength(node: Node | null | undefined): number {
  return node ? normaliseText(textOf(node)).length : 0;
}

/**
 * Whether `node`'s `textContent` is longer than `max` characters, reading no further than needed:
 * the lengths of its text nodes (and CDATA sections) added up in document order.
 */
export function textLongerThan(node: Node, max: number): boolean {
  let length = 0;
  for (let n: Node | null = firstChildOf(node); n; ) {
    const type = nodeTypeOf(n);
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      length += (nodeValueOf(n) ?? '').length;
      if (length > max) return true;
    }
    const first = type === ELEMENT_NODE ? firstChildOf(n) : null;
    n = first ?? nextOutside(n, node);
  }
  return false;
}

const CDATA_SECTION_NODE = 4;

/** Whether a text holds anything but whitespace. */
export function hasText(text: string | null): boolean {
  return text !== null && NON_SPACE.test(text);
}

/** The node after `node` in document order, not entering `node`'s children, staying under `root`. */
export function nextOutside(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = parentOf(n)) {
    const next = nextSiblingOf(n);
    if (next) return next;
  }
  return null;
}

/** The first non-blank text node under `el` (scripts skipped), visiting at most `budget` nodes. */
export function firstTextNode(el: Node, budget = 64): Node | null {
  let n: Node | null = firstChildOf(el);
  while (n && budget-- > 0) {
    const type = nodeTypeOf(n);
    if (type === TEXT_NODE) {
      if (hasText(nodeValueOf(n))) return n;
    } else if (type === ELEMENT_NODE && !SKIP_TAGS.has(tagOf(n as Element))) {
      const first = firstChildOf(n);
      if (first) {
        n = first;
        continue;
      }
    }
    n = nextOutside(n, el);
  }
  return null;
}

/**
 * What `textFrom` has read in one scope, for the next call to go on from: the nodes in reading
 * order, the text each added, and the node after the last. A walk in document order asks for the
 * lead of text after text of one block, each lead mostly the last one's nodes again (ten node
 * visits per text node on news pages); with this, each node is read once. Valid while the tree is
 * unchanged: the rule walk makes one per slice.
 */
export interface ReadAhead {
  scope?: Node;
  nodes: Node[];
  texts: string[];
  after: Node | null;
  /** Where the last start was found: starts come in document order. */
  at: number;
}

/** An empty `ReadAhead`. */
export const readAhead = (): ReadAhead => ({ nodes: [], texts: [], after: null, at: 0 });

/**
 * Normalised text from `start` onwards inside `scope`, stopping once it holds `chars` characters
 * or after `budget` nodes. Block boundaries and `<br>` count as spaces. With `ahead`, what an
 * earlier call read in the same scope is reused (the result is the same).
 */
export function textFrom(start: Node, scope: Node, chars: number, budget = 64, ahead = readAhead()): string {
  let i = ahead.scope === scope ? ahead.nodes.indexOf(start, ahead.at) : -1;
  if (i < 0) {
    ahead.scope = scope;
    ahead.nodes = [start];
    ahead.texts = [nodeValueOf(start) ?? ''];
    ahead.after = nextOutside(start, scope);
    i = 0;
  }
  ahead.at = i;
  const { nodes, texts } = ahead;
  let text = texts[i++]!;
  while (i < nodes.length && text.length < chars * 2 && budget-- > 0) text += texts[i++];
  // Read on past the last node read before: one node per step, as it is added.
  let n = i < nodes.length ? null : ahead.after;
  while (n && text.length < chars * 2 && budget-- > 0) {
    const type = nodeTypeOf(n);
    let piece = '';
    let next: Node | null = null;
    if (type === TEXT_NODE) {
      piece = nodeValueOf(n) ?? '';
    } else if (type === ELEMENT_NODE && !SKIP_TAGS.has(tagOf(n as Element))) {
      piece = ' ';
      next = firstChildOf(n);
    }
    text += piece;
    nodes.push(n);
    texts.push(piece);
    n = ahead.after = next ?? nextOutside(n, scope);
  }
  return normaliseText(text);
}

/**
 * Text content without script and style bodies, blocks separated by spaces, up to about `chars`
 * characters (a report needs the start only). A walk, not a recursion: a removed box may be
 * thousands of levels deep.
 */
export function readableText(node: Node, blocks: ReadonlySet<string>, chars = Infinity): string {
  // A block's text is set off by a space on each side (any space will do: the text is normalised after).
  const spaced = (n: Node): boolean => {
    if (nodeTypeOf(n) !== ELEMENT_NODE) return false;
    const tag = tagOf(n as Element);
    return (tag === 'BR' || blocks.has(tag)) && !SKIP_TAGS.has(tag);
  };
  let out = '';
  for (let n: Node | null = node; n && out.length < chars; ) {
    const type = nodeTypeOf(n);
    let first: Node | null = null;
    if (type === TEXT_NODE) {
      out += nodeValueOf(n) ?? '';
    } else if (type === ELEMENT_NODE && !SKIP_TAGS.has(tagOf(n as Element))) {
      if (spaced(n)) out += ' ';
      first = firstChildOf(n);
    }
    if (first) {
      n = first;
      continue;
    }
    // Leaving `n`, and every ancestor it was the last of, up to `node`.
    let next: Node | null = null;
    for (let up: Node | null = n; up && up !== node && !next; up = parentOf(up)) {
      if (spaced(up)) out += ' ';
      next = nextSiblingOf(up);
    }
    n = next;
  }
  return out;
}

/**
 * The elements of a live collection (`getElementsByTagName`, `children`) as an array, read in one
 * pass with its length read once. `Array.from` and `for…of` read the collection's `length` at
 * every step, and in jsdom each such read first looks through the whole collection for an element
 * with that id or name: listing 2,000 elements took 400 ms that way and 2-4 ms this way. A loop
 * rather than `Array.prototype.slice.call`: in Chromium slice takes the generic path for a host
 * object, three times slower (3,000 divs: 9 ms against 3 ms); jsdom takes the two alike.
 */
export function arrayOf(collection: ArrayLike<Element>): Element[] {
  const out: Element[] = [];
  for (let i = 0, n = collection.length; i < n; i++) out.push(collection[i]!);
  return out;
}

/**
 * The first `<base href>` of `doc` in tree order, the one `baseURI` reads, found by tag: jsdom's
 * selector engine took 4 ms a page for `base[href]`, and threw on a page whose form has a field
 * named `localName` (see detectors/site.ts).
 */
export function baseElementOf(doc: Document): Element | undefined {
  const root = doc.documentElement;
  return root ? arrayOf(byTagOf(root, 'base')).find((b) => hasAttrOf(b, 'href')) : undefined;
}

/** Total length of the normalised text of the links in `el` (itself included). */
export function linkTextLength(el: Element): number {
  if (tagOf(el) === 'A') return normaliseText(textOf(el)).length;
  let n = 0;
  for (const a of arrayOf(byTagOf(el, 'a'))) n += normaliseText(textOf(a)).length;
  return n;
}
