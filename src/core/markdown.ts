/**
 * Markdown from a sanitised article tree (CommonMark: ATX headings, `-` lists, `>` quotes,
 * fenced code, inline links and images, pipe tables).
 */
import { arrayOf } from './dom-text.ts';
import { collectHeadings, contentsDepths, wantsContents } from './headings.ts';
import { ELEMENT_NODE, TEXT_NODE, attrOf, childrenOf, firstChildOf, localNameOf, nextSiblingOf, nodeTypeOf, nodeValueOf, queryAllOf, textOf } from './safe-dom.ts';

const INLINE_ESCAPE = /([\\`*_[\]<>])/g;
/**
 * Nesting deeper than this is written as plain text: the sanitiser keeps at most 200 levels of
 * elements, so only a tree that did not pass through it gets here. The walk keeps its own stack
 * (no recursion), so depth cannot overflow the call stack; the limit bounds the cost of quote
 * prefixes and list indents, which every level adds to all the lines below it.
 */
const MAX_DEPTH = 400;
let depth = 0;

/**
 * A step of the walk: a generator that yields the sub-steps whose results it needs and is resumed
 * with each result, so the walk's depth lives in `run`'s array instead of the call stack.
 */
type Step<T> = Generator<Step<unknown>, T, unknown>;

/** Runs `step` and its sub-steps with an explicit stack; returns its result. */
function run<T>(step: Step<T>): T {
  const stack: Step<unknown>[] = [step];
  let value: unknown;
  for (;;) {
    const top = stack[stack.length - 1]!;
    const next = top.next(value);
    value = undefined;
    if (next.done) {
      stack.pop();
      value = next.value;
      if (!stack.length) return value as T;
    } else {
      stack.push(next.value);
    }
  }
}

/** `render(node)`, or its plain text when the tree is already `MAX_DEPTH` deep. */
function* nested<T>(node: Node, render: () => Step<T>, flat: (text: string) => T): Step<T> {
  if (depth >= MAX_DEPTH) return flat(escapeText(textOf(node)));
  depth++;
  try {
    return (yield render()) as T;
  } finally {
    depth--;
  }
}

export interface MarkdownOptions {
  /** Start with a contents list linking to the headings' anchors (when there are 3 or more). */
  contents?: boolean;
  /** The title printed above the Markdown as `# title`: its anchor comes first. */
  title?: string;
}

/** Returns Markdown for `root`'s children, blocks separated by a blank line. */
export function toMarkdown(root: Element, options: MarkdownOptions = {}): string {
  depth = 0;
  try {
    const body = run(blocks(root, ''))
      .join('\n\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return options.contents ? withContents(body, root, options.title) : body;
  } finally {
    depth = 0;
  }
}

/**
 * A Markdown list of links to `root`'s headings (`- [Text](#slug)`, nested by level), or '' when
 * there are fewer than 3. The slugs are GitHub's (see headings.ts), so the links land on the
 * anchors a renderer gives the headings; `title` is the `# title` printed above, if any.
 */
export function contentsMarkdown(root: Element, title?: string): string {
  const headings = collectHeadings(root, title ? [title] : []);
  if (!wantsContents(headings)) return '';
  const depths = contentsDepths(headings);
  return headings
    .map((h, i) => `${'  '.repeat(depths[i]!)}- [${escapeText(h.text)}](#${encodeURI(h.slug)})`)
    .join('\n');
}

/** `markdown` (already rendered from `root`) with `root`'s contents list in front, if it has one. */
export function withContents(markdown: string, root: Element, title?: string): string {
  const contents = contentsMarkdown(root, title);
  return contents ? `${contents}\n\n${markdown}` : markdown;
}

function blocks(node: Node, indent: string): Step<string[]> {
  return nested(node, () => blocksOf(node, indent), (text) => [text.trim()]);
}

function* blocksOf(node: Node, indent: string): Step<string[]> {
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
    const block = (yield blockOf(el, indent)) as string | null;
    if (block === null) {
      inline += (yield inlineOf(el)) as string;
    } else {
      flush();
      if (block) out.push(block);
    }
  }
  flush();
  return out;
}

function* blockOf(el: Element, indent: string): Step<string | null> {
  const tag = localNameOf(el);
  switch (tag) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
      const text = ((yield inlineChildren(el)) as string).replace(/\s+/g, ' ').trim();
      return text ? `${'#'.repeat(Number(tag[1]))} ${text}` : '';
    }
    case 'p': case 'div': case 'section': case 'article': case 'header': case 'footer': case 'main':
    case 'aside': case 'figure': case 'details': case 'summary': case 'dl': case 'dd': case 'dt':
      return ((yield blocks(el, indent)) as string[]).join('\n\n');
    case 'figcaption': case 'caption': {
      const text = ((yield inlineChildren(el)) as string).replace(/\s+/g, ' ').trim();
      return text ? `_${text}_` : '';
    }
    case 'blockquote':
      return ((yield blocks(el, indent)) as string[])
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'ul': case 'ol':
      return (yield listOf(el, indent)) as string;
    case 'pre': {
      const code = textOf(el);
      const fence = code.includes('```') ? '~~~' : '```';
      return `${fence}\n${code.replace(/\n$/, '')}\n${fence}`;
    }
    case 'hr':
      return '---';
    case 'table':
      return (yield tableOf(el)) as string;
    default:
      return null;
  }
}

function* listOf(list: Element, indent: string): Step<string> {
  const ordered = localNameOf(list) === 'ol';
  let n = Number(attrOf(list, 'start') ?? '1') || 1;
  const items: string[] = [];
  for (const li of arrayOf(childrenOf(list))) {
    if (localNameOf(li) !== 'li') continue;
    const marker = ordered ? `${n++}.` : '-';
    const pad = ' '.repeat(marker.length + 1);
    const body = ((yield blocks(li, indent + pad)) as string[]).join('\n\n');
    const lines = body.split('\n');
    items.push(`${marker} ${lines[0] ?? ''}${lines.slice(1).map((l) => (l ? `\n${pad}${l}` : '\n')).join('')}`);
  }
  return items.join('\n');
}

function* tableOf(table: Element): Step<string> {
  const rows: string[][] = [];
  for (const tr of Array.from(queryAllOf(table, 'tr'))) {
    const row: string[] = [];
    for (const c of arrayOf(childrenOf(tr))) {
      if (localNameOf(c) !== 'td' && localNameOf(c) !== 'th') continue;
      row.push(((yield inlineChildren(c)) as string).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim());
    }
    rows.push(row);
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (!width) return '';
  const line = (cells: string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}

function inlineChildren(el: Element): Step<string> {
  return nested(el, () => inlineChildrenOf(el), (text) => text);
}

function* inlineChildrenOf(el: Element): Step<string> {
  let out = '';
  for (let child = firstChildOf(el); child; child = nextSiblingOf(child)) {
    const type = nodeTypeOf(child);
    if (type === TEXT_NODE) out += escapeText(nodeValueOf(child) ?? '');
    else if (type === ELEMENT_NODE) out += (yield inlineOf(child as Element)) as string;
  }
  return out;
}

function* inlineOf(el: Element): Step<string> {
  const inner = inlineChildren(el);
  switch (localNameOf(el)) {
    case 'br':
      return '  \n';
    case 'strong': case 'b':
      return wrap((yield inner) as string, '**');
    case 'em': case 'i':
      return wrap((yield inner) as string, '_');
    case 'del': case 's':
      return wrap((yield inner) as string, '~~');
    case 'code': case 'kbd': case 'samp': {
      const code = textOf(el).replace(/\s+/g, ' ');
      const tick = code.includes('`') ? '``' : '`';
      return code ? `${tick}${code}${tick}` : '';
    }
    case 'a': {
      const text = ((yield inner) as string).replace(/\s+/g, ' ').trim();
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
      return (yield inner) as string;
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
