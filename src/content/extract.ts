/**
 * On-demand content script (built to `content/extract.js`), injected with
 * `scripting.executeScript` by the popup, the context menu and the keyboard command.
 *
 *   injection ──► guard: a live instance already here? stop (no second listener; see run-once.ts)
 *                 ├─► content/extract-now.js, injected right after by the popup, asks the live
 *                 │   instance for `extract` at once: the injection returns the answer (issue 17)
 *                 └─► listen for  extract           → core on a clone of the page, with its site's memory
 *                                                      (learn-site.ts), within a time budget (unless
 *                                                      `unbounded`) → ExtractResponse, sent before the
 *                                                      memory learns from the page; the last
 *                                                      answer again while page and options are
 *                                                      unchanged, unless `fresh` (extract-cache.ts)
 *                                 extractSelection  → core on the selected ranges  → ExtractResponse
 *                                 joinPages         → start/poll joining the other pages, page 1 reused
 *                                                      from `extract` (pages/first-page.ts) → PagesStatus|null
 *                                 showWholeHere     → the same, then the joined pages added to the live
 *                                                      page (the popup's button, or auto-join) → {added}
 *                                 openReader        → extract, then the overlay (reading aloud
 *                                                      when `listen`) from content/reader.js,
 *                                                      loaded the first time (reader/reader-loader.ts)
 *                                                                                      → {opened}
 *
 * `tidyStatus` and `setTidyActive` are not handled here: the auto-clean script answers them
 * where it runs, and elsewhere the sender gets `undefined` (see `handleMessages`).
 */
import { t } from '../shared/i18n.ts';
import type { ContentMessages, ExtractResponse } from '../shared/messages.ts';
import { handleMessages } from '../shared/messaging.ts';
import { keepExtraction, keptExtraction, optionsStamp, watchPage } from './extract-cache.ts';
import { extractThenLearn, pageOptions, withSiteMemory } from './learn-site.ts';
import { cleanOptions, pageSettingsOrDefaults } from './page-options.ts';
import { firstPageOf, keepFirstPage, startJoining } from './pages/first-page.ts';
import { whenJoined } from './pages/page-joiner.ts';
import { showWholeHere } from './pages/show-here.ts';
import { openReader } from './reader/open-reader.ts';
import { runOnce } from './run-once.ts';
import { extractSelection } from './selection-article.ts';

/** The messages this script answers; one handler each, none shared with `autoclean.ts`. */
export type ExtractorMessages = Pick<ContentMessages, 'extract' | 'extractSelection' | 'joinPages' | 'showWholeHere' | 'openReader'>;

/**
 * The page-side phases of `extract` (`bersih:tab-*` marks on the page's timeline) that
 * `npm run bench:browser` reads beside the popup's own (issue 17); a mark costs microseconds.
 */
function mark(name: string): void {
  performance.mark(`bersih:tab-${name}`);
}

declare global {
  interface Window {
    /**
     * The live extractor's `extract` answer for this page, asked for by content/extract-now.js,
     * which the popup injects right after this script: the injection itself returns the answer
     * (src/shared/inject.ts, `injectAndExtract`).
     */
    __bersihExtractNow?: () => Promise<ExtractResponse>;
  }
}

/** The `extract` answer for this page (see the header). */
async function answerExtract({ unbounded, fresh }: ContentMessages['extract']['request']): Promise<ExtractResponse> {
  mark('asked');
  const url = location.href;
  const { settings, options } = await pageOptions(url);
  mark('options');
  // The popup opened again on the unchanged page: the answer it had a moment ago (extract-cache.ts).
  const reused = unbounded || fresh ? null : await keptExtraction(url, optionsStamp(options));
  if (reused) return keepFirstPage(url, reused.response, reused.options);
  watchPage(document);
  const { response, learned } = await extractThenLearn(document, options, settings, undefined, unbounded ? null : undefined);
  mark('cleaned');
  // The answer goes out before the site memory is written; the kept answer's stamp is the
  // memory as this extraction left it (its own lesson is no change), read once it is written.
  keepExtraction(url, learned.then(() => withSiteMemory(cleanOptions(settings, url), settings)).then(optionsStamp), response, options);
  // Kept as page 1, with its options: joining the other pages reuses both (pages/first-page.ts).
  return keepFirstPage(url, response, options);
}

runOnce('__bersihExtractor', () => {
  window.__bersihExtractNow = () => answerExtract({});
  handleMessages<ExtractorMessages>({
    extract: answerExtract,
    joinPages: async () => startJoining(document, location.href, await pageSettingsOrDefaults()),
    showWholeHere: async () => {
      if (!(await startJoining(document, location.href, await pageSettingsOrDefaults()))) return { added: 0 };
      const status = await whenJoined(location.href);
      const last = firstPageOf(location.href)?.text.split(/\n\n+/).at(-1) ?? '';
      return { added: status ? showWholeHere(document, status, last, (m) => t('pagesMissing', [m.page, m.reason])) : 0 };
    },
    extractSelection: async ({ unbounded }) => {
      const options = cleanOptions(await pageSettingsOrDefaults(), location.href);
      return extractSelection(document, window.getSelection(), options, undefined, unbounded ? null : undefined);
    },
    openReader: ({ listen }) => openReader(document, { listen: listen === true }),
  });
});
