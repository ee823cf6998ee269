/**
 * Vitest global setup for the real-browser suite: finds Chromium, builds the test extension
 * once (`scripts/build.ts --test` → dist/test-chrome, which adds `http://127.0.0.1/*` host access
 * because headless automation never grants `activeTab`), and serves the fixture pages.
 * The build is skipped when dist/test-chrome is newer than every input (`npm test` builds it
 * just before), or when BERSIH_E2E_PREBUILT=1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { isBuildStale } from '../../build-freshness.ts';
import { chromiumPath } from './chromium-path.ts';
import { REPO_ROOT, fixtureRoutes } from './fixture-routes.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:PORT` of the fixture server. */
    e2eOrigin: string;
    /** Absolute path of the unpacked test build. */
    extensionDir: string;
    chromium: string;
  }
}

export const EXTENSION_DIR = join(REPO_ROOT, 'dist', 'test-chrome');

/** Builds the test extension unless it is up to date or said to be prebuilt; returns its directory. */
export function buildTestExtension(): string {
  if (process.env.BERSIH_E2E_PREBUILT !== '1' && isBuildStale(EXTENSION_DIR)) {
    execFileSync('npx', ['tsx', 'scripts/build.ts', '--test'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No test build at ${EXTENSION_DIR}: run npx tsx scripts/build.ts --test`);
  }
  return EXTENSION_DIR;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = chromiumPath();
  const extensionDir = buildTestExtension();
  const server = await startStaticServer(fixtureRoutes);
  project.provide('e2eOrigin', server.origin);
  project.provide('extensionDir', extensionDir);
  project.provide('chromium', chromium);
  return () => server.close();
}
