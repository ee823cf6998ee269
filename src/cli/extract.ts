/**
 * One page through the core: read and check the bytes, count what the page will cost, parse it
 * (./parse-page.ts), pick the URL, clean. Shared by `extract` and `batch` (through the page worker) so
 * both fail the same way for the same page.
 */
import { cleanDocument, type CleanResult } from '../core/index.ts';
import type { SiteMemory } from '../core/site-memory/types.ts';
import { CliError, ExitCode } from './exit-codes.ts';
import { checkPageCost } from './page-cost.ts';
import { pageUrl } from './page-url.ts';
import type { ParsedPage } from './parse-html.ts';
import { parsePage } from './parse-page.ts';
import { checkPage, readPage } from './read-input.ts';

export interface Extracted {
  result: CleanResult;
  url: string | undefined;
}

/** Where a page comes from and what is known about it from outside. */
export interface PageSource {
  /** A path, or `-` for stdin. */
  file: string;
  /** How messages call the page (batch passes the manifest's spelling, not the resolved path). */
  name?: string;
  /** The bytes already read (stdin is read by the main thread); else `file` is read. */
  raw?: Uint8Array;
  /** `--url` or the manifest's "url". */
  url?: string;
  /** `--encoding` or the manifest's "encoding": the transport's charset label. */
  encoding?: string;
  /** The memory of the page's site (batch): the result then carries its observations. */
  siteMemory?: SiteMemory;
}

/** How messages call a page. */
export const sourceName = (source: PageSource): string => source.name ?? (source.file === '-' ? 'stdin' : source.file);

/**
 * Reads, checks and parses a page (not yet cleaned): throws a `CliError` for unreadable input,
 * non-HTML and a page over the element limit. The caller closes the page.
 */
export async function loadPage(source: PageSource): Promise<ParsedPage> {
  const name = sourceName(source);
  // Bytes that crossed from the main thread arrive as a plain Uint8Array.
  const raw = source.raw && Buffer.from(source.raw.buffer, source.raw.byteOffset, source.raw.byteLength);
  const bytes = raw ? checkPage(raw, name) : await readPage(source.file, name);
  checkPageCost(bytes, name);
  // With no known URL the page is parsed as about:blank: Readability then leaves relative links
  // alone and the core resolves them against the URL the caller picks (canonical, og:url, file).
  return parsePage(bytes, source.url, source.encoding);
}

/**
 * Extracts the article of a page. Throws a `CliError` for unreadable input, non-HTML, a page
 * over the element limit and "no article"; anything else thrown is a bug (or a page deeper than
 * the stack), which the caller reports.
 */
export async function extractPage(source: PageSource): Promise<Extracted> {
  const { file, url: explicitUrl } = source;
  const name = sourceName(source);
  const page = await loadPage(source);
  try {
    const url = pageUrl(page.document, explicitUrl, file);
    const result = cleanDocument(page.document, { ...(url && { url }), ...(source.siteMemory && { siteMemory: source.siteMemory }) });
    if (!result) throw new CliError(ExitCode.noArticle, `no article found in '${name}'`);
    return { result, url };
  } finally {
    await page.close();
  }
}
