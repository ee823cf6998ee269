/**
 * The popup's non-article states (loading, forbidden page, no file access, no article, errors),
 * each a short localised message and, where the user can do something, a real button.
 */
import { messagesLocale, t, type MessageKey } from '../shared/i18n.ts';
import type { ForbiddenReason } from './page-access.ts';
import { actionButton } from './button.ts';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'forbidden'; reason: ForbiddenReason }
  | { kind: 'file-access' }
  /** No article found; `onUseSelection` offers "Use my text selection". */
  | { kind: 'no-article'; onUseSelection?: () => void }
  /** "Use my text selection" found nothing selected. */
  | { kind: 'no-selection'; onUseSelection?: () => void }
  | { kind: 'too-large'; bytes: number }
  /** The extraction passed its time budget; `onTryAnyway` runs it again without one. */
  | { kind: 'timed-out'; onTryAnyway?: () => void }
  | { kind: 'error'; message: string };

const FORBIDDEN_MESSAGES: Record<ForbiddenReason, MessageKey> = {
  'browser-page': 'stateForbiddenBrowser',
  'extension-page': 'stateForbiddenExtension',
  store: 'stateForbiddenStore',
  pdf: 'stateForbiddenPdf',
  'no-url': 'stateForbiddenNoUrl',
};

/** "2.5 MB" in the messages' language. */
export function formatBytes(bytes: number, locale: string = messagesLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
    bytes / 1_000_000,
  );
}

/** The main message and optional hint for a state. */
export function stateText(state: PopupState): { message: string; hint?: string } {
  switch (state.kind) {
    case 'loading':
      return { message: t('stateLoading') };
    case 'forbidden':
      return { message: t(FORBIDDEN_MESSAGES[state.reason]) };
    case 'file-access':
      return { message: t('stateFileAccess'), hint: t('stateFileAccessHint') };
    case 'no-article':
      return { message: t('stateNoArticle'), hint: t('stateNoArticleHint') };
    case 'no-selection':
      return { message: t('stateNoSelection') };
    case 'too-large':
      return { message: t('stateTooLarge', formatBytes(state.bytes)) };
    case 'timed-out':
      return { message: t('stateTimedOut'), hint: t('stateTimedOutHint') };
    case 'error':
      return { message: t('stateError', state.message) };
  }
}

/** The element for `state`; its `data-state` attribute names the kind (styling and tests). */
export function renderState(doc: Document, state: PopupState): HTMLElement {
  const section = doc.createElement('section');
  section.className = `state state-${state.kind}`;
  section.dataset.state = state.kind;
  const { message, hint } = stateText(state);
  const text = doc.createElement('p');
  text.className = 'state-message';
  text.textContent = message;
  section.append(text);
  if (state.kind === 'loading') section.setAttribute('aria-busy', 'true');
  if (hint) {
    const hintElement = doc.createElement('p');
    hintElement.className = 'state-hint';
    hintElement.textContent = hint;
    section.append(hintElement);
  }
  if ((state.kind === 'no-article' || state.kind === 'no-selection') && state.onUseSelection) {
    section.append(actionButton(doc, 'use-selection', t('useSelection'), state.onUseSelection));
  }
  if (state.kind === 'timed-out' && state.onTryAnyway) {
    section.append(actionButton(doc, 'try-anyway', t('tryAnyway'), state.onTryAnyway));
  }
  return section;
}
