/**
 * Plain text from a (sanitised) article tree: one paragraph per block, paragraphs separated by
 * one blank line, line breaks inside a block kept as single newlines.
 */

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
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        buffer += (child.nodeValue ?? '').replace(/\s+/g, ' ');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).localName.toLowerCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'br') {
          buffer += '\n';
        } else if (BLOCK_ELEMENTS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Counts words: runs of letters/digits, with each CJK or Thai character counted as a word. */
export function countWords(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu)?.length ?? 0;
  const rest = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu, ' ');
  const words = rest.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return words + cjk;
}
