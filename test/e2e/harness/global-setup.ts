/**
 * Vitest global setup for the real-browser suites, once per project (`e2e-chromium`,
 * `e2e-firefox`): finds the browser, builds the extension once (`scripts/build.ts --test`) and
 * serves the fixture pages.
 *  - Chromium runs dist/test-chrome: Chrome plus `http://127.0.0.1/*` host access, because
 *    automation cannot click the toolbar, so `activeTab` is never granted there.
 *  - Firefox runs dist/test-firefox: dist/firefox as shipped (same manifest, no extra access) but
 *    for the read-aloud test seam in content/extract.js (see scripts/build.ts); a real click in
 *    an extension tab opens the popup, which grants `activeTab` as a toolbar click does (see
 *    ../driver/firefox/).
 * The build is skipped when the build folders are newer than every input (`npm test` builds
 * them just before), or when BERSIH_E2E_PREBUILT=1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { isBuildStale } from '../../build-freshness.ts';
import type { BrowserName } from '../driver/types.ts';
import { browserPath } from './browser-paths.ts';
import { REPO_ROOT, fixtureRoutes } from './fixture-routes.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:PORT` of the fixture server. */
    e2eOrigin: string;
    /** Which browser this project drives. */
    e2eBrowser: BrowserName;
    /** Its executable. */
    browserPath: string;
    /** Absolute path of the unpacked build it installs. */
    extensionDir: string;
  }
}

export const EXTENSION_DIR = join(REPO_ROOT, 'dist', 'test-chrome');
export const FIREFOX_DIR = join(REPO_ROOT, 'dist', 'test-firefox');

/** Builds the extension unless it is up to date or said to be prebuilt; returns the test build's directory. */
export function buildTestExtension(): string {
  const stale = isBuildStale(EXTENSION_DIR) || isBuildStale(FIREFOX_DIR);
  if (process.env.BERSIH_E2E_PREBUILT !== '1' && stale) {
    execFileSync('npx', ['tsx', 'scripts/build.ts', '--test'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  for (const dir of [EXTENSION_DIR, FIREFOX_DIR]) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build at ${dir}: run npx tsx scripts/build.ts --test`);
  }
  return EXTENSION_DIR;
}

/** The browser a project drives, from its name (`e2e-firefox` → firefox). */
function browserOf(project: TestProject): BrowserName {
  return project.name.endsWith('firefox') ? 'firefox' : 'chromium';
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const browser = browserOf(project);
  const executable = browserPath(browser);
  buildTestExtension();
  const server = await startStaticServer(fixtureRoutes);
  project.provide('e2eOrigin', server.origin);
  project.provide('e2eBrowser', browser);
  project.provide('browserPath', executable);
  project.provide('extensionDir', browser === 'firefox' ? FIREFOX_DIR : EXTENSION_DIR);
  return () => server.close();
}
