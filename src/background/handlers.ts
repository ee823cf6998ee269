/** The background's message handlers: exactly one per name of `BackgroundMessages`. */
import type { BackgroundMessages } from '../shared/messages.ts';
import type { Handlers } from '../shared/messaging.ts';
import { setTabBadge } from './badge.ts';
import { fontData } from './font-data.ts';
import { injectExtractor, openReaderInTab } from './open-reader.ts';

export const backgroundHandlers: Handlers<BackgroundMessages> = {
  tidyCount: (request, sender) => setTabBadge(sender.tab?.id, request.count),
  injectExtractor: (request) => injectExtractor(request.tabId),
  // Only ever for the sender's own tab: a content script cannot open the reader elsewhere.
  openReaderInTab: async (_request, sender) => ({ opened: await openReaderInTab(sender.tab?.id) }),
  fontData: (request) => fontData(request.weight),
};
