/**
 * Vitest global setup of the unit project: builds the `bersih` command (dist/cli) when it is
 * older than its sources, so the CLI tests spawn the JavaScript users run, on a fresh checkout
 * too. `npm test` builds just before, and then this finds it fresh.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { isBuildStale, REPO_ROOT } from '../build-freshness.ts';

export default function setup(): void {
  if (isBuildStale(join(REPO_ROOT, 'dist', 'cli'), 'main.js')) {
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--cli'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
}
