/** In-page bundle of plain Readability, the baseline of the browser benchmark (`window.BersihBenchReadability`). */
export { Readability, isProbablyReaderable } from '@mozilla/readability';
