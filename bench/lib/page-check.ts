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
}

/** Runs the CLI's `extract` on `file` and returns its exit code and message. */
export async function checkPage(file: string): Promise<PageOutcome> {
  let message = '';
  const code = await run(['extract', '--format', 'json', file], {
    out: () => {},
    err: (text) => {
      message += text;
    },
  });
  return { file, code, message: message.trim() };
}

/** Whether an outcome is a bug of ours rather than a fault of the page. */
export const isInternalError = (outcome: PageOutcome): boolean => outcome.code === ExitCode.internal;
