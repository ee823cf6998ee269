/**
 * Joins an article's other pages in the content script, after page 1 has been shown: the core
 * finds the pages and joins them; this file only fetches (same origin, see fetch-page.ts) within
 * the extension's limits (20 pages, 30 s in all, each URL once) and keeps the state the popup and
 * the reader view ask for while pages arrive.
 */
import { collectPages, type Collected, type CollectIo } from '../../core/pages/collect-pages.ts';
import { findPages } from '../../core/pages/find-pages.ts';
import type { CleanOptions, CleanResult } from '../../core/types.ts';
import { cleanDocument } from '../../core/clean.ts';
import type { PagesStatus } from '../../shared/messages.ts';
import { fetchSameOriginPage } from './fetch-page.ts';

export const PAGE_LIMITS = { maxPages: 20, budgetMs: 30_000 };

let running: { url: string; status: PagesStatus; finished: Promise<void> } | null = null;

/** True when the page links to other pages of its article (or to its single-page address). */
export function hasOtherPages(doc: Document, url: string): boolean {
  const links = findPages(doc, url);
  return links.pages.length > 0 || links.showAll !== null;
}

function statusOf(collected: Collected, done: boolean): PagesStatus {
  return { done, pages: collected.result.pages, missing: collected.missing, article: collected.result };
}

/**
 * Starts joining the pages of `doc` (once per URL) and returns the current state: null when the
 * article has one page. Later calls return the state as it grows; `done` once all are in.
 */
export function joinPagesStatus(
  doc: Document,
  first: CleanResult,
  options: CleanOptions,
  io: Partial<CollectIo> = {},
): PagesStatus | null {
  const url = options.url ?? doc.URL;
  if (running?.url === url) return running.status;
  if (!hasOtherPages(doc, url)) return null;
  const state = {
    url,
    status: { done: false, pages: [1], missing: [], article: { ...first, pages: [1] } } as PagesStatus,
    finished: Promise.resolve(),
  };
  running = state;
  const origin = new URL(url).origin;
  state.finished = collectPages(doc, url, first, {
    fetchDoc: io.fetchDoc ?? ((target) => fetchSameOriginPage(target, origin)),
    clean: io.clean ?? ((page, target) => cleanDocument(page, { ...options, url: target })),
    now: io.now ?? (() => performance.now()),
  }, PAGE_LIMITS, (update) => {
    state.status = statusOf(update, false);
  }).then(
    (collected) => {
      state.status = statusOf(collected, true);
    },
    (error: unknown) => {
      state.status = { ...state.status, done: true, error: error instanceof Error ? error.message : String(error) };
    },
  );
  return state.status;
}

/** The state of the joining already started for `url`, or null (then `joinPagesStatus` starts it). */
export function currentPagesStatus(url: string): PagesStatus | null {
  return running?.url === url ? running.status : null;
}

/** The final state of the joining started for `url`, once every page has arrived or failed. */
export async function whenJoined(url: string): Promise<PagesStatus | null> {
  const state = running?.url === url ? running : null;
  if (!state) return null;
  await state.finished;
  return state.status;
}

/** The joined article of the page at `url` so far, if pages were joined (for the reader view). */
export function joinedArticle(url: string): CleanResult | null {
  return running?.url === url && running.status.pages.length > 1 ? running.status.article : null;
}

/** Forgets the state (tests). */
export function resetJoiner(): void {
  running = null;
}
