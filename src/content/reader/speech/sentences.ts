/**
 * Splitting a paragraph into the pieces spoken as one utterance each: sentences, and a sentence
 * longer than `maxChars` cut at a clause mark or between words. Some engines stop an utterance
 * after about 15 seconds (Chrome's network voices, crbug.com/679437): 160 characters is about
 * 25 words, 10 s at a normal pace and under 15 s at the slowest speed offered (0.75×).
 */

/** Utterances stay at most this long, in characters. */
export const MAX_CHUNK_CHARS = 160;

/** A piece of a paragraph: `[start, end)` offsets into the paragraph's text. */
export interface Span {
  start: number;
  end: number;
}

// Fallback for engines without Intl.Segmenter: a sentence ends at . ! ? … (and closing quotes)
// followed by space.
const SENTENCE_END = /[.!?…]+["'”’)\]]*\s+/g;

function sentenceSpans(text: string, lang: string | null): Span[] {
  const spans: Span[] = [];
  if (typeof Intl.Segmenter === 'function') {
    let locale: string | undefined;
    try {
      locale = lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
    } catch {
      locale = undefined;
    }
    const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    for (const { index, segment } of segmenter.segment(text)) spans.push({ start: index, end: index + segment.length });
    return spans;
  }
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** The last good place to cut `text[start, limit)`: after a clause mark, else after a space. */
function cutPoint(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit);
  const clause = Math.max(...[', ', '; ', ': ', ' – ', ' — '].map((mark) => window.lastIndexOf(mark)));
  // A clause cut only when it leaves a reasonable first part; else the last space.
  if (clause > window.length / 3) return start + clause + 2;
  const space = window.lastIndexOf(' ');
  return space > 0 ? start + space + 1 : limit;
}

/** `span` without the white space at either end; null when nothing is left. */
function trimmed(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

/**
 * The spoken chunks of `text` in order, each a sentence or part of one, at most `maxChars` long
 * (a single word longer than that is cut), trimmed, none empty.
 */
export function chunkText(text: string, lang: string | null, maxChars = MAX_CHUNK_CHARS): Span[] {
  const chunks: Span[] = [];
  for (const sentence of sentenceSpans(text, lang)) {
    let rest = trimmed(text, sentence);
    while (rest) {
      if (rest.end - rest.start <= maxChars) {
        chunks.push(rest);
        break;
      }
      const cut = cutPoint(text, rest.start, rest.start + maxChars);
      const head = trimmed(text, { start: rest.start, end: cut });
      if (head) chunks.push(head);
      rest = trimmed(text, { start: cut, end: rest.end });
    }
  }
  return chunks;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’_-]/u;

/**
 * Where the word starting at `index` of `text` ends, for voices whose boundary events carry no
 * length (`charLength` is 0 or missing in some engines).
 */
export function wordEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length && WORD_CHAR.test(text[end] ?? '')) end++;
  // A boundary on punctuation or a symbol: take the run up to the next space.
  if (end === index) while (end < text.length && !/\s/.test(text[end] ?? '')) end++;
  return end;
}
