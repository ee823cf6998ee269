/**
 * Small DOM text helpers shared by the rule applier: cheap, bounded, and blind to script bodies.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Not walked into: they hold no readable text. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'HEAD', 'IFRAME']);
const WHITESPACE = /[\s\u00a0\u200b\ufeff]+/g;
const NON_SPACE = /[^\s\u00a0\u200b\ufeff]/;

/** Collapses whitespace (including no-break and zero-width spaces) and trims. */
export function normaliseText(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/** Length of `node`'s text with whitespace collapsed (null counts as 0). */
export function textLength(node: Node | null | undefined): number {
  return node ? normaliseText(node.textContent ?? '').length : 0;
}

/** Whether a text holds anything but whitespace. */
export function hasText(text: string | null): boolean {
  return text !== null && NON_SPACE.test(text);
}

/** The node after `node` in document order, not entering `node`'s children, staying under `root`. */
export function nextOutside(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** The first non-blank text node under `el` (scripts skipped), visiting at most `budget` nodes. */
export function firstTextNode(el: Node, budget = 64): Node | null {
  let n: Node | null = el.firstChild;
  while (n && budget-- > 0) {
    if (n.nodeType === TEXT_NODE) {
      if (hasText(n.nodeValue)) return n;
    } else if (n.nodeType === ELEMENT_NODE && !SKIP_TAGS.has((n as Element).tagName) && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    n = nextOutside(n, el);
  }
  return null;
}

/**
 * Normalised text from `start` onwards inside `scope`, stopping once it holds `chars` characters
 * or after `budget` nodes. Block boundaries and `<br>` count as spaces.
 */
export function textFrom(start: Node, scope: Node, chars: number, budget = 64): string {
  let text = start.nodeValue ?? '';
  let n: Node | null = nextOutside(start, scope);
  while (n && text.length < chars * 2 && budget-- > 0) {
    if (n.nodeType === TEXT_NODE) {
      text += n.nodeValue ?? '';
    } else if (n.nodeType === ELEMENT_NODE) {
      const tag = (n as Element).tagName;
      if (!SKIP_TAGS.has(tag)) {
        text += ' ';
        if (n.firstChild) {
          n = n.firstChild;
          continue;
        }
      }
    }
    n = nextOutside(n, scope);
  }
  return normaliseText(text);
}

/** Text content without script and style bodies, blocks separated by spaces. */
export function readableText(node: Node, blocks: ReadonlySet<string>): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const tag = (node as Element).tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return '';
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) out += readableText(c, blocks);
  return tag === 'BR' || blocks.has(tag) ? ` ${out} ` : out;
}

/**
 * The elements of a live collection (`getElementsByTagName`, `children`) as an array, read in one
 * pass. `Array.from` and `for…of` read the collection's `length` at every step, and in jsdom each
 * such read first looks through the whole collection for an element with that id or name: listing
 * 2,000 elements took 400 ms that way and 2-4 ms this way. Browsers take either in their stride.
 */
export function arrayOf(collection: ArrayLike<Element>): Element[] {
  return Array.prototype.slice.call(collection) as Element[];
}

/** Total length of the normalised text of the links in `el` (itself included). */
export function linkTextLength(el: Element): number {
  if (el.tagName.toUpperCase() === 'A') return normaliseText(el.textContent ?? '').length;
  let n = 0;
  for (const a of arrayOf(el.getElementsByTagName('a'))) n += normaliseText(a.textContent ?? '').length;
  return n;
}
