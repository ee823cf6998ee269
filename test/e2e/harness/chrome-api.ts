/**
 * The type of `chrome` inside functions the tests evaluate in extension contexts (service
 * worker, popup). The project has no @types/chrome; MV3 `chrome.*` returns promises with the
 * shapes webextension-polyfill's types describe, plus the Chrome-only calls listed here.
 * Each harness file writes `declare const chrome: ChromeApi;` so the global stays out of src/.
 */
import type { Browser } from 'webextension-polyfill';

export type ChromeApi = Browser & {
  action: Browser['action'] & { openPopup(options?: { windowId?: number }): Promise<void> };
  runtime: Browser['runtime'] & {
    getContexts(filter: { contextTypes?: string[] }): Promise<{ contextType: string; documentUrl?: string; tabId: number }[]>;
  };
};
