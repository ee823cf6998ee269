/**
 * Derives each browser's manifest from the one source, `manifest.json` (Manifest V3, written for
 * Chrome). Pure functions, so the derivation is unit-tested without building.
 */

export type Manifest = Record<string, unknown> & {
  background?: Record<string, unknown>;
  host_permissions?: string[];
};

export const GECKO_ID = 'bersih@bersih.dev';
/** Firefox 140 is the first desktop release that reads `data_collection_permissions`… */
export const FIREFOX_MIN_VERSION = '140.0';
/** …and 142 the first on Android. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';
/** Keys only Chromium reads; Firefox warns about them. */
const CHROME_ONLY_KEYS = ['minimum_chrome_version', 'key', 'update_url', 'side_panel', 'offline_enabled'];

function copy(manifest: Manifest): Manifest {
  return structuredClone(manifest);
}

/**
 * Chrome: the source with a service-worker background, and a toolbar button with no popup of its
 * own. Its click reaches the background, which starts the extraction in the tab and then opens the
 * popup (`action.openPopup()`, Chrome 127 and later), so the extraction runs while the browser
 * opens the popup (src/background/action-click.ts, issue 17).
 */
export function chromeManifest(source: Manifest): Manifest {
  const manifest = copy(source);
  manifest.background = { service_worker: 'background.js' };
  const action = manifest.action as Record<string, unknown> | undefined;
  if (action) delete action.default_popup;
  return manifest;
}

/**
 * Firefox: an event page (`background.scripts`; Firefox has no extension service workers), the
 * add-on id, the minimum version, and the data-collection declaration (we collect nothing). It
 * keeps the source's popup: there `action.openPopup()` needs the click's user action, which the
 * background's click handler would lose while it awaits.
 */
export function firefoxManifest(source: Manifest): Manifest {
  const manifest = copy(source);
  for (const key of CHROME_ONLY_KEYS) delete manifest[key];
  manifest.background = { scripts: ['background.js'] };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest;
}

/**
 * The end-to-end test build: Chrome plus host access to the local fixture server, because
 * headless automation never grants activeTab (no real user gesture reaches the toolbar).
 */
export function testChromeManifest(source: Manifest): Manifest {
  const manifest = chromeManifest(source);
  // The profiled outlet the fixture server plays too (test/e2e/harness/fixture-routes.ts).
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*', 'http://www.cnnindonesia.com/*'];
  return manifest;
}
