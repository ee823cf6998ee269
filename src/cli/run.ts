/**
 * The `bersih` command: parse arguments, dispatch, and turn every failure into one stderr line
 * and its exit code (see exit-codes.ts). Returns the exit code rather than exiting, so output
 * written to a pipe is flushed before the process ends.
 */
import { readFileSync } from 'node:fs';
import { parseCliArgs } from './args.ts';
import { runBatch } from './batch.ts';
import { CliError, ExitCode } from './exit-codes.ts';
import { extractPage } from './extract.ts';
import { formatResult } from './format.ts';
import { USAGE } from './usage.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

function version(): string {
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
        const { result, url } = command.pages
          ? await (await import('./extract-pages.ts')).extractPages([command.file, ...command.pages], command.url)
          : await extractPage(command.file, command.url);
        io.out(formatResult(result, command.format, url));
        return ExitCode.ok;
      }
      case 'fetch': {
        const { fetchCommand } = await import('./fetch-command.ts');
        return await fetchCommand(command, io);
      }
      case 'batch':
        await runBatch(command.manifest, (line) => io.out(`${line}\n`));
        return ExitCode.ok;
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
