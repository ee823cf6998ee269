/**
 * What the content scripts pass to the core for this page: its address and the user's rules,
 * read from the settings. Unreadable settings mean "no user rules", never a failed clean.
 */
import type { CleanOptions } from '../core/types.ts';
import { DEFAULTS, loadSettings, type Settings } from '../shared/settings.ts';

/** The settings, or the defaults when storage cannot be read (e.g. the extension was reloaded). */
export async function settingsOrDefaults(): Promise<Settings> {
  try {
    return await loadSettings();
  } catch {
    return { ...DEFAULTS };
  }
}

/** Core options for `url` from `settings`. */
export function cleanOptions(settings: Settings, url: string): CleanOptions {
  return { url, userRules: { selectors: settings.userSelectors, phrases: settings.userPhrases } };
}
