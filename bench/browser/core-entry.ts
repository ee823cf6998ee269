/** In-page bundle of our core for the browser benchmark (`window.BersihBenchCore`). */
export { cleanDocument, planTidy } from '../../src/core/index.ts';
