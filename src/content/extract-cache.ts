/**
 * The last `extract` answer of this page, for a popup opened again a moment later (issue 17):
 * cleaning the page a second time would take as long as the first and give the same article.
 * It is reused only while it must still be the same:
 *  - the same address (`location.href`);
 *  - the same core options: user rules, site memory (on or off, and the memory as it was right
 *    after this extraction taught it), compared as one stamp (`optionsStamp`);
 *  - no change to the page since: a MutationObserver set up after the extraction drops the
 *    answer at the first mutation (attributes and text included), and a reuse first takes any
 *    records not yet delivered, so a change made just before the request counts too.
 * Only articles are kept; every failure is extracted again.
 */
import type { CleanOptions } from '../core/types.ts';
import type { ExtractResponse } from '../shared/messages.ts';

interface Kept {
  url: string;
  /** Read after the answer went out: the popup does not wait for it. */
  stamp: Promise<string>;
  response: ExtractResponse;
  /** The options the article was cleaned with (page 1's, for joining its other pages). */
  options: CleanOptions;
}

let kept: Kept | null = null;
let observer: MutationObserver | null = null;

/** Drops the kept answer and stops watching the page. */
export function forgetExtraction(): void {
  kept = null;
  observer?.disconnect();
  observer = null;
}

/**
 * What makes two extractions of one address differ besides the page itself: the core options
 * that come from storage (user rules, site memory). The budget is left out: a kept answer is an
 * article, which a larger budget would not change.
 */
export function optionsStamp(options: CleanOptions): string {
  return JSON.stringify([options.url ?? '', options.userRules ?? null, options.siteMemory ?? null]);
}

/**
 * Starts watching `doc` for changes, dropping any kept answer: called before an extraction, so
 * that a change while it runs (or while the site memory is written after it) counts.
 */
export function watchPage(doc: Document): void {
  forgetExtraction();
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer) return;
  observer = new Observer(forgetExtraction);
  observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
}

/**
 * Keeps `response` (an article only) for `url`, cleaned with `options`, while the page watched
 * since `watchPage` does not change and the options' `stamp` stays the same. `stamp` is taken
 * after the extraction taught the site memory, so that its own lesson does not count as a change.
 */
export function keepExtraction(url: string, stamp: Promise<string>, response: ExtractResponse, options: CleanOptions): void {
  if (!observer || observer.takeRecords().length > 0 || !response.ok) return forgetExtraction();
  kept = { url, stamp: stamp.catch(() => ''), response, options };
}

/** The kept answer for `url` and `stamp` with the options it was cleaned with, or null. */
export async function keptExtraction(url: string, stamp: string): Promise<{ response: ExtractResponse; options: CleanOptions } | null> {
  // Mutations not yet delivered to the observer's callback still mean the page changed.
  if (observer && observer.takeRecords().length > 0) forgetExtraction();
  const candidate = kept;
  if (!candidate || candidate.url !== url || (await candidate.stamp) !== stamp) return null;
  // The page may have changed while the stamp was read.
  if (observer && observer.takeRecords().length > 0) forgetExtraction();
  return kept === candidate ? { response: candidate.response, options: candidate.options } : null;
}
