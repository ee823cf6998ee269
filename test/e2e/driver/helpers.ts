/**
 * Short forms for what most scenarios do: a page that is closed afterwards, the popup opened on
 * it and closed afterwards, and the popup's outcome once it has one.
 */
import type { Driver, PopupView, TestPage } from './types.ts';

/** Opens `pathOrUrl` in a new tab, runs `use`, and closes the tab whatever happens. */
export async function withPage<R>(driver: Driver, pathOrUrl: string, use: (page: TestPage) => Promise<R>): Promise<R> {
  const page = await driver.newPage(pathOrUrl);
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

/** Opens the popup on `page`, runs `use`, and closes the popup whatever happens. */
export async function withPopup<R>(driver: Driver, page: TestPage, use: (popup: PopupView) => Promise<R>): Promise<R> {
  const popup = await driver.openPopup(page);
  try {
    return await use(popup);
  } finally {
    await popup.close();
  }
}

/** What the popup ended up showing: the article, or a state (`forbidden`, `no-article`, `error`…) and its message. */
export type PopupOutcome =
  | { kind: 'article'; title: string; text: string; summary: string | null }
  | { kind: 'state'; state: string; message: string };

/** Waits until the popup shows an article or a final state (not `loading`), and returns it. */
export function popupOutcome(popup: PopupView): Promise<PopupOutcome> {
  return popup.waitFor('an article or a state', (): PopupOutcome | null => {
    const body = document.querySelector<HTMLElement>('.article .article-body');
    if (body) {
      return {
        kind: 'article',
        title: document.querySelector('.article-title')?.textContent ?? '',
        text: body.innerText,
        summary: document.querySelector('.removals summary')?.textContent ?? null,
      };
    }
    const state = document.querySelector<HTMLElement>('#status [data-state]');
    if (!state || state.dataset.state === 'loading') return null;
    return { kind: 'state', state: state.dataset.state ?? '', message: state.querySelector('.state-message')?.textContent ?? '' };
  });
}
