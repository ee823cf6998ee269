/**
 * One page through the CLI's `extract --format json` path in this process: the main thread's
 * reading and cost checks, then the job a page worker runs (`runPageJob`), called directly so
 * that it also runs from the TypeScript sources (a worker thread needs the built CLI). An
 * outcome per page, so a corpus run can tell the page's own faults (no article, not HTML, over a
 * limit: exit codes 2-6) from our bugs (an internal error, exit code 70).
 */
import { CliError, ExitCode } from '../../src/cli/exit-codes.ts';
import { checkPageCost } from '../../src/cli/page-cost.ts';
import { runPageJob } from '../../src/cli/page-job.ts';
import { readPage } from '../../src/cli/read-input.ts';

export interface PageOutcome {
  file: string;
  /** The CLI's exit code. */
  code: number;
  /** Its stderr line, when it wrote one. */
  message: string;
  /** The not-an-article verdict's kind in the JSON it printed (null for an article or no output). */
  verdict?: string | null;
}

/**
 * Runs the CLI's `extract` on `file` (with `--url` when given) and returns its exit code, its
 * message and the verdict of its JSON.
 */
export async function checkPage(file: string, url?: string): Promise<PageOutcome> {
  try {
    const raw = await readPage(file);
    checkPageCost(raw, file);
    const outcome = await runPageJob({ file, output: 'json', raw, ...(url ? { url } : {}) });
    if (!outcome.ok) return { file, code: outcome.code, message: `bersih: ${outcome.message}`, verdict: null };
    const verdict = (JSON.parse(outcome.output) as { notArticle?: { kind?: string } | null }).notArticle?.kind ?? null;
    return { file, code: ExitCode.ok, message: '', verdict };
  } catch (e) {
    if (e instanceof CliError) return { file, code: e.code, message: `bersih: ${e.message}`, verdict: null };
    return { file, code: ExitCode.internal, message: `bersih: internal error: ${e instanceof Error ? e.message : String(e)}`, verdict: null };
  }
}

/** Whether an outcome is a bug of ours rather than a fault of the page. */
export const isInternalError = (outcome: PageOutcome): boolean => outcome.code === ExitCode.internal;
