/**
 * The hand-over between the extraction script and the reader's own script, the way read aloud
 * is handed over (./speech/loader.ts): `content/reader.js` provides the reader on the isolated
 * world's `window` (shared by every content script of the extension in the page, in Chromium and
 * Firefox alike), and `content/extract.js` has the background run that script the first time the
 * reader must open. Only types come from ./show-reader.ts here: none of the reader's code enters
 * the extraction bundle.
 */
import { t } from '../../shared/i18n.ts';
import { sendToBackground } from '../../shared/messaging.ts';
import type { currentReader, showReader } from './show-reader.ts';

/** What `content/reader.js` provides. */
export interface ReaderApi {
  /** Shows the article in the overlay (once); see show-reader.ts. */
  show: typeof showReader;
  /** The overlay open on this page, if any. */
  current: typeof currentReader;
}

declare global {
  interface Window {
    /** Set by `content/reader.js`. */
    __bersihReader?: ReaderApi;
  }
}

/** Called by `content/reader.js` once it runs. */
export function provideReader(reader: ReaderApi): void {
  window.__bersihReader = reader;
}

/** The reader when `content/reader.js` already runs in this page, else null. */
export function loadedReader(): ReaderApi | null {
  return window.__bersihReader ?? null;
}

/**
 * Asks the background to run `content/reader.js` here; resolves to the reader. Rejects with the
 * browser's reason when it could not, so the popup shows it rather than nothing happening.
 */
export async function loadReader(): Promise<ReaderApi> {
  const ready = loadedReader();
  if (ready) return ready;
  const answer = await sendToBackground('loadReader', {});
  const reader = loadedReader();
  if (!reader) throw new Error(t('readerLoadFailed', answer?.error ?? 'its script did not run'));
  return reader;
}
