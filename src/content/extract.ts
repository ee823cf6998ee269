/**
 * On-demand content script (built to `content/extract.js`), injected with
 * `scripting.executeScript` by the popup, the context menu and the keyboard command.
 *
 *   injection ──► guard: already here? stop (a second injection must not add a second listener)
 *                 └─► listen for  extract           → core on a clone of the page → ExtractResponse
 *                                 extractSelection  → core on the selected ranges  → ExtractResponse
 *                                 openReader        → extract, then the overlay     → {opened}
 *
 * `tidyStatus` and `setTidyActive` are not handled here: the auto-clean script answers them
 * where it runs, and elsewhere the sender gets `undefined` (see `handleMessages`).
 */
import type { ContentMessages } from '../shared/messages.ts';
import { handleMessages } from '../shared/messaging.ts';
import { extractArticle } from './extract-article.ts';
import { cleanOptions, settingsOrDefaults } from './page-options.ts';
import { openReader } from './reader/open-reader.ts';
import { extractSelection } from './selection-article.ts';

/** The messages this script answers; one handler each, none shared with `autoclean.ts`. */
export type ExtractorMessages = Pick<ContentMessages, 'extract' | 'extractSelection' | 'openReader'>;

declare global {
  interface Window {
    /** Set by the first injection of this script into the page's (isolated) world. */
    __bersihExtractor?: boolean;
  }
}

if (!window.__bersihExtractor) {
  window.__bersihExtractor = true;
  handleMessages<ExtractorMessages>({
    extract: async () => extractArticle(document, cleanOptions(await settingsOrDefaults(), location.href)),
    extractSelection: async () => {
      const options = cleanOptions(await settingsOrDefaults(), location.href);
      return extractSelection(document, window.getSelection(), options);
    },
    openReader: () => openReader(document),
  });
}
