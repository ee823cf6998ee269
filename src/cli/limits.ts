/**
 * What one page may cost the CLI. Bytes alone do not bound the work: a 10 MB page of 1.3 M tiny
 * elements ran Node out of memory, and a 50 MB page peaked at 3.9 GB (issue 18). So each page is
 * extracted in a worker thread with a heap cap and a clock, and its tags are counted before any
 * DOM is built.
 */
import { availableParallelism, totalmem } from 'node:os';

/** Pages beyond this are refused (compressed or not): no real article page comes near it. */
export const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Pages with more start tags than this are refused before parsing. The largest of the 1,651
 * pages of the shared corpus has 15,793. jsdom alone takes 2.7 KB of heap per element, and the
 * core clones the document.
 */
export const MAX_ELEMENTS = 100_000;

/** Heap (V8 old generation) a page's worker may use before it is stopped. */
export const MEMORY_LIMIT_MB = 1024;

/**
 * Default seconds a page may take (`--timeout`): a page's cleaning takes 96 ms median and
 * 488 ms p95 (bench/REPORT.md), so only a pathological page comes near it, even on a busy machine.
 */
export const DEFAULT_TIMEOUT_S = 60;

/**
 * Workers a batch runs when `--jobs` is not given: one per CPU core, but no more than the
 * machine's memory holds at their heap cap plus jsdom's own (about 1.5 times the cap).
 */
export function defaultJobs(): number {
  const fit = Math.floor(totalmem() / (MEMORY_LIMIT_MB * 1.5 * 1024 * 1024));
  return Math.max(1, Math.min(availableParallelism(), fit));
}
