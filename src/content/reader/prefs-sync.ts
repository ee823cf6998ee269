/**
 * Keeps the reader's preferences and the stored settings in step, both ways (issue 16, item 5):
 * a control changed in the reader is saved; a change saved elsewhere (the options page) shows in
 * the open reader. Storage and the view are injected, so the rules are unit-tested on their own.
 *
 * - While a save of ours is in flight, change events are ignored: they are our own older writes
 *   coming back, and showing them would undo the newer clicks for a moment.
 * - A save that fails (say, the extension was updated and this old script lost its storage
 *   access) keeps the change for the rest of this page's life, for the next opening too.
 * - A change from elsewhere wins over such an unsaved change: it is the user's latest word.
 */
import type { Settings } from '../../shared/settings.ts';
import { prefsOf, type ReaderPrefs } from './reader-prefs.ts';

export interface PrefsSync {
  /** The preferences to open the reader with, given the stored settings. */
  initial(settings: Settings): ReaderPrefs;
  /** The reader changed `prefs`: save them. */
  local(prefs: ReaderPrefs): void;
  /** The stored settings changed: the preferences to show now, or null to leave the view as it is. */
  remote(settings: Settings): ReaderPrefs | null;
}

/** A sync over `save` (which writes a settings patch and may reject). */
export function createPrefsSync(save: (prefs: ReaderPrefs) => Promise<unknown>): PrefsSync {
  /** A change not (yet) saved: the truth for this page until a save or a remote change lands. */
  let unsaved: ReaderPrefs | null = null;
  let inFlight = 0;
  return {
    initial: (settings) => unsaved ?? prefsOf(settings),
    local(prefs) {
      unsaved = prefs;
      inFlight++;
      save(prefs)
        .then(
          () => {
            // Saved: from now on the settings are the truth.
            if (unsaved === prefs) unsaved = null;
          },
          () => {
            // Not saved: `unsaved` keeps the change.
          },
        )
        .finally(() => inFlight--);
    },
    remote(settings) {
      if (inFlight > 0) return null;
      unsaved = null;
      return prefsOf(settings);
    },
  };
}
