/**
 * Popup entry (the module bundle). On open, `./boot.ts` (popup.html's first script) has already
 * classified the active tab, injected the extractor (the action click granted activeTab) and asked
 * for the article (`./start-extraction.ts`); this shows it with its removal summary and actions,
 * or shows why not. Rendering lives in small modules that take `document`, so they are
 * unit-tested in jsdom.
 */
import type { CleanResult, Removal } from '../core/types.ts';
import { browser } from '../shared/browser.ts';
import { localiseDocument, t } from '../shared/i18n.ts';
import type { ExtractResponse, PagesStatus, TidyStatus } from '../shared/messages.ts';
import { sendToTab } from '../shared/messaging.ts';
import { loadSettings, saveSettings, type Settings } from '../shared/settings.ts';
import { clipboardText, copyWithFeedback, renderActions } from './actions.ts';
import { withMarkdownContents } from './copy-markdown.ts';
import { renderNotArticle } from './not-article.ts';
import { followPages, renderPagesStatus, renderShowHere } from './pages-status.ts';
import { renderArticle } from './render-article.ts';
import { renderRemovals } from './render-removals.ts';
import { renderSiteToggles } from './site-toggles.ts';
import { mark, startedExtraction } from './start-extraction.ts';
import { renderState, type PopupState } from './states.ts';
import { renderTidyToggle } from './tidy-toggle.ts';

function region(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`popup.html lacks #${id}`);
  return element;
}

const statusRegion = region('status');
const contentRegion = region('content');
const tidyRegion = region('tidy');
const siteRegion = region('site');

function showState(state: PopupState): void {
  statusRegion.replaceChildren(renderState(document, state));
  contentRegion.replaceChildren();
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What auto-clean already removed from the live page, while it is applied: extraction then runs
 * on the tidied page and would not see those blocks, so the summary adds them.
 */
let tidyRemoved: Removal[] = [];
/** Whether auto-clean runs in the tab (its toggle is shown). */
let tidyShown = false;
/**
 * Copy Markdown starts with a contents list (a setting). Read at start, not on the click: the
 * clipboard write must stay in the click's user activation.
 */
let markdownContents = false;

function showArticle(tabId: number, article: CleanResult, pageUrl: string | undefined, pages?: PagesStatus): void {
  // The content region is not live (it would read the whole article aloud); a short notice is.
  const notice = document.createElement('p');
  notice.className = 'visually-hidden';
  notice.textContent = t('articleReady', article.title);
  statusRegion.replaceChildren(notice);
  const removed = [...tidyRemoved, ...article.removed];
  const actions = renderActions(document, (copyStatus) => ({
    copyText: () => copyWithFeedback(navigator.clipboard, clipboardText(article, 'text'), copyStatus).then(() => {}),
    copyMarkdown: () => {
      const copied = markdownContents ? withMarkdownContents(article) : article;
      return copyWithFeedback(navigator.clipboard, clipboardText(copied, 'markdown'), copyStatus).then(() => {});
    },
    openReader: async () => {
      await sendToTab(tabId, 'openReader', {});
      window.close();
    },
    listen: async () => {
      await sendToTab(tabId, 'openReader', { listen: true });
      window.close();
    },
  }));
  const parts = [actions, renderRemovals(document, removed), renderArticle(document, article, pageUrl)];
  contentRegion.replaceChildren(...(pages ? [renderPagesStatus(document, pages), ...parts] : parts));
}

/**
 * After page 1 is shown: the article's other pages are joined in the tab, and the popup shows
 * the article again (copy buttons included) each time a page arrives.
 */
function followOtherPages(tabId: number, pageUrl: string | undefined): void {
  followPages(
    () => sendToTab(tabId, 'joinPages', {}),
    (status) => {
      showArticle(tabId, status.article, pageUrl, status);
      // Where auto-clean tidies the page in place, the joined pages can go into the page too.
      if (tidyShown && status.done && status.pages.length > 1 && !tidyRegion.querySelector('.show-here')) {
        tidyRegion.appendChild(renderShowHere(document, async () => (await sendToTab(tabId, 'showWholeHere', {}))?.added ?? 0));
      }
    },
  ).catch(() => {
    // Page 1 stays on screen; the other pages are a bonus.
  });
}

function showResponse(tabId: number, response: ExtractResponse | undefined, pageUrl: string | undefined, fromSelection: boolean): void {
  if (!response) return showState({ kind: 'error', message: 'no response from the page' });
  const useSelection = (): void => {
    extract(tabId, pageUrl, true).catch((error: unknown) => showState({ kind: 'error', message: reason(error) }));
  };
  if (response.ok) {
    const { article } = response;
    const show = (): void => {
      showArticle(tabId, article, pageUrl);
      // Only once page 1 is painted: the joiner's first answer draws the article again.
      if (!fromSelection) requestAnimationFrame(() => setTimeout(() => followOtherPages(tabId, pageUrl), 0));
    };
    if (!article.notArticle) return show();
    const showAnyway = show;
    statusRegion.replaceChildren(renderNotArticle(document, article.notArticle, { showAnyway, useSelection }));
    return void contentRegion.replaceChildren();
  }
  switch (response.reason) {
    case 'no-article':
      return showState({ kind: fromSelection ? 'no-selection' : 'no-article', onUseSelection: useSelection });
    case 'too-large':
      return showState({ kind: 'too-large', bytes: response.bytes });
    case 'timed-out': {
      // "Try anyway": the same extraction without a budget; the tab may freeze while it runs.
      const tryAnyway = (): void => {
        extract(tabId, pageUrl, fromSelection, Promise.resolve(), true).catch((error: unknown) =>
          showState({ kind: 'error', message: reason(error) }),
        );
      };
      return showState({ kind: 'timed-out', onTryAnyway: tryAnyway });
    }
    case 'error':
      return showState({ kind: 'error', message: response.message });
  }
}

/**
 * Resolves once the popup's own document has loaded. The article waits for it: its images come
 * from the page's server, and an image in the document before its load event delays that event.
 * Chrome shows a popup only once it has loaded, so an image that never answers kept the popup
 * from ever appearing, now that the article can arrive with the click's head start (issue 17).
 */
function popupLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/** Marks `painted` once the frame that shows the article has been produced. */
function markPainted(): void {
  afterPaint(() => mark('painted'));
}

/**
 * Shows the tab's answer to `extract` (or `extractSelection`); `pending` is an answer already
 * asked for (the one `./start-extraction.ts` asked for as the popup opened).
 */
async function extract(
  tabId: number,
  pageUrl: string | undefined,
  fromSelection: boolean,
  before: Promise<unknown> = Promise.resolve(),
  unbounded = false,
  pending?: Promise<ExtractResponse | undefined>,
): Promise<void> {
  showState({ kind: 'loading' });
  let response: ExtractResponse | undefined;
  if (pending) response = await pending;
  else {
    response = fromSelection
      ? await sendToTab(tabId, 'extractSelection', unbounded ? { unbounded } : {})
      : await sendToTab(tabId, 'extract', unbounded ? { unbounded } : {});
    mark('extracted');
  }
  // What must be on screen before the article (the tidy toggle and its removals) has been asked
  // for at the same time as the article; wait for it only now.
  await before;
  await popupLoaded();
  showResponse(tabId, response, pageUrl, fromSelection);
  mark('shown');
  markPainted();
}

/** Shows the auto-clean toggle for `status` (none when no auto-clean script runs in the tab). */
async function showTidyToggle(tabId: number, asked: Promise<TidyStatus | null>): Promise<void> {
  const status = await asked;
  if (!status) return;
  tidyShown = true;
  if (status.active) tidyRemoved = status.removed;
  tidyRegion.replaceChildren(
    renderTidyToggle(document, status, async (active) => (await sendToTab(tabId, 'setTidyActive', { active })) ?? null),
  );
}

async function showSiteToggles(origin: string, loaded: Promise<Settings>): Promise<void> {
  const settings = await loaded;
  siteRegion.replaceChildren(
    renderSiteToggles(document, origin, settings, { permissions: browser.permissions, saveSettings }),
  );
}

/** Runs `work` once the frame now being drawn (the article, or why not) has been produced. */
function afterPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

async function main(): Promise<void> {
  // The extraction is the long pole: it was started before this bundle loaded (./boot.ts), the
  // injection right after finding the tab. Settings and the site switches wait (issue 17).
  const started = startedExtraction();
  localiseDocument(document);
  region('open-options').addEventListener('click', () => {
    browser.runtime.openOptionsPage().then(() => window.close(), (error: unknown) => showState({ kind: 'error', message: reason(error) }));
  });
  showState({ kind: 'loading' });
  const { tabId, url, access } = await started.located;
  if (access.kind !== 'ok' || tabId === undefined) {
    return showState(access.kind === 'ok' ? { kind: 'forbidden', reason: 'no-url' } : access);
  }
  const settings = loadSettings();
  settings.then(
    (loaded) => {
      markdownContents = loaded.markdownContents;
    },
    () => {},
  );
  // The site switches sit in the footer, below the article: drawn once the article is painted.
  const { origin } = access;
  const drawSiteToggles = (): void => {
    if (!origin) return;
    afterPaint(() => {
      // Unreadable settings: said in the footer, where the switches would be; the article stays.
      showSiteToggles(origin, settings).catch((error: unknown) =>
        siteRegion.replaceChildren(renderState(document, { kind: 'error', message: reason(error) })),
      );
    });
  };
  try {
    await started.injected;
  } catch (error) {
    showState({ kind: 'error', message: reason(error) });
    return drawSiteToggles();
  }
  try {
    await extract(tabId, url, false, showTidyToggle(tabId, started.tidyStatus), false, started.response);
  } finally {
    drawSiteToggles();
  }
}

main().catch((error: unknown) => showState({ kind: 'error', message: reason(error) }));
