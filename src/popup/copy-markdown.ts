/**
 * Copy Markdown with a contents list in front, when the user asked for it in the options
 * (issue 16, item 3). The list is built from the article's sanitised HTML, parsed into an inert
 * DOMParser document (no script runs, nothing loads, nothing reaches the popup's DOM), so the
 * Markdown below it stays exactly the one the core wrote.
 */
import { withContents } from '../core/markdown.ts';
import type { CleanResult } from '../core/types.ts';

type CopiedArticle = Pick<CleanResult, 'title' | 'text' | 'markdown' | 'html'>;

/** `article` with its Markdown starting with the contents list (unchanged below 3 headings). */
export function withMarkdownContents<A extends CopiedArticle>(article: A): A {
  const parsed = new DOMParser().parseFromString(article.html, 'text/html');
  return { ...article, markdown: withContents(article.markdown, parsed.body, article.title.trim() || undefined) };
}
