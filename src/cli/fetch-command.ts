/**
 * `bersih fetch URL`: the fetching, cleaning and joining run in one page worker
 * (./fetch-pages.ts), under the same heap cap as a saved page, so a hostile live page ends in one
 * stderr line and its exit code, never a crash. Pages that failed after page 1 are named on stderr.
 */
import { CliError, ExitCode } from './exit-codes.ts';
import type { FetchCommand } from './fetch-args.ts';
import { DEFAULT_TIMEOUT_S } from './limits.ts';
import { pageRunner } from './page-runner.ts';
import type { Io } from './run.ts';

/** Seconds page 1's request and the collector's one-minute budget (plus its last request) may take. */
const FETCH_BUDGET_S = 60;

/** Runs `bersih fetch`; returns the exit code (a failure of page 1 is thrown as a `CliError`). */
export async function fetchCommand(command: FetchCommand, io: Io): Promise<number> {
  // The worker's clock is a backstop: each request has its own timeout, and the collector its
  // budget; cleaning the pages gets the per-page default on top.
  const runner = pageRunner(1, 2 * command.timeout + FETCH_BUDGET_S + DEFAULT_TIMEOUT_S);
  try {
    const outcome = await runner.run({ fetch: command, name: command.url });
    if (!outcome.ok) throw new CliError(outcome.code, outcome.message);
    for (const warning of outcome.warnings ?? []) io.err(`bersih: ${warning}\n`);
    io.out(outcome.output);
    return ExitCode.ok;
  } finally {
    await runner.close();
  }
}
