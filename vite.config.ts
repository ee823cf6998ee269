/**
 * Vitest configuration (the extension itself is built by scripts/build.ts through Vite's JS API,
 * which passes `configFile: false`, so nothing here affects the bundles).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
