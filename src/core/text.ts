/**
 * Plain text from a (sanitised) article tree: one paragraph per block, paragraphs separated by
 * one blank line, line breaks inside a block kept as single newlines.
 */
import { ELEMENT_NODE, TEXT_NODE, firstChildOf, localNameOf, nextSiblingOf, nodeTypeOf, nodeValueOf, parentOf } from './safe-dom.ts';

/** Elements that start and end a paragraph of their own. */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'ul', 'center',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/** Returns the text of `root`, blocks separated by a blank line. */
export function toText(root: Node): string {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const para = buffer
      .split('\n')
      .map((line) => line.replace(/[ \t\r\f\u00a0\u200b]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (para) paragraphs.push(para);
    buffer = '';
  };
  // A walk in document order, not a recursion: an article may be deeply nested.
  let node: Node | null = firstChildOf(root);
  while (node) {
    const type = nodeTypeOf(node);
    let first: Node | null = null;
    if (type === TEXT_NODE) {
      buffer += (nodeValueOf(node) ?? '').replace(/\s+/g, ' ');
    } else if (type === ELEMENT_NODE) {
      const tag = localNameOf(node as Element).toLowerCase();
      if (tag === 'br') buffer += '\n';
      else if (!SKIP.has(tag)) {
        if (BLOCK_ELEMENTS.has(tag)) flush();
        first = firstChildOf(node);
      }
    }
    if (first) {
      node = first;
      continue;
    }
    // Leaving `node`, and every ancestor it was the last child of: a block ends its paragraph.
    let next: Node | null = null;
    for (let up: Node | null = node; up && up !== root && !next; up = parentOf(up)) {
      if (nodeTypeOf(up) === ELEMENT_NODE && BLOCK_ELEMENTS.has(localNameOf(up as Element).toLowerCase())) flush();
      next = nextSiblingOf(up);
    }
    node = next;
  }
  flush();
  return paragraphs.join('\n\n');
}

/**
 * Characters of scripts written without spaces (Han, kana, Thai): each counts as a word. Code-point
 * ranges rather than `\p{Script=…}`: Unicode property classes cost V8 milliseconds to compile on
 * every page load, and the popup pays that on every click.
 */
const UNSPACED = /[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g;
/** Spaces, punctuation and symbols: ASCII, Latin-1, general and CJK punctuation. */
const NOT_WORD = '\\s!-/:-@[-`{-~\\u00A0-\\u00BF\\u2000-\\u206F\\u3000-\\u303F';
/** A word: a run of anything but `NOT_WORD`, joined across an inner apostrophe, hyphen or dot ("kota-kota", "don't", "U.S"). */
export const WORD = new RegExp(`[^${NOT_WORD}]+(?:['’\\-.][^${NOT_WORD}]+)*`, 'g');

/** Counts words: runs between spaces and punctuation, with each CJK or Thai character counted as a word. */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  return (text.replace(UNSPACED, ' ').match(WORD)?.length ?? 0) + unspaced;
}
