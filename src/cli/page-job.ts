/**
 * The unit of work a page worker does: one page (or one article's pages, or one `fetch`) in, its
 * printed output or its one-line error out. Plain data both ways (it crosses a thread boundary by
 * structured clone), and the output is rendered in the worker, so the main thread only schedules
 * and writes.
 */
import type { OutputFormat } from './args.ts';
import { CliError, ExitCode, type ExitCodeValue } from './exit-codes.ts';
import { extractPage, type PageSource } from './extract.ts';
import type { FetchCommand } from './fetch-args.ts';
import { formatResult, jsonFields } from './format.ts';

export interface PageJob extends PageSource {
  /** An `extract` format, or `batch`: one JSON line with `file` first. */
  output: OutputFormat | 'batch';
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
  | { ok: true; output: string; /** Lines for stderr (a fetched page that failed). */ warnings?: string[] }
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
  // The multi-page joiner is loaded only by the workers that meet an article of several pages.
  const { result, url } = job.pages
    ? await (await import('./extract-pages.ts')).extractPages(job, job.pages)
    : await extractPage(job);
  const files = job.pages ? { files: [job, ...job.pages].map((p) => p.name ?? p.file) } : {};
  const output = job.output === 'batch'
    ? JSON.stringify({ file: job.name ?? job.file, ...files, ...jsonFields(result, url) })
    : formatResult(result, job.output, url);
  return { ok: true, output };
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
