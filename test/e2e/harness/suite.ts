/**
 * Artifact paths for the scenario files (screenshots). The browser itself is set up per file by
 * ../driver/use-driver.ts.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './fixture-routes.ts';

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
