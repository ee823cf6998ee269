/**
 * The derived half of a result: everything computed from a sanitised article container.
 * Shared by the pipeline and by callers that build an article another way (the selection).
 */
import { guessLang } from './lang.ts';
import { toMarkdown } from './markdown.ts';
import { readingMinutes } from './reading-time.ts';
import { countWords, toText } from './text.ts';
import type { CleanResult } from './types.ts';

export type ArticleOutputs = Pick<CleanResult, 'html' | 'text' | 'markdown' | 'wordCount' | 'readingMinutes' | 'lang'>;

/**
 * HTML, text, Markdown, word count and reading time of `container` (already sanitised), or null
 * when it holds no text. `lang` is the declared language; without one it is guessed from the text.
 */
export function articleOutputs(container: Element, lang: string | null): ArticleOutputs | null {
  const text = toText(container);
  if (!text) return null;
  const language = lang ?? guessLang(text);
  const wordCount = countWords(text);
  return {
    html: container.innerHTML,
    text,
    markdown: toMarkdown(container),
    wordCount,
    readingMinutes: readingMinutes(wordCount, language),
    lang: language,
  };
}
