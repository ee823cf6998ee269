/**
 * The `bersih` command: parse arguments, dispatch, and turn every failure into one stderr line
 * and its exit code (see exit-codes.ts). Returns the exit code rather than exiting, so output
 * written to a pipe is flushed before the process ends.
 *
 * `--help` and `--version` answer from this file alone: the commands that parse pages are loaded
 * only when used (jsdom takes most of a second to load; the built CLI keeps them in their own
 * chunks).
 */
import { readFileSync } from 'node:fs';
import { parseCliArgs } from './args.ts';
import { CliError, ExitCode } from './exit-codes.ts';
import { DEFAULT_TIMEOUT_S, defaultJobs } from './limits.ts';
import { USAGE } from './usage.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** stderr as a stream, for `batch`'s progress bar (drawn only on a terminal). */
  terminal?: NodeJS.WriteStream;
}

const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  terminal: process.stderr,
};

function version(): string {
  // ../../package.json from src/cli/run.ts and from the flat dist/cli/*.js alike.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs `bersih` with `argv` (the arguments after the script) and returns its exit code. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const command = parseCliArgs(argv);
    switch (command.kind) {
      case 'help':
        io.out(`${USAGE}\n`);
        return ExitCode.ok;
      case 'version':
        io.out(`bersih ${version()}\n`);
        return ExitCode.ok;
      case 'extract': {
        const { extractCommand } = await import('./extract-command.ts');
        return await extractCommand(command, command.timeout ?? DEFAULT_TIMEOUT_S, io);
      }
      case 'fetch': {
        const { fetchCommand } = await import('./fetch-command.ts');
        return await fetchCommand(command, io);
      }
      case 'batch': {
        const { runBatch } = await import('./batch.ts');
        const jobs = command.jobs ?? defaultJobs();
        const { listed, done } = await runBatch(command.manifest, (line) => io.out(`${line}\n`), {
          jobs, timeout: command.timeout ?? DEFAULT_TIMEOUT_S, siteMemory: command.siteMemory, terminal: io.terminal,
        });
        if (listed > 0 && done === 0) {
          io.err(`bersih: no page of ${listed} was extracted (see the "error" of each line)\n`);
          return ExitCode.noPageDone;
        }
        return ExitCode.ok;
      }
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`bersih: ${e.message}\n`);
      return e.code;
    }
    io.err(`bersih: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return ExitCode.internal;
  }
}
