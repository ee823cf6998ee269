/**
 * Where auto-clean already tidied the page: a line saying how much it removed and a toggle
 * between "Show original" and "Clean again" (`setTidyActive`), and a note when auto-clean gave up
 * on a page that kept putting removed blocks back.
 */
import type { TidyStatus } from '../shared/messages.ts';
import { plural, t } from '../shared/i18n.ts';

/** Renders the toggle; `setActive` sends `setTidyActive` and resolves to the new status. */
export function renderTidyToggle(
  doc: Document,
  initial: TidyStatus,
  setActive: (active: boolean) => Promise<TidyStatus | null>,
): HTMLElement {
  const section = doc.createElement('section');
  section.className = 'tidy';
  const text = doc.createElement('p');
  text.setAttribute('role', 'status');
  text.setAttribute('aria-live', 'polite');
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.dataset.action = 'toggle-tidy';
  const note = doc.createElement('p');
  note.className = 'tidy-note';
  note.dataset.note = 'gave-up';
  note.textContent = t('tidyGaveUp');
  const show = (status: TidyStatus): void => {
    text.textContent = status.active ? plural('tidyRemoved', status.removed.length) : t('tidyShowingOriginal');
    note.hidden = !status.gaveUp;
    button.textContent = status.active ? t('showOriginal') : t('cleanAgain');
    button.dataset.active = String(status.active);
  };
  let current = initial;
  show(current);
  button.addEventListener('click', () => {
    button.disabled = true;
    setActive(!current.active)
      .then((next) => {
        if (next) show((current = next));
      })
      .catch((error: unknown) => {
        text.textContent = t('stateError', error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  section.append(text, note, button);
  return section;
}
