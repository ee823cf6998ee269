/**
 * `extract --toc`: the result's Markdown with a contents list in front. The list is built from the
 * result's sanitised HTML, parsed inert (no scripts, no loads) into the CLI's DOM
 * (./parse-page.ts), so the Markdown body stays byte for byte the one the core wrote. Not jsdom:
 * importing it here loaded it into every page worker, for a flag few batches use (issue 17).
 */
import type { CleanResult } from '../core/index.ts';
import { withContents } from '../core/markdown.ts';
import { parsePage } from './parse-page.ts';

/** `result.markdown` with its contents list first (unchanged below 3 headings). */
export function markdownWithContents(result: Pick<CleanResult, 'html' | 'markdown' | 'title'>): string {
  const { document, close } = parsePage(`<!doctype html><html><head></head><body><div>${result.html}</div></body></html>`);
  try {
    return withContents(result.markdown, document.body.firstElementChild!, result.title || undefined);
  } finally {
    void close();
  }
}
