/**
 * The `openReader` answer: extract the page, then show the overlay with the user's reader
 * preferences. At most one overlay per page; asking again while it is open keeps it.
 * Control changes are saved to the settings; if that fails (say, the extension was updated and
 * this old script lost its storage access) they still hold for the rest of this page's life.
 */
import type { CleanResult } from '../../core/types.ts';
import { saveSettings, type Settings } from '../../shared/settings.ts';
import { cleanOptions, settingsOrDefaults } from '../page-options.ts';
import { extractLearning } from '../learn-site.ts';
import { joinedArticle } from '../pages/page-joiner.ts';
import type { ReaderPrefs } from './reader-prefs.ts';
import { openReaderView, type ReaderView } from './reader-view.ts';

let current: ReaderView | null = null;
let sessionPrefs: ReaderPrefs | null = null;

function prefsOf(settings: Settings): ReaderPrefs {
  return sessionPrefs ?? { theme: settings.theme, fontSize: settings.fontSize, width: settings.width };
}

function remember(prefs: ReaderPrefs): void {
  sessionPrefs = prefs;
  saveSettings(prefs).then(
    () => {
      // Saved: from now on the settings (which the options page may change) are the truth.
      if (sessionPrefs === prefs) sessionPrefs = null;
    },
    () => {
      // Not saved: `sessionPrefs` keeps the change for the rest of this page's life.
    },
  );
}

/** Shows `article` in the overlay over `doc` (once); resolves to whether it is open. */
export function showReader(doc: Document, article: CleanResult, settings: Settings): boolean {
  if (current) return true;
  current = openReaderView(doc, article, {
    prefs: prefsOf(settings),
    baseUrl: doc.URL,
    onPrefsChange: remember,
    onClose: () => {
      current = null;
    },
  });
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
