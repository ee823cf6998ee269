/**
 * The toolbar click, in Chrome (issue 17). Chrome's build has no popup in its manifest, so the
 * click comes here first: the extraction starts in the tab at once, and then the popup opens.
 * The browser takes some 270 ms to open a popup; the extraction runs in those, not after them.
 * The popup's address names the tab (`?tab=N`), and the popup takes the answer with the
 * `takePrepared` message instead of injecting the extractor itself (popup/start-extraction.ts).
 *
 * Firefox keeps the manifest's popup (scripts/manifests.ts): its `action.openPopup()` must run
 * inside the click's user action, which an awaited `setPopup` would leave. There this never runs.
 *
 * The answers are kept in memory, against the background's rule of keeping nothing there: each
 * for at most `KEEP_MS`, and taken once. A worker that stopped in between has lost it, and the
 * popup then injects the extractor itself, as it does in Firefox.
 */
import { browser, type Tabs } from '../shared/browser.ts';
import { errorMessage, injectAndExtract } from '../shared/inject.ts';
import type { Prepared } from '../shared/messages.ts';

/** The popup page, from the extension root (as `action.setPopup` takes it). */
export const POPUP_PAGE = 'popup/popup.html';
/** How long an answer nobody took is kept: the popup asks for it well within a second. */
export const KEEP_MS = 30_000;

const prepared = new Map<number, Promise<Prepared>>();

/** Starts the extraction in `tabId` and keeps its answer for the popup (`takePrepared`). */
export function prepareExtraction(tabId: number): void {
  const answer = injectAndExtract(tabId).then(
    (response): Prepared => (response ? { answer: response } : { error: 'the injection returned no answer' }),
    (error: unknown): Prepared => ({ error: errorMessage(error) }),
  );
  prepared.set(tabId, answer);
  setTimeout(() => {
    if (prepared.get(tabId) === answer) prepared.delete(tabId);
  }, KEEP_MS);
}

/** The answer started for `tabId` at the click, once (null when none was started or it was taken). */
export async function takePrepared(tabId: number): Promise<Prepared | null> {
  const answer = prepared.get(tabId);
  prepared.delete(tabId);
  return (await answer) ?? null;
}

/**
 * The click on the toolbar button (or its keyboard shortcut) in `tab`: starts the extraction,
 * then opens the popup for that tab. Should the browser refuse to open it, the tab keeps the
 * plain popup, so the next click opens it the usual way; the error goes to the caller.
 */
export async function onActionClicked(tab: Tabs.Tab): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined || tabId < 0) return;
  prepareExtraction(tabId);
  await browser.action.setPopup({ tabId, popup: `${POPUP_PAGE}?tab=${tabId}` });
  try {
    await browser.action.openPopup(tab.windowId === undefined ? {} : { windowId: tab.windowId });
  } catch (error) {
    prepared.delete(tabId);
    await browser.action.setPopup({ tabId, popup: POPUP_PAGE });
    throw error;
  }
  // The next click comes here again.
  await browser.action.setPopup({ tabId, popup: '' });
}
