/** In-page bundle of our core for the browser benchmark (`window.BersihBenchCore`). */
export { cleanDocument, planTidy } from '../../src/core/index.ts';
/**
 * The Readability class the core's own pipeline runs (its module, with the shipped edits), so that
 * the benchmark can time its `parse` inside `cleanDocument` (probes.ts, `timeOurs`).
 */
export { Readability as CoreReadability } from '@mozilla/readability';
