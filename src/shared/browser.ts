/**
 * The one browser seam: the only module that imports `webextension-polyfill` (enforced by
 * `eslint.config.js`). Everything else imports `browser` from here, so unit tests can replace the
 * whole extension API with `vi.mock('…/shared/browser.ts')` and run under Node.
 */
import polyfill from 'webextension-polyfill';

// Types of the API, re-exported so no other module needs the polyfill import (even type-only).
export type { Browser, Permissions, Runtime, Scripting, Storage, Tabs } from 'webextension-polyfill';

/** The promise-based WebExtension API (native `browser` in Firefox, wrapped `chrome` in Chromium). */
export const browser = polyfill;
