/**
 * The auto-clean sites list: add (validates an http(s) origin, then asks for its permission
 * inside the submit gesture) and remove (drops the site, then releases its permission).
 */
import type { Permissions } from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { originPattern, toOrigin } from '../shared/origins.ts';
import type { Settings } from '../shared/settings.ts';

export interface SitesDeps {
  permissions: {
    request(permissions: Permissions.Permissions): Promise<boolean>;
    remove(permissions: Permissions.Permissions): Promise<boolean>;
  };
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /** The latest stored settings (the list may have changed in the popup meanwhile). */
  loadSettings(): Promise<Settings>;
}

export type AddSiteCheck = { ok: true; origin: string } | { ok: false; message: string };

/** Validates the "add site" input against the current list. */
export function checkNewSite(input: string, sites: readonly string[]): AddSiteCheck {
  const origin = toOrigin(input);
  if (!origin) return { ok: false, message: t('optionsBadSite', input.trim()) };
  if (sites.includes(origin)) return { ok: false, message: t('optionsSiteExists', origin) };
  return { ok: true, origin };
}

/**
 * Adds `origin`: requests its permission first (no await before it: the prompt needs the
 * user's gesture), then saves it. Resolves to the new settings; rejects with a localised reason.
 */
export function addSite(origin: string, deps: SitesDeps): Promise<Settings> {
  return deps.permissions.request({ origins: [originPattern(origin)] }).then(async (granted) => {
    if (!granted) throw new Error(t('permissionRefused'));
    const current = await deps.loadSettings();
    return deps.saveSettings({ autoCleanSites: [...current.autoCleanSites.filter((s) => s !== origin), origin] });
  });
}

/** Removes `origin` from the list, then releases its permission. */
export async function removeSite(origin: string, deps: SitesDeps): Promise<Settings> {
  const current = await deps.loadSettings();
  const next = await deps.saveSettings({ autoCleanSites: current.autoCleanSites.filter((s) => s !== origin) });
  await deps.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  return next;
}

/** The list items, each with a "Remove" button labelled with the site for screen readers. */
export function renderSites(doc: Document, sites: readonly string[], onRemove: (origin: string) => void): HTMLElement[] {
  if (sites.length === 0) {
    const empty = doc.createElement('li');
    empty.className = 'sites-empty';
    empty.textContent = t('optionsNoSites');
    return [empty];
  }
  return sites.map((origin) => {
    const item = doc.createElement('li');
    const name = doc.createElement('span');
    name.textContent = origin;
    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.className = 'button';
    remove.textContent = t('optionsRemoveSite');
    remove.setAttribute('aria-label', t('optionsRemoveSiteLabel', origin));
    remove.addEventListener('click', () => onRemove(origin));
    item.append(name, ' ', remove);
    return item;
  });
}
