/** The background's message handlers: exactly one per name of `BackgroundMessages`. */
import type { BackgroundMessages } from '../shared/messages.ts';
import type { Handlers } from '../shared/messaging.ts';
import { takePrepared } from './action-click.ts';
import { autoJoinPages } from './auto-join.ts';
import { setTabBadge } from './badge.ts';
import { fontData } from './font-data.ts';
import { injectExtractor, injectReader, injectSpeech, openReaderInTab } from './open-reader.ts';

export const backgroundHandlers: Handlers<BackgroundMessages> = {
  tidyCount: async (request, sender) => {
    // The joining takes seconds (pages are fetched): the tidy's report is not kept waiting for it.
    if (request.first) autoJoinPages(sender.tab?.id, sender.frameId).catch((error: unknown) => console.error('[bersih]', error));
    await setTabBadge(sender.tab?.id, request.count);
  },
  injectExtractor: (request) => injectExtractor(request.tabId),
  // Only ever for the sender's own tab: a content script cannot open the reader elsewhere.
  openReaderInTab: async (_request, sender) => ({ opened: await openReaderInTab(sender.tab?.id) }),
  // The same: read aloud is only ever loaded into the reader's own tab.
  loadSpeech: (_request, sender) => injectSpeech(sender.tab?.id),
  loadReader: (_request, sender) => injectReader(sender.tab?.id),
  fontData: (request) => fontData(request.weight),
  takePrepared: (request) => takePrepared(request.tabId),
};
