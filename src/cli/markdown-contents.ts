/**
 * `extract --toc`: the result's Markdown with a contents list in front. The list is built from the
 * result's sanitised HTML, parsed as an inert jsdom fragment (no scripts, no loads), so the
 * Markdown body stays byte for byte the one the core wrote.
 */
import { JSDOM } from 'jsdom';
import type { CleanResult } from '../core/index.ts';
import { withContents } from '../core/markdown.ts';

/** `result.markdown` with its contents list first (unchanged below 3 headings). */
export function markdownWithContents(result: Pick<CleanResult, 'html' | 'markdown' | 'title'>): string {
  const fragment = JSDOM.fragment(result.html);
  const root = fragment.ownerDocument.createElement('div');
  root.append(fragment);
  return withContents(result.markdown, root, result.title || undefined);
}
