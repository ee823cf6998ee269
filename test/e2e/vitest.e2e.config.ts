/**
 * Runs only the real-browser suite: `npx vitest run --config test/e2e/vitest.e2e.config.ts`.
 * (`npm test` runs it too, as the `e2e` project of vite.config.ts.)
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    // One Chromium per file; files in parallel would oversubscribe a 2-core CI machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
