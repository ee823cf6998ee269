/**
 * The read-aloud plan: what is spoken, in what pieces, and where each character sits in the
 * reader's DOM. Pure (DOM in, plan out, nothing mutated), so the hardest part of read aloud is
 * unit-tested in jsdom.
 *
 *   roots ─► text nodes in order, minus what is never read (captions, code, anything hidden or
 *            marked removed) ─► paragraphs (one per run of text in the same block element),
 *            white space collapsed, each character mapped back to (text node, offset)
 *         ─► chunks: sentences ≤ MAX_CHUNK_CHARS (./sentences.ts)
 *
 * A boundary event's character index in a chunk maps back through the paragraph to a DOM
 * `Range`, which the highlighter paints without touching the article's markup.
 */
import { chunkText, MAX_CHUNK_CHARS, type Span } from './sentences.ts';

/**
 * Never read out: captions marked as such, code, embedded media and controls, and anything
 * hidden or marked as removed (an insert the core took out but a view kept for show).
 */
export const NEVER_READ = [
  'figcaption',
  '[class~="caption"]',
  '[class~="wp-caption-text"]',
  'pre',
  'code',
  'kbd',
  'samp',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  '[hidden]',
  '[aria-hidden="true"]',
  '[data-bersih-removed]',
].join(', ');

/** Elements that start a new paragraph; text in any other element belongs to its nearest one. */
const BLOCKS = new Set(
  'P H1 H2 H3 H4 H5 H6 LI DT DD BLOCKQUOTE TD TH CAPTION FIGURE DIV SECTION ARTICLE HEADER FOOTER ASIDE ADDRESS DETAILS SUMMARY TABLE UL OL DL'.split(' '),
);

export interface SpeechParagraph {
  /** The block element holding the text: where a click starts reading and the fallback highlight goes. */
  readonly block: Element;
  /** The text as spoken: white space collapsed, trimmed. */
  readonly text: string;
  /** The utterances, in order. */
  readonly chunks: readonly Span[];
  /** `text[i]` comes from `nodes[nodeOf[i]]` at offset `offsetOf[i]`. */
  readonly nodes: readonly Text[];
  readonly nodeOf: readonly number[];
  readonly offsetOf: readonly number[];
}

export interface SpeechPlan {
  readonly paragraphs: readonly SpeechParagraph[];
}

function blockOf(node: Node, root: Element): Element {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (BLOCKS.has(el.tagName.toUpperCase())) return el;
  }
  return root;
}

/** Accumulates one paragraph's text and character map. */
class ParagraphBuilder {
  text = '';
  nodes: Text[] = [];
  nodeOf: number[] = [];
  offsetOf: number[] = [];
  private pendingSpace = false;

  constructor(readonly block: Element) {}

  space(): void {
    this.pendingSpace = true;
  }

  add(node: Text): void {
    const data = node.data;
    let index = -1;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] ?? '';
      if (/\s/.test(ch)) {
        this.pendingSpace = true;
        continue;
      }
      if (index < 0) {
        index = this.nodes.length;
        this.nodes.push(node);
      }
      // A collapsed run of white space becomes one space, mapped to the character after it.
      if (this.pendingSpace && this.text.length > 0) this.push(' ', index, i);
      this.pendingSpace = false;
      this.push(ch, index, i);
    }
  }

  private push(ch: string, node: number, offset: number): void {
    this.text += ch;
    this.nodeOf.push(node);
    this.offsetOf.push(offset);
  }

  build(lang: string | null, maxChars: number): SpeechParagraph | null {
    if (this.text.length === 0) return null;
    const { block, text, nodes, nodeOf, offsetOf } = this;
    return { block, text, nodes, nodeOf, offsetOf, chunks: chunkText(text, lang, maxChars) };
  }
}

/**
 * Plans reading `roots` (in order: say the title, then the body) aloud in `lang`. Nothing in
 * `roots` is changed.
 */
export function planSpeech(roots: readonly Element[], lang: string | null, maxChars = MAX_CHUNK_CHARS): SpeechPlan {
  const paragraphs: SpeechParagraph[] = [];
  for (const root of roots) {
    const doc = root.ownerDocument;
    // 1 | 4: SHOW_ELEMENT | SHOW_TEXT (the constants are on the window's NodeFilter, absent in Node).
    const walker = doc.createTreeWalker(root, 1 | 4, {
      acceptNode: (node) => (node.nodeType === 1 && (node as Element).matches(NEVER_READ) ? 2 : 1),
    });
    let current = null as ParagraphBuilder | null;
    const flush = (): void => {
      const paragraph = current?.build(root.getAttribute('lang') ?? lang, maxChars);
      if (paragraph) paragraphs.push(paragraph);
      current = null;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 1) {
        if ((node as Element).tagName.toUpperCase() === 'BR') current?.space();
        continue;
      }
      const block = blockOf(node, root);
      if (current?.block !== block) {
        flush();
        current = new ParagraphBuilder(block);
      }
      current.add(node as Text);
    }
    flush();
  }
  return { paragraphs };
}

/** The DOM range of `paragraph.text[start, end)`; null when the span is empty or out of range. */
export function rangeOf(paragraph: SpeechParagraph, start: number, end: number): Range | null {
  const last = Math.min(end, paragraph.text.length) - 1;
  if (start < 0 || last < start) return null;
  const startNode = paragraph.nodes[paragraph.nodeOf[start] ?? -1];
  const endNode = paragraph.nodes[paragraph.nodeOf[last] ?? -1];
  if (!startNode || !endNode) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, paragraph.offsetOf[start] ?? 0);
  range.setEnd(endNode, (paragraph.offsetOf[last] ?? 0) + 1);
  return range;
}

/** The index of the paragraph that `node` lies in (the innermost block holding it), or -1. */
export function paragraphAt(plan: SpeechPlan, node: Node): number {
  let found = -1;
  plan.paragraphs.forEach((paragraph, index) => {
    if (!paragraph.block.contains(node)) return;
    const inner = found >= 0 ? plan.paragraphs[found]?.block : null;
    if (!inner || (inner !== paragraph.block && inner.contains(paragraph.block))) found = index;
  });
  return found;
}
