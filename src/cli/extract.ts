/**
 * One page through the core: read and check the bytes, parse them with jsdom, pick the URL, clean.
 * Shared by `extract` and `batch` so both fail the same way for the same page.
 */
import { cleanDocument, type CleanResult } from '../core/index.ts';
import type { SiteMemory } from '../core/site-memory/types.ts';
import { CliError, ExitCode } from './exit-codes.ts';
import { pageUrl } from './page-url.ts';
import { parseHtml } from './parse-html.ts';
import { readPage } from './read-input.ts';

export interface Extracted {
  result: CleanResult;
  url: string | undefined;
}

/**
 * Extracts the article of `file` (`-` = stdin). Throws a `CliError` for unreadable input, non-HTML
 * and "no article"; anything else thrown is a bug and becomes an internal error at the top.
 * @param name how messages call the file
 * @param siteMemory the memory of the page's site (batch): the result then carries its observations
 */
export async function extractPage(file: string, explicitUrl: string | undefined, name?: string, siteMemory?: SiteMemory): Promise<Extracted> {
  const bytes = await readPage(file, name);
  // With no known URL the page is parsed as about:blank: Readability then leaves relative links
  // alone and the core resolves them against the URL we pick below (canonical, og:url, file).
  const page = parseHtml(bytes, explicitUrl);
  try {
    const url = pageUrl(page.document, explicitUrl, file);
    const result = cleanDocument(page.document, { ...(url && { url }), ...(siteMemory && { siteMemory }) });
    if (!result) throw new CliError(ExitCode.noArticle, `no article found in '${name ?? (file === '-' ? 'stdin' : file)}'`);
    return { result, url };
  } finally {
    await page.close();
  }
}
