/**
 * Entry point of the `bersih` command, built to dist/cli/main.js (scripts/build-cli.ts), which
 * bin/bersih.js imports. Sets `process.exitCode` instead of calling `process.exit`, so piped
 * output is never cut short.
 */
import { run } from './run.ts';

// `bersih … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = await run(process.argv.slice(2));
