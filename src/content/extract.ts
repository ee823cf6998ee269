/**
 * On-demand content script (built to `content/extract.js`), injected with
 * `scripting.executeScript` by the popup, the context menu and the keyboard command.
 *
 *   injection ──► guard: a live instance already here? stop (no second listener; see run-once.ts)
 *                 └─► listen for  extract           → core on a clone of the page, with its site's memory
 *                                                      (learn-site.ts), within a time budget (unless
 *                                                      `unbounded`) → ExtractResponse
 *                                 extractSelection  → core on the selected ranges  → ExtractResponse
 *                                 joinPages         → start/poll joining the other pages → PagesStatus|null
 *                                 showWholeHere     → the joined pages added to the live page → {added}
 *                                 openReader        → extract, then the overlay (reading aloud
                                                      when `listen`)                  → {opened}
 *
 * `tidyStatus` and `setTidyActive` are not handled here: the auto-clean script answers them
 * where it runs, and elsewhere the sender gets `undefined` (see `handleMessages`).
 */
import type { ContentMessages } from '../shared/messages.ts';
import { handleMessages } from '../shared/messaging.ts';
import { extractArticle } from './extract-article.ts';
import { extractLearning } from './learn-site.ts';
import { cleanOptions, settingsOrDefaults } from './page-options.ts';
import { currentPagesStatus, joinPagesStatus, whenJoined } from './pages/page-joiner.ts';
import { showWholeHere } from './pages/show-here.ts';
import { openReader } from './reader/open-reader.ts';
import { runOnce } from './run-once.ts';
import { extractSelection } from './selection-article.ts';

/** The messages this script answers; one handler each, none shared with `autoclean.ts`. */
export type ExtractorMessages = Pick<ContentMessages, 'extract' | 'extractSelection' | 'joinPages' | 'showWholeHere' | 'openReader'>;

runOnce('__bersihExtractor', () => {
  handleMessages<ExtractorMessages>({
    extract: async ({ unbounded }) => {
      const settings = await settingsOrDefaults();
      return extractLearning(document, cleanOptions(settings, location.href), settings, undefined, unbounded ? null : undefined);
    },
    joinPages: async () => {
      // The popup asks again while pages arrive: page 1 is cleaned once, on the first call.
      const known = currentPagesStatus(location.href);
      if (known) return known;
      const options = cleanOptions(await settingsOrDefaults(), location.href);
      const first = extractArticle(document, options);
      return first.ok ? joinPagesStatus(document, first.article, options) : null;
    },
    showWholeHere: async () => {
      const options = cleanOptions(await settingsOrDefaults(), location.href);
      const first = extractArticle(document, options);
      if (!first.ok || !joinPagesStatus(document, first.article, options)) return { added: 0 };
      const status = await whenJoined(location.href);
      const last = first.article.text.split(/\n\n+/).at(-1) ?? '';
      return { added: status ? showWholeHere(document, status, last) : 0 };
    },
    extractSelection: async ({ unbounded }) => {
      const options = cleanOptions(await settingsOrDefaults(), location.href);
      return extractSelection(document, window.getSelection(), options, undefined, unbounded ? null : undefined);
    },
    openReader: ({ listen }) => openReader(document, { listen: listen === true }),
  });
});
