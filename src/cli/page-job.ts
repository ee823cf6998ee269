/**
 * The unit of work a page worker does: one page (or one article's pages, or one `fetch`) in, its
 * printed output or its one-line error out. Plain data both ways (it crosses a thread boundary by
 * structured clone), and the output is rendered in the worker, so the main thread only schedules
 * and writes.
 */
import { siteKey } from '../core/site-memory/site-key.ts';
import type { SiteObservations } from '../core/site-memory/types.ts';
import type { OutputFormat } from './args.ts';
import { CliError, ExitCode, type ExitCodeValue } from './exit-codes.ts';
import { extractPage, type PageSource } from './extract.ts';
import type { FetchCommand } from './fetch-args.ts';
import { formatResult, jsonFields } from './format.ts';

export interface PageJob extends PageSource {
  /** An `extract` format, or `batch`: one JSON line with `file` first. */
  output: OutputFormat | 'batch';
  /** `extract --strict`: a page that does not look like an article is an error (exit 2). */
  strict?: boolean;
  /** `extract --toc`: the Markdown starts with a contents list. */
  toc?: boolean;
  /** The article's other saved pages, after this one, in order (`extract P1 P2 …`, `"files"`). */
  pages?: PageSource[];
}

/** `bersih fetch`: the pages are fetched, cleaned and joined in the worker. */
export interface FetchJob {
  fetch: FetchCommand;
  /** How messages call it: the URL. */
  name: string;
}

export type PageOutcome =
  /**
   * With site memory given, `site` and `observed` tell the batch what the page teaches its site's
   * memory; `warnings` are lines for stderr (a fetched page that failed).
   */
  | { ok: true; output: string; site?: string | null; observed?: SiteObservations; warnings?: string[] }
  | { ok: false; code: ExitCodeValue; message: string };

/** Turns what a page threw into an outcome: a `CliError` as is, a stack overflow as a limit. */
export function failure(e: unknown, name: string): PageOutcome & { ok: false } {
  if (e instanceof CliError) return { ok: false, code: e.code, message: e.message };
  // Deep nesting exhausts a recursive walk's stack; that is the page's cost, not a bug in it.
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return { ok: false, code: ExitCode.overLimit, message: `'${name}' is nested too deeply to extract` };
  }
  return { ok: false, code: ExitCode.internal, message: `internal error: ${e instanceof Error ? e.message : String(e)}` };
}

async function runExtract(job: PageJob): Promise<PageOutcome> {
  // The multi-page joiner is loaded only by the workers that meet an article of several pages;
  // an article of several pages is cleaned without site memory.
  const { result: { siteMemory: observed, ...result }, url } = job.pages
    ? await (await import('./extract-pages.ts')).extractPages(job, job.pages)
    : await extractPage(job);
  if (job.strict && result.notArticle) {
    const name = job.name ?? (job.file === '-' ? 'stdin' : job.file);
    throw new CliError(ExitCode.noArticle, `'${name}' does not look like an article: ${result.notArticle.reason}`);
  }
  const files = job.pages ? { files: [job, ...job.pages].map((p) => p.name ?? p.file) } : {};
  const output = job.output === 'batch'
    ? JSON.stringify({ file: job.name ?? job.file, ...files, ...jsonFields(result, url) })
    : formatResult(result, job.output, url, { toc: job.toc === true });
  return { ok: true, output, ...(observed && { site: url ? siteKey(url) : null, observed }) };
}

/** Runs one job and renders its output; never throws. */
export async function runPageJob(job: PageJob | FetchJob): Promise<PageOutcome> {
  try {
    if ('fetch' in job) return await (await import('./fetch-pages.ts')).fetchPages(job.fetch);
    return await runExtract(job);
  } catch (e) {
    return failure(e, 'fetch' in job ? job.name : job.name ?? (job.file === '-' ? 'stdin' : job.file));
  }
}
