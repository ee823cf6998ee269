/**
 * Host permissions as the user's intent. Bersih asks for host access only to auto-clean, so a
 * grant means "auto-clean there" and a revocation means "stop". The popup and the options page
 * save the settings themselves after a grant, but Firefox may close the popup while its
 * permission prompt is open, ending the popup's script before it saves; and the user can grant
 * or revoke site access from the browser's own menus. Reconciling here covers both.
 */
import type { Permissions } from '../shared/browser.ts';
import { ALL_SITES_PATTERNS, originPattern } from '../shared/origins.ts';
import { loadSettings, saveSettings, type Settings } from '../shared/settings.ts';

type SiteSettings = Pick<Settings, 'autoCleanAll' | 'autoCleanSites'>;

const BROAD = new Set<string>(ALL_SITES_PATTERNS);

/** The origin a site match pattern covers (`https://host/*` → `https://host`), or null. */
export function patternOrigin(pattern: string): string | null {
  const match = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  return match ? `${match[1]}://${match[2]}` : null;
}

/** The site settings after `origins` were granted; the same object when nothing changes. */
export function settingsAfterGrant(settings: SiteSettings, origins: readonly string[]): SiteSettings {
  let { autoCleanAll, autoCleanSites } = settings;
  for (const pattern of origins) {
    if (BROAD.has(pattern)) {
      autoCleanAll = true;
      continue;
    }
    const origin = patternOrigin(pattern);
    // A listed origin with a port maps to the same pattern: it is already there.
    if (origin && !autoCleanSites.some((site) => originPattern(site) === pattern)) {
      autoCleanSites = [...autoCleanSites, origin];
    }
  }
  const same = autoCleanAll === settings.autoCleanAll && autoCleanSites === settings.autoCleanSites;
  return same ? settings : { autoCleanAll, autoCleanSites };
}

/** The site settings after `origins` were revoked; the same object when nothing changes. */
export function settingsAfterRevoke(settings: SiteSettings, origins: readonly string[]): SiteSettings {
  const revoked = new Set(origins);
  const autoCleanAll = settings.autoCleanAll && !origins.some((pattern) => BROAD.has(pattern));
  const autoCleanSites = settings.autoCleanSites.filter((site) => !revoked.has(originPattern(site)));
  const same = autoCleanAll === settings.autoCleanAll && autoCleanSites.length === settings.autoCleanSites.length;
  return same ? settings : { autoCleanAll, autoCleanSites };
}

async function reconcile(
  change: (settings: SiteSettings, origins: readonly string[]) => SiteSettings,
  permissions: Permissions.Permissions,
): Promise<void> {
  const current = await loadSettings();
  const next = change(current, permissions.origins ?? []);
  // Saving triggers the registration sync through `storage.onChanged`.
  if (next !== current) await saveSettings(next);
}

/** `permissions.onAdded`: a grant switches auto-clean on for what was granted. */
export function onPermissionsAdded(permissions: Permissions.Permissions): Promise<void> {
  return reconcile(settingsAfterGrant, permissions);
}

/** `permissions.onRemoved`: a revocation switches auto-clean off there. */
export function onPermissionsRemoved(permissions: Permissions.Permissions): Promise<void> {
  return reconcile(settingsAfterRevoke, permissions);
}
