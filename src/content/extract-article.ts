/**
 * The `extract` answer: the core pipeline over the page, with the failures the popup explains
 * (no article, page too large, an error) instead of a rejected promise. The core works on a
 * clone, so the live page is never changed.
 */
import { ExtractionStopped } from '../core/budget.ts';
import { cleanDocument } from '../core/clean.ts';
import type { CleanOptions, CleanResult } from '../core/types.ts';
import type { ExtractResponse } from '../shared/messages.ts';

/** Bigger pages are refused: cloning and scoring them would freeze the tab for seconds. */
export const MAX_HTML_CHARS = 5 * 1024 * 1024;
export const MAX_ELEMENTS = 100_000;
/**
 * Main-thread time one extraction may take, in ms. A big news page takes well under a second in
 * Chromium; a hostile one (issue 18) froze the tab for good before. The popup offers "Try anyway".
 */
export const EXTRACT_BUDGET_MS = 4000;

/** Size of the page's markup, in UTF-16 code units (≈ bytes for mostly-Latin pages). */
function markupSize(doc: Document): number {
  return doc.documentElement?.outerHTML.length ?? 0;
}

/** The `too-large` failure for `doc`, or null when it is small enough to extract. */
export function checkSize(doc: Document): ExtractResponse | null {
  // The element count is a live collection's length (cheap); serialising is the costly check.
  const elements = doc.getElementsByTagName('*').length;
  const bytes = markupSize(doc);
  if (elements > MAX_ELEMENTS || bytes > MAX_HTML_CHARS) return { ok: false, reason: 'too-large', bytes };
  return null;
}

/** The response for a core result: the article, or `no-article` for null. */
export function toResponse(article: CleanResult | null): ExtractResponse {
  return article ? { ok: true, article } : { ok: false, reason: 'no-article' };
}

/**
 * Runs `work`; a throw becomes `{ok:false, reason:'error', message}` rather than a rejected
 * message, and a stop by the budget `{ok:false, reason:'timed-out', ms}`.
 */
export function guarded(work: () => ExtractResponse, now: () => number = () => performance.now()): ExtractResponse {
  const started = now();
  try {
    return work();
  } catch (error) {
    if (error instanceof ExtractionStopped) return { ok: false, reason: 'timed-out', ms: Math.round(now() - started) };
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** `options` with a `shouldStop` that says true once `budgetMs` have passed on `now`'s clock. */
export function withBudget(options: CleanOptions, budgetMs: number, now: () => number = () => performance.now()): CleanOptions {
  const deadline = now() + budgetMs;
  return { ...options, shouldStop: () => now() > deadline };
}

/**
 * Extracts the article of `doc` (the live page), within `budgetMs` of main-thread time (none
 * when null: "Try anyway"). `clean` is the core's `cleanDocument`, replaceable in tests.
 */
export function extractArticle(
  doc: Document,
  options: CleanOptions,
  clean: typeof cleanDocument = cleanDocument,
  budgetMs: number | null = EXTRACT_BUDGET_MS,
): ExtractResponse {
  const bounded = budgetMs === null ? options : withBudget(options, budgetMs);
  return guarded(() => checkSize(doc) ?? toResponse(clean(doc, bounded)));
}
