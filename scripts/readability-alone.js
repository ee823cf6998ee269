/**
 * `@mozilla/readability` for the browser bundles (scripts/build.ts aliases the package to this).
 * The package's index is CommonJS and requires `isProbablyReaderable` beside `Readability`, so a
 * bundle carries both, and the core uses only `Readability` (src/core/readerable.ts is its own
 * verdict): 1.3 KB of the extraction script's 120 KB.
 */
export { default as Readability } from '@mozilla/readability/Readability.js';
