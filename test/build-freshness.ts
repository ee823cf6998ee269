/**
 * Whether a build folder is older than the build's inputs, so tests that read `dist/` (the
 * bundle budgets, the real-browser suite) rebuild only when they must.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..');

/** What the build reads: a change in any of these makes a build folder stale. */
const BUILD_INPUTS = ['src', 'public', 'scripts', 'manifest.json', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** True when `buildDir` has no `marker` file (its manifest) or any build input is newer than it. */
export function isBuildStale(buildDir: string, marker = 'manifest.json'): boolean {
  const built = statSync(join(buildDir, marker), { throwIfNoEntry: false });
  return !built || BUILD_INPUTS.some((input) => newestMtime(join(REPO_ROOT, input)) > built.mtimeMs);
}
