/**
 * The reader's side of `openReader` (built into `content/reader.js`, see ./reader-loader.ts):
 * show the extracted article in the overlay with the user's reader preferences. At most one
 * overlay per page; asking again while it is open keeps it.
 * Control changes are saved to the settings, and settings changed elsewhere (the options page)
 * show in the open overlay; ./prefs-sync.ts holds the rules.
 */
import type { CleanResult } from '../../core/types.ts';
import { sendToBackground } from '../../shared/messaging.ts';
import { onSettingsChanged, saveSettings, type Settings } from '../../shared/settings.ts';
import { createPrefsSync } from './prefs-sync.ts';
import { openReaderView, type ReaderView } from './reader-view.ts';
import { base64ToBuffer, type FontSource } from './typography.ts';

let current: ReaderView | null = null;
const sync = createPrefsSync((prefs) => saveSettings(prefs));

/** The bundled font's bytes, from the background (see typography.ts). */
const fontSource: FontSource = async (weight) => base64ToBuffer((await sendToBackground('fontData', { weight })).base64);

/** Follows settings changes while the overlay is open; a script that lost storage just does not. */
function watchSettings(view: ReaderView): () => void {
  try {
    return onSettingsChanged((settings) => {
      const next = sync.remote(settings);
      if (next) view.setPrefs(next);
    });
  } catch {
    return () => {};
  }
}

/**
 * Shows `article` in the overlay over `doc` unless one is open, then starts reading aloud when
 * `listen` (the popup's Listen). Resolves to whether the overlay is open.
 */
export function showReader(doc: Document, article: CleanResult, settings: Settings, listen = false): { opened: boolean } {
  if (!current) {
    let unwatch = (): void => {};
    const view = openReaderView(doc, article, {
      prefs: sync.initial(settings),
      baseUrl: doc.URL,
      fontSource,
      onPrefsChange: (prefs) => sync.local(prefs),
      onClose: () => {
        unwatch();
        current = null;
      },
    });
    current = view;
    unwatch = watchSettings(view);
  }
  if (listen) current.listen();
  return { opened: true };
}

/** The overlay currently open on this page, if any (for tests and for closing it on navigation). */
export function currentReader(): ReaderView | null {
  return current;
}
