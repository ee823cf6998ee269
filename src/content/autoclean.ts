/**
 * Auto-clean content script (built to `content/autoclean.js`), registered for the sites the user
 * chose; runs at document_end on every load of a matching page. It must stay small (budget
 * 32 KB minified): rules and applier only, no Readability.
 *
 *   document_end ──► guard (one live instance per page) ──► settings
 *     mode 'reader' ──► background: openReaderInTab ──► injects extract.js ──► openReader
 *     mode 'tidy'   ──► startTidy(live page) ──► remove inserts (placeholders kept) ──► tidyCount → badge
 *                        │   (the first says `first`: the background may auto-join the other pages)
 *                        │   in slices of ~12 ms: the first at once, the next ones in later tasks
 *                        │
 *                        ├─ MutationObserver(body) ── batched, ≤ 1 pass / 250 ms ──► plan under the
 *                        │     inserts' parents, remove new inserts ──► tidyCount   (our own edits ignored)
 *                        └─ popup: tidyStatus ──► {active, removed}
 *                                  setTidyActive(false) ──► put every node back, stop observing
 *                                  setTidyActive(true)  ──► re-plan, remove again, observe
 */
import { startTidy } from '../core/tidy.ts';
import type { ContentMessages } from '../shared/messages.ts';
import { handleMessages, sendToBackground } from '../shared/messaging.ts';
import { cleanOptions, pageSettingsOrDefaults } from './page-options.ts';
import { runOnce } from './run-once.ts';
import { TidyController } from './tidy-controller.ts';

/** The messages this script answers; one handler each, none shared with `extract.ts`. */
export type TidyMessages = Pick<ContentMessages, 'tidyStatus' | 'setTidyActive'>;

async function start(): Promise<void> {
  const settings = await pageSettingsOrDefaults();
  if (settings.mode === 'reader') {
    await sendToBackground('openReaderInTab', {}).catch(() => undefined);
    return;
  }
  const options = cleanOptions(settings, location.href);
  // The first report says the page was tidied: the background may then join its other pages.
  let first: true | undefined = true;
  const controller = new TidyController(document, {
    plan: (root) => startTidy(document, options, root),
    // The badge is a nicety: a background that is being updated must not break the page.
    onChange: () => {
      void sendToBackground('tidyCount', first ? { count: controller.count, first } : { count: controller.count }).catch(() => {});
      first = undefined;
    },
  });
  handleMessages<TidyMessages>({
    tidyStatus: () => controller.status(),
    setTidyActive: ({ active }) => controller.setActive(active),
  });
  controller.setActive(true);
}

runOnce('__bersihAutoclean', () => void start());
