/**
 * What the browser benchmark runs inside Chromium: functions evaluated in the page (main
 * world), in the service worker and in the popup. Each returns plain data; times are
 * `performance.now()` differences taken where the work happens.
 */
import type { Page, Worker } from 'playwright-core';
import type { ChromeApi } from '../../test/e2e/harness/chrome-api.ts';
import type { PopupHandle } from '../../test/e2e/harness/popup-handle.ts';
import type * as Core from './core-entry.ts';
import type * as ReadabilityModule from './readability-entry.ts';

declare const chrome: ChromeApi;

interface BenchWindow {
  BersihBenchCore: typeof Core;
  BersihBenchReadability: typeof ReadabilityModule;
  __bersihLongTasks: number[];
}

/** Added to every page before its own code: records the duration of every long task (≥ 50 ms). */
export const LONG_TASK_OBSERVER = `(() => {
  window.__bersihLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bersihLongTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** The long tasks (ms) seen so far on `page`. */
export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as BenchWindow).__bersihLongTasks ?? []);
}

/** Evaluates the two benchmark bundles in the page (untimed). */
export async function installBundles(page: Page, sources: string[]): Promise<void> {
  for (const source of sources) await page.evaluate(source);
}

/** Our core's `cleanDocument` on the live page (it clones internally), in ms. */
export function timeOurs(page: Page, url: string): Promise<{ ms: number; chars: number }> {
  return page.evaluate((pageUrl) => {
    const core = (window as unknown as BenchWindow).BersihBenchCore;
    const start = performance.now();
    const result = core.cleanDocument(document, { url: pageUrl });
    return { ms: performance.now() - start, chars: result?.text.length ?? 0 };
  }, url);
}

/** Plain Readability as an extension would run it: clone the page, parse the clone; in ms. */
export function timeReadability(page: Page): Promise<{ ms: number; chars: number }> {
  return page.evaluate(() => {
    const { Readability } = (window as unknown as BenchWindow).BersihBenchReadability;
    const start = performance.now();
    const article = new Readability(document.cloneNode(true) as Document).parse();
    return { ms: performance.now() - start, chars: article?.textContent?.length ?? 0 };
  });
}

/** The in-place tidy: `planTidy` on the live page, then removing what it found; in ms. Mutates the page. */
export function timeTidy(page: Page, url: string): Promise<{ ms: number; items: number }> {
  return page.evaluate((pageUrl) => {
    const core = (window as unknown as BenchWindow).BersihBenchCore;
    const start = performance.now();
    const plan = core.planTidy(document, { url: pageUrl });
    for (const item of plan.items) for (const node of item.nodes) node.parentNode?.removeChild(node);
    return { ms: performance.now() - start, items: plan.items.length };
  }, url);
}

/**
 * The built `content/extract.js` the way the popup uses it: inject, then time the `extract`
 * message round trip from the service worker (settings read, size check, core, reply).
 */
export function timeExtractMessage(sw: Worker, tabId: number): Promise<{ ms: number; ok: boolean }> {
  return sw.evaluate(async (id) => {
    await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content/extract.js'] });
    const start = performance.now();
    const reply = (await chrome.tabs.sendMessage(id, { type: 'extract' }, { frameId: 0 })) as { ok?: boolean } | undefined;
    return { ms: performance.now() - start, ok: reply?.ok === true };
  }, tabId);
}

/** When the popup showed its article (LCP inside `.article`, and first seen by polling), in ms after the click. */
export interface ClickToPaint {
  /** The popup's largest-contentful-paint entry inside `.article`; null when there is none. */
  lcp: number | null;
  /** The first poll (every 10 ms, timed in the popup) that found the article text in the DOM. */
  polled: number;
}

/**
 * Toolbar click to article text in the popup, against the moment `openPopup` was called (epoch
 * ms on the browser's clock). LCP entries are buffered, so they are there after the fact; but
 * the largest paint may be the header drawn before the article, so the polled time is kept too.
 * Null when the popup shows no article.
 */
export async function timeClickToPaint(popup: PopupHandle): Promise<ClickToPaint | null> {
  const seenAt = await popup.waitFor(
    () => {
      if (document.querySelector('.article-body')?.textContent) return performance.timeOrigin + performance.now();
      return document.querySelector('[data-state]:not([data-state="loading"])') ? -1 : 0;
    },
    undefined,
    30_000,
    10,
  );
  if (seenAt < 0) return null;
  const paintedAt = await popup.evaluate(
    () =>
      new Promise<number | null>((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const inArticle = list
            .getEntries()
            .filter((e) => (e as PerformanceEntry & { element?: Element | null }).element?.closest('.article'));
          const first = inArticle[0];
          resolve(first ? performance.timeOrigin + first.startTime : null);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(null), 300);
      }),
  );
  return { lcp: paintedAt === null ? null : paintedAt - popup.requestedAt, polled: seenAt - popup.requestedAt };
}
