/**
 * The unit of work a page worker does: one page in, its printed output or its one-line error out.
 * Plain data both ways (it crosses a thread boundary by structured clone), and the output is
 * rendered in the worker, so the main thread only schedules and writes.
 */
import { siteKey } from '../core/site-memory/site-key.ts';
import type { SiteObservations } from '../core/site-memory/types.ts';
import type { OutputFormat } from './args.ts';
import { CliError, ExitCode, type ExitCodeValue } from './exit-codes.ts';
import { extractPage, type PageSource } from './extract.ts';
import { formatResult, jsonFields } from './format.ts';

export interface PageJob extends PageSource {
  /** An `extract` format, or `batch`: one JSON line with `file` first. */
  output: OutputFormat | 'batch';
  /** `extract --strict`: a page that does not look like an article is an error (exit 2). */
  strict?: boolean;
}

export type PageOutcome =
  /** With site memory given, `site` and `observed` tell the batch what the page teaches its site's memory. */
  | { ok: true; output: string; site?: string | null; observed?: SiteObservations }
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

/** Extracts one page and renders it; never throws. */
export async function runPageJob(job: PageJob): Promise<PageOutcome> {
  try {
    const { result: { siteMemory: observed, ...result }, url } = await extractPage(job);
    if (job.strict && result.notArticle) {
      const name = job.name ?? (job.file === '-' ? 'stdin' : job.file);
      throw new CliError(ExitCode.noArticle, `'${name}' does not look like an article: ${result.notArticle.reason}`);
    }
    const output = job.output === 'batch'
      ? JSON.stringify({ file: job.name ?? job.file, ...jsonFields(result, url) })
      : formatResult(result, job.output, url);
    return { ok: true, output, ...(observed && { site: url ? siteKey(url) : null, observed }) };
  } catch (e) {
    return failure(e, job.name ?? (job.file === '-' ? 'stdin' : job.file));
  }
}
