/**
 * Vitest configuration (the extension itself is built by scripts/build.ts through Vite's JS API,
 * which passes `configFile: false`, so nothing here affects the bundles).
 */
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

function e2eProject(name: string, groupOrder: number): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include: ['test/e2e/**/*.test.ts'],
      globalSetup: ['test/e2e/harness/global-setup.ts'],
      fileParallelism: false,
      sequence: { groupOrder },
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  };
}

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
          // Some tests walk every fixture through the whole pipeline; 5 s is too tight on a
          // shared 2-core machine. This bounds a hang; it does not time anything.
          testTimeout: 30_000,
          // The CLI tests spawn the built command (dist/cli), as users run it.
          globalSetup: ['test/cli/global-setup.ts'],
        },
      },
      // Real browsers with the built extension: one scenario set (test/e2e/*.test.ts), one driver
      // per browser (test/e2e/driver/). `npx vitest run --project e2e-chromium` or `e2e-firefox`.
      // One browser per file, files one after another, after the unit tests and one browser after
      // the other: CI has two cores.
      e2eProject('e2e-chromium', 1),
      e2eProject('e2e-firefox', 2),
    ],
  },
});
