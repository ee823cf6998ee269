/**
 * `bersih extract PAGE1 PAGE2 …` and a batch line's `"files"`: an article saved as several
 * pages, each cleaned on its own and joined by the core in the order given.
 */
import { cleanDocument } from '../core/index.ts';
import { joinPages, type PagePart } from '../core/pages/join.ts';
import { CliError, ExitCode } from './exit-codes.ts';
import type { Extracted } from './extract.ts';
import { declaredUrl, pageUrl } from './page-url.ts';
import { parseHtml, type ParsedPage } from './parse-html.ts';
import { readPage } from './read-input.ts';

/**
 * Extracts and joins the pages in `files` (page 1 first). A later page without a URL of its own
 * is cleaned with page 1's, so the outlet's rules apply to every page.
 * @param names how messages call each file (batch passes the manifest's spelling)
 */
export async function extractPages(files: string[], explicitUrl: string | undefined, names: string[] = files): Promise<Extracted> {
  const parsed: ParsedPage[] = [];
  try {
    const parts: PagePart[] = [];
    let firstUrl: string | undefined;
    for (const [index, file] of files.entries()) {
      const name = names[index] ?? file;
      const page = parseHtml(await readPage(file, name), index === 0 ? explicitUrl : undefined);
      parsed.push(page);
      const url = index === 0 ? pageUrl(page.document, explicitUrl, file) : (declaredUrl(page.document) ?? firstUrl ?? pageUrl(page.document, undefined, file));
      if (index === 0) firstUrl = url;
      const result = cleanDocument(page.document, url ? { url } : {});
      if (!result) throw new CliError(ExitCode.noArticle, `no article found in '${name === '-' ? 'stdin' : name}' (page ${index + 1})`);
      parts.push({ page: index + 1, result });
    }
    const joined = joinPages(parts, parsed[0]!.document);
    if (!joined) throw new CliError(ExitCode.noArticle, `no article found in '${names[0]}'`);
    return { result: joined, url: firstUrl };
  } finally {
    for (const page of parsed) await page.close();
  }
}
