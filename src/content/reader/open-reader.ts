/**
 * The `openReader` answer: extract the page, then show the overlay with the user's reader
 * preferences. At most one overlay per page; asking again while it is open keeps it.
 * Control changes are saved to the settings, and settings changed elsewhere (the options page)
 * show in the open overlay; ./prefs-sync.ts holds the rules.
 */
import type { CleanResult } from '../../core/types.ts';
import { sendToBackground } from '../../shared/messaging.ts';
import { onSettingsChanged, saveSettings, type Settings } from '../../shared/settings.ts';
import { cleanOptions, settingsOrDefaults } from '../page-options.ts';
import { extractLearning } from '../learn-site.ts';
import { joinedArticle } from '../pages/page-joiner.ts';
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

/** Shows `article` in the overlay over `doc` (once); resolves to whether it is open. */
export function showReader(doc: Document, article: CleanResult, settings: Settings): boolean {
  if (current) return true;
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
  return true;
}

/** Opens the reader on `article` unless it is open, then starts reading aloud when `listen`. */
function showAndListen(doc: Document, article: CleanResult, settings: Settings, listen: boolean): { opened: boolean } {
  const opened = showReader(doc, article, settings);
  if (listen) current?.listen();
  return { opened };
}

/**
 * Extracts `doc`'s article and opens the reader view on it; `{opened: false}` when there is none.
 * `listen` (the popup's Listen) starts reading it aloud, in an overlay already open too.
 */
export async function openReader(doc: Document, { listen = false }: { listen?: boolean } = {}): Promise<{ opened: boolean }> {
  const again = (): { opened: boolean } => {
    if (listen) current?.listen();
    return { opened: true };
  };
  if (current) return again();
  const settings = await settingsOrDefaults();
  if (current) return again();
  // The article with its other pages, when the popup had them joined; else page 1 as it is.
  const joined = joinedArticle(doc.URL);
  if (joined) return showAndListen(doc, joined, settings, listen);
  const result = await extractLearning(doc, cleanOptions(settings, doc.URL), settings);
  if (!result.ok) return { opened: false };
  return showAndListen(doc, result.article, settings, listen);
}

/** The overlay currently open on this page, if any (for tests and for closing it on navigation). */
export function currentReader(): ReaderView | null {
  return current;
}
