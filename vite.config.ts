/**
 * Vitest configuration (the extension itself is built by scripts/build.ts through Vite's JS API,
 * which passes `configFile: false`, so nothing here affects the bundles).
 */
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/e2e/**'],
          // The CLI tests spawn the built command (dist/cli), as users run it.
          globalSetup: ['test/cli/global-setup.ts'],
        },
      },
      {
        // Real Chromium with the built extension (`npx vitest run --project e2e`). One browser
        // per file, files one after another and after the unit tests: CI has two cores.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/harness/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
