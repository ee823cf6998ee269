/**
 * Shows what is being read without rewriting the article: the CSS Custom Highlight API paints
 * the sentence and the word from DOM ranges (Chromium 105+, Firefox 140+, Safari 17.2+). Where it
 * is missing (or throws, as an Xray-wrapped registry might), the paragraph being read is marked
 * with an attribute instead, the one change to the reader's own DOM. Either way the spoken word
 * is kept in view.
 */

export const WORD_HIGHLIGHT = 'bersih-speech-word';
export const SENTENCE_HIGHLIGHT = 'bersih-speech-sentence';
/** On the paragraph being read, when ranges cannot be painted. */
export const READING_ATTRIBUTE = 'data-bersih-reading';

export interface Highlighter {
  /** `block` holds `range`; either may be null to clear. */
  sentence(range: Range | null, block: Element | null): void;
  word(range: Range | null): void;
  clear(): void;
  /** Whether ranges are painted (false: the paragraph fallback). */
  readonly painted: boolean;
}

type HighlightWindow = Window & {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
};

function registry(win: Window): { set(name: string, ranges: Range[]): void; remove(name: string): void } | null {
  const { CSS: css, Highlight } = win as HighlightWindow;
  const highlights = css?.highlights;
  if (!highlights || typeof Highlight !== 'function') return null;
  try {
    // Probe once: a registry that cannot take our highlight is as good as none.
    highlights.set(WORD_HIGHLIGHT, new Highlight());
    highlights.delete(WORD_HIGHLIGHT);
  } catch {
    return null;
  }
  return {
    set: (name, ranges) => void highlights.set(name, new Highlight(...ranges)),
    remove: (name) => void highlights.delete(name),
  };
}

/** How far from the scroller's edges (px) the spoken word may get before the view follows it. */
const MARGIN = 96;

/**
 * Scrolls `scroller` so `rect` sits in its reading band. `topInset` is what covers its top (the
 * sticky toolbar). Nothing moves while the word is already comfortably visible.
 */
function keepInView(scroller: Element, rect: DOMRect | null, topInset: () => number): void {
  if (!rect || (rect.width === 0 && rect.height === 0)) return;
  const box = scroller.getBoundingClientRect();
  const top = box.top + topInset() + MARGIN / 2;
  const bottom = box.bottom - MARGIN;
  if (rect.top >= top && rect.bottom <= bottom) return;
  // Put the word a third of the way down: the reader sees what comes next.
  const target = rect.top - (box.top + topInset() + (box.height - topInset()) / 3);
  scroller.scrollBy({ top: target, behavior: 'instant' });
}

/**
 * A highlighter for ranges in `win`'s document, keeping the spoken word in view in `scroller`.
 * `force` picks the fallback for tests.
 */
export function createHighlighter(
  win: Window,
  scroller: Element,
  topInset: () => number = () => 0,
  force?: 'fallback',
): Highlighter {
  const highlights = force === 'fallback' ? null : registry(win);
  let marked: Element | null = null;
  const mark = (block: Element | null): void => {
    if (marked === block) return;
    marked?.removeAttribute(READING_ATTRIBUTE);
    marked = block;
    block?.setAttribute(READING_ATTRIBUTE, '');
  };
  const rectOf = (range: Range): DOMRect | null =>
    typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
  return {
    painted: highlights !== null,
    sentence(range, block) {
      if (highlights) {
        if (range) highlights.set(SENTENCE_HIGHLIGHT, [range]);
        else highlights.remove(SENTENCE_HIGHLIGHT);
        highlights.remove(WORD_HIGHLIGHT);
      } else {
        mark(block);
      }
      // A sentence taller than the reading band is followed word by word instead.
      const rect = range ? rectOf(range) : null;
      if (rect && rect.height <= 2 * MARGIN) keepInView(scroller, rect, topInset);
    },
    word(range) {
      if (highlights) {
        if (range) highlights.set(WORD_HIGHLIGHT, [range]);
        else highlights.remove(WORD_HIGHLIGHT);
      }
      if (range) keepInView(scroller, rectOf(range), topInset);
    },
    clear() {
      highlights?.remove(WORD_HIGHLIGHT);
      highlights?.remove(SENTENCE_HIGHLIGHT);
      mark(null);
    },
  };
}
