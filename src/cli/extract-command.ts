/**
 * `bersih extract`: one page (or one article's saved pages, joined), extracted in a page worker like every page of a batch, so a page
 * over a limit ends in one stderr line and exit code 6, never a crash dump.
 */
import type { Command } from './args.ts';
import { CliError, ExitCode } from './exit-codes.ts';
import type { Io } from './run.ts';
import { checkPageCost } from './page-cost.ts';
import { pageRunner } from './page-runner.ts';
import { readPage } from './read-input.ts';

type ExtractArgs = Extract<Command, { kind: 'extract' }>;

/** Runs `extract` and returns its exit code; writes the article to `io.out` or one error line. */
export async function extractCommand(command: ExtractArgs, timeout: number, io: Io): Promise<number> {
  // Reading and the cheap checks happen here, so a missing file or a PNG is refused without
  // starting a worker (which loads jsdom); stdin can only be read here anyway.
  const raw = await readPage(command.file);
  checkPageCost(raw, command.file === '-' ? 'stdin' : command.file);
  const runner = pageRunner(1, timeout);
  try {
    const outcome = await runner.run({
      file: command.file,
      output: command.format,
      raw,
      ...(command.url ? { url: command.url } : {}),
      ...(command.encoding ? { encoding: command.encoding } : {}),
      ...(command.strict ? { strict: true } : {}),
      ...(command.toc ? { toc: true } : {}),
      // The article's other pages are read, checked and joined in the same worker.
      ...(command.pages ? { pages: command.pages.map((file) => ({ file, ...(command.encoding ? { encoding: command.encoding } : {}) })) } : {}),
    });
    if (!outcome.ok) throw new CliError(outcome.code, outcome.message);
    io.out(outcome.output);
    return ExitCode.ok;
  } finally {
    await runner.close();
  }
}
