/**
 * What the content scripts pass to the core for this page: its address and the user's rules,
 * read from the settings. Unreadable settings mean "no user rules", never a failed clean.
 */
import type { CleanOptions } from '../core/types.ts';
import { DEFAULTS, loadPageSettings, loadSettings, type PageSettings, type Settings } from '../shared/settings.ts';

/** The settings, or the defaults when storage cannot be read (e.g. the extension was reloaded). */
export async function settingsOrDefaults(): Promise<Settings> {
  try {
    return await loadSettings();
  } catch {
    return { ...DEFAULTS };
  }
}

/**
 * Only the settings a page needs (mode, user rules), or their defaults: what the auto-clean
 * script reads, so that its bundle leaves out the validation of every other setting.
 */
export async function pageSettingsOrDefaults(): Promise<PageSettings> {
  try {
    return await loadPageSettings();
  } catch {
    return { ...DEFAULTS };
  }
}

/** Core options for `url` from `settings`. */
export function cleanOptions(settings: Pick<Settings, 'userSelectors' | 'userPhrases'>, url: string): CleanOptions {
  return { url, userRules: { selectors: settings.userSelectors, phrases: settings.userPhrases } };
}
