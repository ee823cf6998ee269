#!/usr/bin/env node
// Launcher for the `bersih` CLI: the JavaScript that `npm run build` writes to dist/cli
// (scripts/build-cli.ts). The package ships it built, so nothing is compiled at launch.
try {
  await import('../dist/cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/main.js')) throw error;
  process.stderr.write('bersih: the CLI is not built (run npm run build in the repository)\n');
  process.exitCode = 70;
}
