/**
 * The article actions: Open reader view, Listen (the reader, read aloud), Copy text, Copy Markdown. Copy results are announced
 * in a live region next to the buttons ("Copied" or the reason it failed).
 */
import { t } from '../shared/i18n.ts';
import { actionButton } from './button.ts';

export interface ArticleActions {
  copyText(): Promise<void>;
  copyMarkdown(): Promise<void>;
  openReader(): Promise<void>;
  /** Opens the reader view and starts reading the article aloud. */
  listen(): Promise<void>;
}

/** Writes `text` to the clipboard and reports the outcome in `status`. */
export async function copyWithFeedback(
  clipboard: Pick<Clipboard, 'writeText'> | undefined,
  text: string,
  status: HTMLElement,
): Promise<boolean> {
  try {
    if (!clipboard) throw new Error(t('clipboardUnavailable'));
    await clipboard.writeText(text);
    status.textContent = t('copied');
    status.dataset.outcome = 'ok';
    return true;
  } catch (error) {
    status.textContent = t('copyFailed', error instanceof Error ? error.message : String(error));
    status.dataset.outcome = 'error';
    return false;
  }
}

/**
 * The action bar. `copyStatus` is the live region the copy handlers write into; it is created
 * here so it sits next to the buttons it reports on.
 */
export function renderActions(
  doc: Document,
  handlers: (copyStatus: HTMLElement) => ArticleActions,
): HTMLElement {
  const bar = doc.createElement('div');
  bar.className = 'actions';
  const status = doc.createElement('p');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const actions = handlers(status);
  const run = (action: () => Promise<void>) => () => {
    action().catch((error: unknown) => {
      status.textContent = t('stateError', error instanceof Error ? error.message : String(error));
      status.dataset.outcome = 'error';
    });
  };
  bar.append(
    actionButton(doc, 'open-reader', t('openReader'), run(actions.openReader)),
    actionButton(doc, 'listen', t('speechListen'), run(actions.listen)),
    actionButton(doc, 'copy-text', t('copyText'), run(actions.copyText)),
    actionButton(doc, 'copy-markdown', t('copyMarkdown'), run(actions.copyMarkdown)),
    status,
  );
  bar.querySelector<HTMLElement>('[data-action="open-reader"]')?.classList.add('button-primary');
  return bar;
}

/** What the copy buttons put on the clipboard: the title, a blank line, then the body. */
export function clipboardText(
  article: { title: string; text: string; markdown: string },
  format: 'text' | 'markdown',
): string {
  const title = article.title.trim();
  const body = (format === 'text' ? article.text : article.markdown).trim();
  if (!title) return body;
  return format === 'text' ? `${title}\n\n${body}` : `# ${title}\n\n${body}`;
}
