/**
 * The reader's own script, loaded on first use (../late-script.ts): `content/reader.js` provides
 * the reader, and `content/extract.js` has the background run it the first time the reader must
 * open. Only types come from ./show-reader.ts here: none of the reader's code enters the
 * extraction bundle.
 */
import { t } from '../../shared/i18n.ts';
import { lateScript } from '../late-script.ts';
import type { CleanResult } from '../../core/types.ts';
import type { currentReader } from './show-reader.ts';

/** What `content/reader.js` provides. */
export interface ReaderApi {
  /** Shows the article in the overlay (once), as the settings say; see show-reader.ts. */
  show(doc: Document, article: CleanResult, listen: boolean): Promise<{ opened: boolean }>;
  /** The overlay open on this page, if any. */
  current: typeof currentReader;
}

// The popup shows the reason rather than nothing happening.
const reader = lateScript<ReaderApi>('__bersihReader', 'loadReader', (reason) =>
  t('readerLoadFailed', reason ?? 'its script did not run'),
);

/** Called by `content/reader.js` once it runs. */
export const provideReader = reader.provide;
/** The reader when `content/reader.js` already runs in this page, else null. */
export const loadedReader = reader.loaded;
/** Has the background run `content/reader.js` here; resolves to the reader. */
export const loadReader = reader.load;
