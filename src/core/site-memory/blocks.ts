/**
 * The candidate blocks of an extracted article: its leaf blocks (block elements holding no other
 * block), each with its fingerprint, whether it is prose, and its heading level. Reads the DOM,
 * changes nothing.
 */
import { linkTextLength, normaliseText, SKIP_TAGS } from '../dom-text.ts';
import { tagOf as safeTagOf, textOf } from '../safe-dom.ts';
import { hashText, normaliseBlockText } from './fingerprint.ts';
import { PROSE_PRINTS, type BlockPrint } from './types.ts';

/** Elements that start a block of their own; inline elements are part of the block around them. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH',
  'CAPTION', 'SECTION', 'ASIDE', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'BLOCKQUOTE', 'PRE',
  'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CENTER', 'ADDRESS', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'HR',
]);

/** Code repeats across pages of one site (tutorials import the same modules) and is never template: not walked. */
const CODE_TAGS = new Set(['PRE', 'CODE', 'SAMP', 'KBD', 'MATH']);
/** Removing a cell would break its table: the blocks inside cells are candidates, the cells are not. */
const TABLE_PARTS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION']);

/**
 * A block this long, mostly not links, is prose: the article's own paragraphs, which a site may
 * well repeat (a background paragraph in a series of reports) and which are never removed. The
 * short lines a template adds (follow prompts, labels, credits) stay well under it.
 */
export const PROSE_CHARS = 120;
const PROSE_LINK_SHARE = 0.5;
/** A block needs this many letters to be remembered: "1", "A" and "." say nothing of a template. */
const MIN_LETTERS = 3;
const LETTER = /\p{L}/gu;
/**
 * A short line with a year or a numeric date is the article's date line: two articles of the
 * same day share it (seen on two bearblog.dev posts), and it is never the site's template.
 */
const DATE_LINE = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;
const DATE_LINE_CHARS = 60;

export interface CandidateBlock {
  element: Element;
  print: BlockPrint;
  /** Normalised text length, for the article's identity. */
  chars: number;
}

/**
 * The leaf blocks under `root` (not `root` itself) that have enough text to fingerprint, in
 * document order. One TreeWalker, no recursion (a page can nest thousands deep), and no named
 * property of a page element is trusted for the walk (a form's `<input name="children">` shadows
 * its `children`).
 */
export function candidateBlocks(root: Element): CandidateBlock[] {
  const out: CandidateBlock[] = [];
  const walker = (root.ownerDocument ?? (root as unknown as Document)).createTreeWalker(root, SHOW_ELEMENT);
  const open: Frame[] = [];
  // eslint-disable-next-line no-restricted-syntax -- a TreeWalker's own navigation, which form fields cannot shadow
  let more = walker.firstChild() !== null;
  while (more) {
    const el = walker.currentNode as Element;
    const tag = tagOf(el);
    const frame: Frame = { el, tag, holdsBlock: false };
    // eslint-disable-next-line no-restricted-syntax -- a TreeWalker's own navigation, which form fields cannot shadow
    if (tag !== null && !SKIP_TAGS.has(tag) && !CODE_TAGS.has(tag) && walker.firstChild()) {
      open.push(frame);
      continue;
    }
    // Finish this element, then every ancestor whose last child it was.
    for (let done: Frame | undefined = frame; done; ) {
      const parent = open.at(-1);
      if (finish(done, out) && parent) parent.holdsBlock = true;
      // eslint-disable-next-line no-restricted-syntax -- a TreeWalker's own navigation, which form fields cannot shadow
      if (walker.nextSibling()) break;
      if (!parent) {
        more = false;
        break;
      }
      // eslint-disable-next-line no-restricted-syntax -- a TreeWalker's own navigation, which form fields cannot shadow
      walker.parentNode();
      open.pop();
      done = parent;
    }
  }
  return out;
}

const SHOW_ELEMENT = 1;

interface Frame {
  el: Element;
  /** Upper-case tag, or null when the page shadowed `tagName` (then the element is left alone). */
  tag: string | null;
  holdsBlock: boolean;
}

function tagOf(el: Element): string | null {
  try {
    return safeTagOf(el);
  } catch {
    return null;
  }
}

/** Adds `frame`'s element to `out` when it is a leaf block; returns whether it is or holds a block. */
function finish(frame: Frame, out: CandidateBlock[]): boolean {
  const { el, tag, holdsBlock } = frame;
  if (tag === null || SKIP_TAGS.has(tag)) return false;
  // A code block counts as a block (its parent is no leaf) but is never a candidate.
  if (CODE_TAGS.has(tag)) return tag === 'PRE';
  const isBlock = BLOCK_TAGS.has(tag);
  if (isBlock && !holdsBlock && tag !== 'FORM' && !TABLE_PARTS.has(tag)) {
    const candidate = describe(el, tag);
    if (candidate) out.push(candidate);
  }
  return isBlock || holdsBlock;
}

function describe(element: Element, tag: string): CandidateBlock | null {
  const text = normaliseText(textOf(element));
  if ((text.match(LETTER)?.length ?? 0) < MIN_LETTERS) return null;
  if (text.length <= DATE_LINE_CHARS && DATE_LINE.test(text)) return null;
  const heading = /^H[1-6]$/.test(tag) ? Number(tag[1]) : 0;
  const prose = heading === 0 && text.length >= PROSE_CHARS && linkTextLength(element) < text.length * PROSE_LINK_SHARE;
  return { element, chars: text.length, print: { fp: hashText(normaliseBlockText(text)), prose, heading } };
}

/**
 * The article's identity and prose: the fingerprints of its longest prose blocks, and a hash of
 * them all; null when it has no prose (too little text to tell one article from another, so the
 * memory is left out). Content, not the URL: the same article under two addresses (tracking
 * parameters, AMP) is one article, and its own blocks are never taken for the site's.
 */
export function articlePrints(blocks: readonly CandidateBlock[]): { article: string; prose: string[] } | null {
  const prose = blocks.filter((b) => b.print.prose).sort((x, y) => y.chars - x.chars).slice(0, PROSE_PRINTS);
  if (prose.length === 0) return null;
  const prints = prose.map((b) => b.print.fp);
  return { article: hashText([...prints].sort().join(' ')), prose: prints };
}
