/**
 * The popup's first work, started before anything else (issue 17): find the active tab, inject
 * the extractor and have it answer with the article in the same call. In Chrome the toolbar click
 * already started that extraction (background/action-click.ts) and the popup's address names the
 * tab (`?tab=N`): the popup then takes the answer from the background and injects nothing.
 * `./boot.ts` runs this from a classic script at the top of popup.html, while the browser is
 * still parsing the page and long before the module bundle (`./popup.ts`) has loaded; the popup
 * then takes up what it started (`startedExtraction`). Nothing here touches the DOM: at that
 * moment there is no body yet.
 */
import { browser } from '../shared/browser.ts';
import { injectAndExtract } from '../shared/inject.ts';
import type { ExtractResponse, TidyStatus } from '../shared/messages.ts';
import { sendToBackground, sendToTab } from '../shared/messaging.ts';
import { classifyUrl, type PageAccess } from './page-access.ts';

/** The active tab and whether the popup may work on it. */
export interface Located {
  tabId: number | undefined;
  url: string | undefined;
  access: PageAccess;
}

/** The extraction under way; a step that does not apply (a page we may not touch) is null. */
export interface Started {
  located: Promise<Located>;
  /** Resolves once the extractor ran in the tab; rejects with the browser's reason. */
  injected: Promise<Located | null>;
  /** The tab's `extract` answer (none where the extractor may not run). */
  response: Promise<ExtractResponse | undefined>;
  /** The auto-clean script's state in the tab; null when none runs there (nothing answers). */
  tidyStatus: Promise<TidyStatus | null>;
}

declare global {
  interface Window {
    /** What `./boot.ts` started for the popup. */
    __bersihPopupStart?: Started;
  }
}

/**
 * Timeline marks (`bersih:*`) that `npm run bench:browser` reads to time click → article painted
 * and its phases. A mark costs microseconds and nothing else reads them.
 */
export function mark(name: string): void {
  performance.mark(`bersih:${name}`);
}

/** The tab whose extraction the toolbar click started, from the popup's address (`?tab=N`). */
export function preparedTab(search: string): number | undefined {
  const tab = new URLSearchParams(search).get('tab');
  return tab !== null && /^\d+$/.test(tab) ? Number(tab) : undefined;
}

/**
 * Finds the tab and takes the answer the click started there, or injects the extractor, which
 * answers `extract` in the same call (the page starts on the article without waiting for a
 * message); see `Started`.
 */
export function startExtraction(): Started {
  mark('start');
  // Asked at once, beside the tab's lookup. Any failure (no such answer, the worker stopped)
  // leaves the popup to inject the extractor itself.
  const tabAsked = preparedTab(location.search);
  const prepared =
    tabAsked === undefined ? Promise.resolve(null) : sendToBackground('takePrepared', { tabId: tabAsked }).catch(() => null);
  const located = Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }),
    browser.extension.isAllowedFileSchemeAccess(),
  ]).then(([[tab], fileAccess]): Located => ({ tabId: tab?.id, url: tab?.url, access: classifyUrl(tab?.url, fileAccess) }));
  // Asked as soon as the tab is known, beside the extraction: the popup shows the auto-clean
  // toggle before the article, so the article waits for this answer too.
  const tidyStatus = located.then((where) =>
    where.access.kind === 'ok' && where.tabId !== undefined
      ? sendToTab(where.tabId, 'tidyStatus', {}).then((status) => status ?? null, () => null)
      : null,
  );
  const answered = located.then(async (where) => {
    if (where.access.kind !== 'ok' || where.tabId === undefined) return null;
    const taken = where.tabId === tabAsked ? await prepared : null;
    if (taken && 'answer' in taken) {
      mark('prepared');
      return { where, answer: taken.answer };
    }
    return { where, answer: await injectAndExtract(where.tabId) };
  });
  const injected = answered.then((done) => done?.where ?? null);
  const response = answered.then(async (done) => {
    if (!done || done.where.tabId === undefined) return undefined;
    // A browser that does not hand back the script's promised value: ask with a message, marked
    // (the e2e suite checks that each browser has the answer come with the injection).
    if (!done.answer) mark('asked-by-message');
    const answer = done.answer ?? (await sendToTab(done.where.tabId, 'extract', {}));
    mark('extracted');
    return answer;
  });
  // Taken up by the popup; until then a failure must not be reported as unhandled.
  for (const step of [located, injected, response, tidyStatus]) step.catch(() => {});
  return { located, injected, response, tidyStatus };
}

/** What `./boot.ts` started, or a start now (the page was opened without it, as in the tests). */
export function startedExtraction(): Started {
  const started = window.__bersihPopupStart ?? startExtraction();
  delete window.__bersihPopupStart;
  return started;
}
