/**
 * The popup's answer to a page that does not look like an article (`CleanResult.notArticle`): it
 * says so and why in the user's words, and offers "Show anyway" (the extracted text, as for any
 * article) and the text selection, instead of presenting a column of teasers as the story.
 */
import type { NotArticle, NotArticleKind } from '../core/types.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { actionButton } from './button.ts';

const HINTS: Record<NotArticleKind, MessageKey> = {
  homepage: 'notArticleHomepage',
  section: 'notArticleSection',
  tag: 'notArticleTag',
  search: 'notArticleSearch',
  video: 'notArticleVideo',
};

export interface NotArticleActions {
  showAnyway: () => void;
  useSelection: () => void;
}

/** The notice for `verdict`, with its two buttons; `data-state="not-article"` and the kind for styling and tests. */
export function renderNotArticle(doc: Document, verdict: NotArticle, actions: NotArticleActions): HTMLElement {
  const section = doc.createElement('section');
  section.className = 'state state-not-article';
  section.dataset.state = 'not-article';
  section.dataset.kind = verdict.kind;
  const message = doc.createElement('p');
  message.className = 'state-message';
  message.textContent = t('stateNotArticle');
  const hint = doc.createElement('p');
  hint.className = 'state-hint';
  hint.textContent = t(HINTS[verdict.kind]);
  section.append(
    message,
    hint,
    actionButton(doc, 'show-anyway', t('showAnyway'), actions.showAnyway),
    actionButton(doc, 'use-selection', t('useSelection'), actions.useSelection),
  );
  return section;
}
