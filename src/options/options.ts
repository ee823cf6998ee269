/**
 * Options page entry: wires the sites list, the "all sites" switch and the settings form to
 * storage. Changes made elsewhere (the popup's switches) show up live via `onSettingsChanged`.
 */
import { browser } from '../shared/browser.ts';
import { localiseDocument, t } from '../shared/i18n.ts';
import { ALL_SITES_PATTERNS } from '../shared/origins.ts';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../shared/settings.ts';
import { fillForm, fillReaderFields, readForm, showRuleProblems } from './form.ts';
import { storageMemoryStore } from '../shared/site-memory-store.ts';
import { wireMemorySection } from './site-memory.ts';
import { addSite, checkNewSite, removeSite, renderSites, type SitesDeps } from './sites.ts';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`options.html lacks #${id}`);
  return element as T;
}

const settingsForm = byId<HTMLFormElement>('settings');
const addSiteForm = byId<HTMLFormElement>('add-site');
const siteInput = byId<HTMLInputElement>('site-input');
const sitesList = byId<HTMLUListElement>('sites');
const sitesStatus = byId<HTMLElement>('sites-status');
const saveStatus = byId<HTMLElement>('save-status');
const allSites = document.querySelector<HTMLInputElement>('input[name="autoCleanAll"]');

const showMemory = wireMemorySection(
  {
    toggle: byId<HTMLInputElement>('memory-switch'),
    list: byId<HTMLUListElement>('memory-sites'),
    forgetAll: byId<HTMLButtonElement>('memory-forget-all'),
    status: byId<HTMLElement>('memory-status'),
  },
  { store: storageMemoryStore(), saveSettings },
);

const deps: SitesDeps = { permissions: browser.permissions, saveSettings, loadSettings };
// The last settings shown; lets the submit handler validate without awaiting before the prompt.
let shown: Settings | null = null;

function say(element: HTMLElement, message: string, outcome: 'ok' | 'error'): void {
  element.textContent = message;
  element.dataset.outcome = outcome;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function showSites(settings: Settings): void {
  shown = settings;
  if (allSites) allSites.checked = settings.autoCleanAll;
  sitesList.replaceChildren(
    ...renderSites(document, settings.autoCleanSites, (origin) => {
      removeSite(origin, deps).then(
        (next) => {
          showSites(next);
          say(sitesStatus, t('optionsSiteRemoved', origin), 'ok');
        },
        (error: unknown) => say(sitesStatus, reason(error), 'error'),
      );
    }),
  );
}

addSiteForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const check = checkNewSite(siteInput.value, shown?.autoCleanSites ?? []);
  if (!check.ok) {
    siteInput.setAttribute('aria-invalid', 'true');
    say(sitesStatus, check.message, 'error');
    siteInput.focus();
    return;
  }
  siteInput.removeAttribute('aria-invalid');
  addSite(check.origin, deps).then(
    (next) => {
      showSites(next);
      siteInput.value = '';
      say(sitesStatus, t('optionsSiteAdded', check.origin), 'ok');
    },
    (error: unknown) => say(sitesStatus, reason(error), 'error'),
  );
});

allSites?.addEventListener('click', () => {
  const on = allSites.checked;
  const origins = [...ALL_SITES_PATTERNS];
  const done = on
    ? browser.permissions.request({ origins }).then((granted) => {
        if (!granted) throw new Error(t('permissionRefused'));
        return saveSettings({ autoCleanAll: true });
      })
    : saveSettings({ autoCleanAll: false }).then(async (next) => {
        await browser.permissions.remove({ origins }).catch(() => false);
        return next;
      });
  done.then(
    (next) => {
      showSites(next);
      say(sitesStatus, on ? t('autoCleanOn') : t('autoCleanOff'), 'ok');
    },
    (error: unknown) => {
      allSites.checked = !on;
      say(sitesStatus, reason(error), 'error');
    },
  );
});

settingsForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const read = readForm(settingsForm, document);
  const invalid = showRuleProblems(settingsForm, read.ok ? [] : read.problems);
  if (!read.ok) {
    say(saveStatus, t('optionsNotSaved'), 'error');
    invalid?.focus();
    return;
  }
  saveSettings(read.patch).then(
    (next) => {
      fillForm(settingsForm, next);
      say(saveStatus, t('optionsSaved'), 'ok');
    },
    (error: unknown) => say(saveStatus, t('optionsSaveFailed', reason(error)), 'error'),
  );
});

async function main(): Promise<void> {
  localiseDocument(document);
  const settings = await loadSettings();
  fillForm(settingsForm, settings);
  showSites(settings);
  await showMemory(settings);
  onSettingsChanged((next) => {
    showSites(next);
    // The reader view's controls save too: show their choices here as they change.
    fillReaderFields(settingsForm, next);
    void showMemory(next);
  });
}

main().catch((error: unknown) => say(saveStatus, reason(error), 'error'));
