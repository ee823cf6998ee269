/**
 * `bersih extract PAGE1 PAGE2 …` and a batch line's `"files"`: an article saved as several
 * pages, each read, checked and cleaned on its own (the same limits as one page) and joined by
 * the core in the order given. Runs inside a page worker (./page-job.ts), so the whole article
 * shares one worker's heap cap and clock.
 */
import { cleanDocument } from '../core/index.ts';
import { joinPages, type PagePart } from '../core/pages/join.ts';
import { CliError, ExitCode } from './exit-codes.ts';
import { loadPage, sourceName, type Extracted, type PageSource } from './extract.ts';
import { declaredUrl, pageUrl } from './page-url.ts';
import type { ParsedPage } from './parse-html.ts';

/**
 * Extracts and joins `first` and the `more` pages after it (their `url` is not used). A later page without a URL of its
 * own is cleaned with page 1's, so the outlet's rules apply to every page.
 */
export async function extractPages(first: PageSource, more: PageSource[]): Promise<Extracted> {
  const parsed: ParsedPage[] = [];
  try {
    const parts: PagePart[] = [];
    let firstUrl: string | undefined;
    for (const [index, source] of [first, ...more].entries()) {
      const page = await loadPage(source);
      parsed.push(page);
      const url = index === 0
        ? pageUrl(page.document, source.url, source.file)
        : (declaredUrl(page.document) ?? firstUrl ?? pageUrl(page.document, undefined, source.file));
      if (index === 0) firstUrl = url;
      const result = cleanDocument(page.document, url ? { url } : {});
      if (!result) throw new CliError(ExitCode.noArticle, `no article found in '${sourceName(source)}' (page ${index + 1})`);
      parts.push({ page: index + 1, result });
    }
    const joined = joinPages(parts, parsed[0]!.document);
    if (!joined) throw new CliError(ExitCode.noArticle, `no article found in '${sourceName(first)}'`);
    return { result: joined, url: firstUrl };
  } finally {
    for (const page of parsed) await page.close();
  }
}
