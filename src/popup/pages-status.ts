/**
 * The popup's line about a multi-page article: "Joining the article's pages… 2 so far", then
 * "Joined 3 pages", and one note per page that could not be loaded. `followPages` asks the
 * content script how far the joining got until it is done, handing each new state on.
 */
import { t } from '../shared/i18n.ts';
import type { PagesStatus } from '../shared/messages.ts';

/** The status block for `status`. */
export function renderPagesStatus(doc: Document, status: PagesStatus): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'pages-status';
  const line = doc.createElement('p');
  line.textContent = status.done ? t('pagesJoined', status.pages.length) : t('pagesJoining', status.pages.length);
  box.appendChild(line);
  for (const missing of status.missing) {
    const note = doc.createElement('p');
    note.className = 'pages-missing';
    note.textContent = t('pagesMissing', [missing.page, missing.reason]);
    box.appendChild(note);
  }
  return box;
}

/** Milliseconds between two questions while pages arrive. */
export const POLL_MS = 250;

/**
 * Starts the joining and follows it: `onStatus` gets each state that adds a page or ends it.
 * Resolves when done, or at once when the article has one page (`ask` answers null).
 * @param wait injected so tests need no timers
 */
export async function followPages(
  ask: () => Promise<PagesStatus | null | undefined>,
  onStatus: (status: PagesStatus) => void,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  let shown = '';
  for (;;) {
    const status = await ask();
    if (!status) return;
    const key = `${status.pages.join(',')}|${status.missing.length}|${status.done}`;
    if (key !== shown) {
      shown = key;
      onStatus(status);
    }
    if (status.done) return;
    await wait(POLL_MS);
  }
}

/**
 * The "Show the whole article here" button, for a page auto-clean tidies in place: `show` asks
 * the tab to add the other pages and resolves to how many it added.
 */
export function renderShowHere(doc: Document, show: () => Promise<number>): HTMLElement {
  const box = doc.createElement('p');
  box.className = 'show-here';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.dataset.action = 'show-whole-here';
  button.textContent = t('showWholeHere');
  button.addEventListener('click', () => {
    button.disabled = true;
    show().then(
      (added) => {
        const done = doc.createElement('span');
        done.setAttribute('role', 'status');
        done.textContent = t('wholeShownHere', added);
        box.replaceChildren(done);
      },
      (error: unknown) => {
        button.disabled = false;
        button.textContent = t('stateError', error instanceof Error ? error.message : String(error));
      },
    );
  });
  box.appendChild(button);
  return box;
}
