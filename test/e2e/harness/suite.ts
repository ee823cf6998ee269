/**
 * Per-file setup for the real-browser tests: one Chromium with the extension for the whole
 * file (launching costs ~1.5 s; CI has two cores), plus the small waits and artifact paths
 * every test file uses.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './extension-browser.ts';
import { REPO_ROOT } from './fixture-routes.ts';
import { PopupHandle } from './popup-handle.ts';

export { disableAutoClean, enableAutoClean } from './auto-clean.ts';
export { until } from './waits.ts';

export interface Suite {
  /** The launched browser; only valid inside tests and hooks. */
  readonly ext: ExtensionBrowser;
  /** Absolute URL of a fixture-server path such as `/pages/article.html`. */
  url(path: string): string;
  /** A fresh tab. */
  newPage(): Promise<Page>;
  /** Opens the real toolbar popup for `page`. */
  openPopup(page: Page): Promise<PopupHandle>;
}

/** Launches the extension before the file's tests and closes it after them. */
export function useExtensionBrowser(): Suite {
  let launched: ExtensionBrowser | undefined;
  const origin = inject('e2eOrigin');
  beforeAll(async () => {
    launched = await launchExtension(inject('browserPath'), inject('extensionDir'));
  });
  afterAll(async () => {
    await launched?.close();
  });
  const suite: Suite = {
    get ext(): ExtensionBrowser {
      if (!launched) throw new Error('the browser is not launched yet');
      return launched;
    },
    url: (path) => `${origin}${path}`,
    newPage: () => suite.ext.context.newPage(),
    openPopup: (page) => PopupHandle.open(suite.ext.context, suite.ext.sw, page, suite.ext.extensionId),
  };
  return suite;
}

export const ARTIFACTS_DIR = join(REPO_ROOT, 'artifacts', 'e2e');

/** Where to write an artifact (the folder is created); artifacts/ is git-ignored. */
export async function artifactPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}

/**
 * Copies a screenshot to docs/ (committed, shown in the README) only when UPDATE_SCREENSHOTS=1,
 * so ordinary test runs never dirty the tree.
 */
export async function publishScreenshot(path: string, docsName: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  await mkdir(join(REPO_ROOT, 'docs'), { recursive: true });
  await copyFile(path, join(REPO_ROOT, 'docs', docsName));
}
