/**
 * The recursive Markdown walk as it was before issue 18, kept to check that the iterative walk in
 * src/core/markdown.ts writes the same bytes.
 */
import { arrayOf } from '../../src/core/dom-text.ts';
import { ELEMENT_NODE, TEXT_NODE, attrOf, childrenOf, firstChildOf, localNameOf, nextSiblingOf, nodeTypeOf, nodeValueOf, queryAllOf, textOf } from '../../src/core/safe-dom.ts';

const INLINE_ESCAPE = /([\\`*_[\]<>])/g;
/**
 * Nesting deeper than this is written as plain text: the sanitiser keeps at most 200 levels of
 * elements, so only a tree that did not pass through it gets here, and the recursion stays far
 * from the stack's limit.
 */
const MAX_DEPTH = 400;
let depth = 0;

/** `render(node)`, or its plain text when the tree is already `MAX_DEPTH` deep. */
function nested<T>(node: Node, render: () => T, flat: (text: string) => T): T {
  if (depth >= MAX_DEPTH) return flat(escapeText(textOf(node)));
  depth++;
  try {
    return render();
  } finally {
    depth--;
  }
}

/** Returns Markdown for `root`'s children, blocks separated by a blank line. */
export function toMarkdown(root: Node): string {
  return blocks(root, '')
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blocks(node: Node, indent: string): string[] {
  return nested(node, () => blocksOf(node, indent), (text) => [text.trim()]);
}

function blocksOf(node: Node, indent: string): string[] {
  const out: string[] = [];
  let inline = '';
  const flush = (): void => {
    const text = inline.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (text) out.push(text);
    inline = '';
  };
  for (let child = firstChildOf(node); child; child = nextSiblingOf(child)) {
    const type = nodeTypeOf(child);
    if (type === TEXT_NODE) {
      inline += escapeText(nodeValueOf(child) ?? '');
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    const el = child as Element;
    const block = blockOf(el, indent);
    if (block === null) {
      inline += inlineOf(el);
    } else {
      flush();
      if (block) out.push(block);
    }
  }
  flush();
  return out;
}

function blockOf(el: Element, indent: string): string | null {
  const tag = localNameOf(el);
  switch (tag) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
      const text = inlineChildren(el).replace(/\s+/g, ' ').trim();
      return text ? `${'#'.repeat(Number(tag[1]))} ${text}` : '';
    }
    case 'p': case 'div': case 'section': case 'article': case 'header': case 'footer': case 'main':
    case 'aside': case 'figure': case 'details': case 'summary': case 'dl': case 'dd': case 'dt':
      return blocks(el, indent).join('\n\n');
    case 'figcaption': case 'caption': {
      const text = inlineChildren(el).replace(/\s+/g, ' ').trim();
      return text ? `_${text}_` : '';
    }
    case 'blockquote':
      return blocks(el, indent)
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'ul': case 'ol':
      return listOf(el, indent);
    case 'pre': {
      const code = textOf(el);
      const fence = code.includes('```') ? '~~~' : '```';
      return `${fence}\n${code.replace(/\n$/, '')}\n${fence}`;
    }
    case 'hr':
      return '---';
    case 'table':
      return tableOf(el);
    default:
      return null;
  }
}

function listOf(list: Element, indent: string): string {
  const ordered = localNameOf(list) === 'ol';
  let n = Number(attrOf(list, 'start') ?? '1') || 1;
  const items: string[] = [];
  for (const li of arrayOf(childrenOf(list))) {
    if (localNameOf(li) !== 'li') continue;
    const marker = ordered ? `${n++}.` : '-';
    const pad = ' '.repeat(marker.length + 1);
    const body = blocks(li, indent + pad).join('\n\n');
    const lines = body.split('\n');
    items.push(`${marker} ${lines[0] ?? ''}${lines.slice(1).map((l) => (l ? `\n${pad}${l}` : '\n')).join('')}`);
  }
  return items.join('\n');
}

function tableOf(table: Element): string {
  const rows = Array.from(queryAllOf(table, 'tr')).map((tr) =>
    arrayOf(childrenOf(tr))
      .filter((c) => localNameOf(c) === 'td' || localNameOf(c) === 'th')
      .map((c) => inlineChildren(c).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()),
  );
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (!width) return '';
  const line = (cells: string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}

function inlineChildren(el: Element): string {
  return nested(el, () => inlineChildrenOf(el), (text) => text);
}

function inlineChildrenOf(el: Element): string {
  let out = '';
  for (let child = firstChildOf(el); child; child = nextSiblingOf(child)) {
    const type = nodeTypeOf(child);
    if (type === TEXT_NODE) out += escapeText(nodeValueOf(child) ?? '');
    else if (type === ELEMENT_NODE) out += inlineOf(child as Element);
  }
  return out;
}

function inlineOf(el: Element): string {
  const inner = (): string => inlineChildren(el);
  switch (localNameOf(el)) {
    case 'br':
      return '  \n';
    case 'strong': case 'b':
      return wrap(inner(), '**');
    case 'em': case 'i':
      return wrap(inner(), '_');
    case 'del': case 's':
      return wrap(inner(), '~~');
    case 'code': case 'kbd': case 'samp': {
      const code = textOf(el).replace(/\s+/g, ' ');
      const tick = code.includes('`') ? '``' : '`';
      return code ? `${tick}${code}${tick}` : '';
    }
    case 'a': {
      const text = inner().replace(/\s+/g, ' ').trim();
      const href = attrOf(el, 'href');
      if (!href || !text) return text;
      return `[${text}](${href.replace(/[()\s]/g, encodeURIComponent)})`;
    }
    case 'img': {
      const src = attrOf(el, 'src');
      if (!src) return '';
      const alt = (attrOf(el, 'alt') ?? '').replace(/[[\]]/g, '');
      return `![${alt}](${src.replace(/[()\s]/g, encodeURIComponent)})`;
    }
    default:
      return inner();
  }
}

function wrap(text: string, mark: string): string {
  const trimmed = text.trim();
  if (!trimmed) return text;
  const lead = text.match(/^\s*/)?.[0] ?? '';
  const trail = text.match(/\s*$/)?.[0] ?? '';
  return `${lead}${mark}${trimmed}${mark}${trail}`;
}

function escapeText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(INLINE_ESCAPE, '\\$1');
}
