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

/**
 * The durations (ms) of the auto-clean passes on `page`: the script measures each synchronous
 * slice of a sweep as `bersih:tidy` (src/content/tidy-controller.ts) on the page's shared timeline.
 */
export function tidyPasses(page: Page): Promise<number[]> {
  return page.evaluate(() => performance.getEntriesByName('bersih:tidy').map((e) => e.duration));
}

/** Evaluates the two benchmark bundles in the page (untimed). */
export async function installBundles(page: Page, sources: string[]): Promise<void> {
  for (const source of sources) await page.evaluate(source);
}

/**
 * Our core's `cleanDocument` on the live page (it clones internally), in ms; `parse` is the part of
 * it spent in Readability's own `parse` (the core's Readability, its method wrapped for the run).
 */
export function timeOurs(page: Page, url: string): Promise<{ ms: number; parse: number; chars: number }> {
  return page.evaluate((pageUrl) => {
    const core = (window as unknown as BenchWindow).BersihBenchCore;
    const proto = core.CoreReadability.prototype;
    const parse = proto.parse;
    let inParse = 0;
    proto.parse = function (this: typeof proto) {
      const from = performance.now();
      try {
        return parse.call(this);
      } finally {
        inParse += performance.now() - from;
      }
    } as typeof parse;
    try {
      const start = performance.now();
      const result = core.cleanDocument(document, { url: pageUrl });
      return { ms: performance.now() - start, parse: inParse, chars: result?.text.length ?? 0 };
    } finally {
      proto.parse = parse;
    }
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
    const reply = (await chrome.tabs.sendMessage(id, { type: 'extract', fresh: true }, { frameId: 0 })) as { ok?: boolean } | undefined;
    return { ms: performance.now() - start, ok: reply?.ok === true };
  }, tabId);
}

/**
 * The popup's timeline after the click, in ms after the background's click handler was called: when its document
 * started, and the `bersih:*` marks the popup sets (src/popup/popup.ts): its script running,
 * article received, article in the DOM, and the frame showing it produced; and the tab's own
 * marks (src/content/extract.ts) of the extraction between them.
 */
export interface ClickToPaint {
  document: number;
  /** The popup took the answer the click started (its `bersih:prepared` mark; Chrome's path). */
  prepared: boolean;
  /** The page-side phases of `extract` (src/content/extract.ts): asked, options read, cleaned. */
  tab: { asked: number | null; options: number | null; cleaned: number | null };
  start: number | null;
  extracted: number | null;
  shown: number | null;
  painted: number | null;
}

/**
 * Toolbar click to article painted in the popup. The popup marks its own phases with
 * `performance.mark`, so the harness' attach and poll latency is not counted; times are against
 * the moment the click handler was called (epoch ms on the browser's one clock). Null when the popup
 * shows no article.
 */
export async function timeClickToPaint(popup: PopupHandle, page: Page): Promise<ClickToPaint | null> {
  const outcome = await popup.waitFor(
    () => {
      if (performance.getEntriesByName('bersih:painted').length > 0) return 'painted';
      const state = document.querySelector('[data-state]:not([data-state="loading"])');
      return state ? 'no-article' : '';
    },
    undefined,
    30_000,
    10,
  );
  if (outcome !== 'painted' || !(await popup.evaluate(() => Boolean(document.querySelector('.article-body')?.textContent)))) return null;
  // Both timelines in epoch ms: the popup's marks, and the tab's (its extractor's, last answer's).
  const timeline = (): { origin: number; marks: Record<string, number> } => {
    const marks: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('bersih:')) marks[m.name.slice(7)] = performance.timeOrigin + m.startTime;
    return { origin: performance.timeOrigin, marks };
  };
  const marks = await popup.evaluate(timeline);
  const tab = (await page.evaluate(timeline)).marks;
  const after = (time: number | undefined): number | null => (time === undefined ? null : time - popup.requestedAt);
  const at = (name: string): number | null => after(marks.marks[name]);
  return {
    document: marks.origin - popup.requestedAt,
    prepared: marks.marks.prepared !== undefined,
    start: at('start'),
    extracted: at('extracted'),
    shown: at('shown'),
    painted: at('painted'),
    tab: { asked: after(tab['tab-asked']), options: after(tab['tab-options']), cleaned: after(tab['tab-cleaned']) },
  };
}
