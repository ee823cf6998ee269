/** The background's message handlers: exactly one per name of `BackgroundMessages`. */
import type { BackgroundMessages } from '../shared/messages.ts';
import type { Handlers } from '../shared/messaging.ts';
import { setTabBadge } from './badge.ts';
import { injectExtractor, injectSpeech, openReaderInTab } from './open-reader.ts';

export const backgroundHandlers: Handlers<BackgroundMessages> = {
  tidyCount: (request, sender) => setTabBadge(sender.tab?.id, request.count),
  injectExtractor: (request) => injectExtractor(request.tabId),
  // Only ever for the sender's own tab: a content script cannot open the reader elsewhere.
  openReaderInTab: async (_request, sender) => ({ opened: await openReaderInTab(sender.tab?.id) }),
  // The same: read aloud is only ever loaded into the reader's own tab.
  loadSpeech: (_request, sender) => injectSpeech(sender.tab?.id),
};
