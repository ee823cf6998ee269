/**
 * Entry point of the `bersih` command (bin/bersih.js loads it through tsx).
 * Sets `process.exitCode` instead of calling `process.exit`, so piped output is never cut short.
 */
import { silenceCssTreeWarnings } from './parse-html.ts';
import { run } from './run.ts';

// `bersih … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
silenceCssTreeWarnings();
process.exitCode = await run(process.argv.slice(2));
