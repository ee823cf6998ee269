/**
 * Output of `bersih extract` in each format. Everything printed comes from the core's result:
 * `html` is the core's sanitised HTML, wrapped in a minimal standalone document.
 */
import type { CleanResult } from '../core/index.ts';
import type { OutputFormat } from './args.ts';
import { markdownWithContents } from './markdown-contents.ts';

/** The JSON fields of one extraction: the page URL used, then every `CleanResult` field. */
export function jsonFields(result: CleanResult, url: string | undefined): Record<string, unknown> {
  return { url: url ?? null, ...result };
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A standalone page around the sanitised article, so `--format html > a.html` opens as is. */
function htmlDocument(result: CleanResult): string {
  const lang = result.lang ? ` lang="${escapeHtml(result.lang)}"` : '';
  const title = escapeHtml(result.title);
  return `<!doctype html>\n<html${lang}>\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n` +
    `<body>\n<h1>${title}</h1>\n${result.html}\n</body>\n</html>\n`;
}

export interface FormatOptions {
  /** Markdown: a contents list first (`extract --toc`). */
  toc?: boolean;
}

/** Renders one result; every format ends with a newline. */
export function formatResult(result: CleanResult, format: OutputFormat, url?: string, options: FormatOptions = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(jsonFields(result, url), null, 2)}\n`;
    case 'html':
      return htmlDocument(result);
    case 'markdown': {
      const body = options.toc ? markdownWithContents(result) : result.markdown;
      return `${result.title ? `# ${result.title}\n\n` : ''}${body.trim()}\n`;
    }
    case 'text':
      return `${result.title ? `${result.title}\n\n` : ''}${result.text.trim()}\n`;
  }
}
