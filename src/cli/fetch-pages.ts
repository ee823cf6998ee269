/**
 * The worker's half of `bersih fetch URL` (see ./fetch-command.ts): a live article and, unless
 * `--no-pages`, its other pages, found and joined by the core and walked by the shared collector
 * within the CLI's limits (20 pages, a minute in all, each URL once). Every fetched page passes
 * the same checks as a saved one (HTML, element limit) and is decoded as a browser would, the
 * Content-Type charset first. A later page that fails becomes a warning; what was joined is printed.
 */
import { readFileSync } from 'node:fs';
import { cleanDocument, type CleanResult } from '../core/index.ts';
import { collectPages, type MissingPage } from '../core/pages/collect-pages.ts';
import { CliError, ExitCode } from './exit-codes.ts';
import type { FetchCommand } from './fetch-args.ts';
import { formatResult } from './format.ts';
import { httpGet, type HttpOptions } from './http-get.ts';
import type { PageOutcome } from './page-job.ts';
import { checkPageCost } from './page-cost.ts';
import type { ParsedPage } from './parse-html.ts';
import { parsePage } from './parse-page.ts';
import { checkPage } from './read-input.ts';

export const FETCH_LIMITS = { maxPages: 20, budgetMs: 60_000 };
/** Bytes one fetched page may have: a real article page is well under a megabyte. */
export const FETCH_MAX_BYTES = 10 * 1024 * 1024;

function userAgent(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `bersih/${pkg.version} (article reader CLI)`;
}

/** Fetches, cleans and joins; throws a `CliError` when page 1 fails. */
export async function fetchPages(command: FetchCommand): Promise<PageOutcome & { ok: true }> {
  const http: HttpOptions = { timeoutMs: command.timeout * 1000, maxBytes: FETCH_MAX_BYTES, userAgent: userAgent() };
  const open: ParsedPage[] = [];
  const load = async (url: string): Promise<{ doc: Document; url: string }> => {
    const page = await httpGet(url, http);
    const bytes = checkPage(Buffer.from(page.body.buffer, page.body.byteOffset, page.body.byteLength), page.url);
    checkPageCost(bytes, page.url);
    const parsed = parsePage(bytes, page.url, page.charset);
    open.push(parsed);
    return { doc: parsed.document, url: page.url };
  };
  try {
    const first = await load(command.url);
    const result = cleanDocument(first.doc, { url: first.url });
    if (!result) throw new CliError(ExitCode.noArticle, `no article found at ${first.url}`);
    let whole: CleanResult & { pages?: number[] } = result;
    let missing: MissingPage[] = [];
    if (command.pages) {
      const origin = new URL(first.url).origin;
      const collected = await collectPages(first.doc, first.url, result, {
        fetchDoc: async (url) => {
          const page = await load(url);
          if (new URL(page.url).origin !== origin) throw new Error(`redirected to another site (${page.url})`);
          return page.doc;
        },
        clean: (doc, url) => cleanDocument(doc, { url }),
        now: () => Date.now(),
      }, FETCH_LIMITS);
      whole = collected.result;
      missing = collected.missing;
    }
    const output = command.format === 'json' ? { ...whole, missing } : whole;
    return {
      ok: true,
      output: formatResult(output, command.format, first.url),
      warnings: missing.map((m) => `page ${m.page} missing (${m.url}): ${m.reason}`),
    };
  } finally {
    for (const page of open) await page.close();
  }
}
