/**
 * The options page's site-memory section: the on/off switch (saved at once, like "all sites"),
 * the remembered sites each with a "Forget" button, and "Forget all sites". The list is read
 * from the store's index again after every change, and when another tab learns a new site.
 */
import type { SiteMemoryStore } from '../core/site-memory/store.ts';
import { browser } from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { MEMORY_INDEX_KEY } from '../shared/site-memory-store.ts';
import type { Settings } from '../shared/settings.ts';

export interface MemorySectionParts {
  toggle: HTMLInputElement;
  list: HTMLUListElement;
  forgetAll: HTMLButtonElement;
  status: HTMLElement;
}

export interface MemorySectionDeps {
  store: SiteMemoryStore;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
}

function say(status: HTMLElement, message: string, outcome: 'ok' | 'error'): void {
  status.textContent = message;
  status.dataset.outcome = outcome;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The list items: one per remembered site with its "Forget" button, or the "none yet" line. */
export function renderMemorySites(doc: Document, sites: readonly string[], onForget: (site: string) => void): HTMLElement[] {
  if (sites.length === 0) {
    const empty = doc.createElement('li');
    empty.className = 'sites-empty';
    empty.textContent = t('optionsMemoryNoSites');
    return [empty];
  }
  return sites.map((site) => {
    const item = doc.createElement('li');
    const name = doc.createElement('span');
    name.textContent = site;
    const forget = doc.createElement('button');
    forget.type = 'button';
    forget.className = 'button';
    forget.textContent = t('optionsMemoryForget');
    forget.setAttribute('aria-label', t('optionsMemoryForgetLabel', site));
    forget.addEventListener('click', () => onForget(site));
    item.append(name, ' ', forget);
    return item;
  });
}

/**
 * Wires the section to the store and the settings. Returns `show`, which puts the switch in
 * line with `settings` (call it on load and on every settings change).
 */
export function wireMemorySection(parts: MemorySectionParts, deps: MemorySectionDeps): (settings: Settings) => Promise<void> {
  const doc = parts.list.ownerDocument;
  const refresh = async (): Promise<void> => {
    const sites = await deps.store.sites();
    parts.list.replaceChildren(...renderMemorySites(doc, sites, forget));
    parts.forgetAll.disabled = sites.length === 0;
  };
  const forget = (site?: string): void => {
    deps.store.forget(site).then(refresh).then(
      () => say(parts.status, site === undefined ? t('optionsMemoryForgottenAll') : t('optionsMemoryForgotten', site), 'ok'),
      (error: unknown) => say(parts.status, reason(error), 'error'),
    );
  };
  parts.forgetAll.addEventListener('click', () => forget());
  parts.toggle.addEventListener('change', () => {
    const on = parts.toggle.checked;
    deps.saveSettings({ siteMemory: on }).then(
      () => say(parts.status, on ? t('optionsMemoryOn') : t('optionsMemoryOff'), 'ok'),
      (error: unknown) => {
        parts.toggle.checked = !on;
        say(parts.status, reason(error), 'error');
      },
    );
  });
  // A page read in another tab may add a site while the options are open.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && MEMORY_INDEX_KEY in changes) void refresh().catch(() => undefined);
  });
  return async (settings) => {
    parts.toggle.checked = settings.siteMemory;
    await refresh();
  };
}
