/**
 * Block-aware plain text of a DOM subtree, used for both sides of the evaluation that have no text
 * of their own (Readability's article and the Readability test pages' `expected.html`).
 * `textContent` would glue `<li>one</li><li>two</li>` into the token `onetwo`; the metric counts
 * `\w+` runs, so block boundaries must become whitespace.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);

/** Text of `root` with one blank line between blocks and runs of spaces collapsed. */
export function blockText(root: Node): string {
  const blocks: string[] = [];
  let line = '';
  const flush = (): void => {
    const trimmed = line.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (trimmed) blocks.push(trimmed);
    line = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      line += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return blocks.join('\n\n');
}
