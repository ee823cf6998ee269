/**
 * One page through the CLI exactly as `bersih extract --format json FILE` runs it, in this process:
 * an outcome per page, so a corpus run can tell the page's own faults (no article, not HTML: exit
 * codes 2-5) from our bugs (an internal error, exit code 70).
 */
import { ExitCode } from '../../src/cli/exit-codes.ts';
import { run } from '../../src/cli/run.ts';

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
  let message = '';
  let out = '';
  const code = await run(['extract', '--format', 'json', ...(url ? ['--url', url] : []), file], {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      message += text;
    },
  });
  const verdict = code === ExitCode.ok ? ((JSON.parse(out) as { notArticle?: { kind?: string } | null }).notArticle?.kind ?? null) : null;
  return { file, code, message: message.trim(), verdict };
}

/** Whether an outcome is a bug of ours rather than a fault of the page. */
export const isInternalError = (outcome: PageOutcome): boolean => outcome.code === ExitCode.internal;
