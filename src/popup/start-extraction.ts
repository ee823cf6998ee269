/**
 * The popup's first work, started before anything else (issue 17): find the active tab, inject
 * the extractor and ask for the article. `./boot.ts` runs it from a classic script at the top of
 * popup.html, while the browser is still parsing the page and long before the module bundle
 * (`./popup.ts`) has loaded; the popup then takes up what it started (`startedExtraction`).
 * Nothing here touches the DOM: at that moment there is no body yet.
 */
import { browser } from '../shared/browser.ts';
import { injectExtractor } from '../shared/inject.ts';
import type { ExtractResponse } from '../shared/messages.ts';
import { sendToTab } from '../shared/messaging.ts';
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
  /** Resolves once the extractor runs in the tab; rejects with the browser's reason. */
  injected: Promise<Located | null>;
  /** The tab's `extract` answer, asked for as soon as the extractor runs there (none where it does not). */
  response: Promise<ExtractResponse | undefined>;
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

/** Finds the tab, injects the extractor and sends `extract`; see `Started`. */
export function startExtraction(): Started {
  mark('start');
  const located = Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }),
    browser.extension.isAllowedFileSchemeAccess(),
  ]).then(([[tab], fileAccess]): Located => ({ tabId: tab?.id, url: tab?.url, access: classifyUrl(tab?.url, fileAccess) }));
  const injected = located.then(async (where) => {
    if (where.access.kind !== 'ok' || where.tabId === undefined) return null;
    await injectExtractor(where.tabId);
    mark('injected');
    return where;
  });
  const response = injected.then(async (where) => {
    if (!where || where.tabId === undefined) return undefined;
    const answer = await sendToTab(where.tabId, 'extract', {});
    mark('extracted');
    return answer;
  });
  // Taken up by the popup; until then a failure must not be reported as unhandled.
  for (const step of [located, injected, response]) step.catch(() => {});
  return { located, injected, response };
}

/** What `./boot.ts` started, or a start now (the page was opened without it, as in the tests). */
export function startedExtraction(): Started {
  const started = window.__bersihPopupStart ?? startExtraction();
  delete window.__bersihPopupStart;
  return started;
}
