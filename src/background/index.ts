/**
 * Background entry (Chrome service worker, Firefox event page). Thin by design: every listener
 * is registered synchronously at top level so a sleeping worker is woken for its event, and no
 * state is kept in memory — settings, grants and registrations are re-read on each event.
 *
 *   onInstalled / onStartup ─┐
 *   settings change ─────────┼─► syncAutoCleanRegistration()  (content/autoclean.js)
 *   permission added/removed ┘   (a grant/revocation also switches auto-clean on/off there)
 *   toolbar click (Chrome) ──► inject content/extract.js and open the popup (action-click.ts)
 *   context menu / command ──► inject content/extract.js ─► openReader
 *   messages ────────────────► backgroundHandlers (badge count, inject extractor; the reader and
 *                              read-aloud scripts into the asking tab: loadReader, loadSpeech)
 */
import { browser } from '../shared/browser.ts';
import type { BackgroundMessages } from '../shared/messages.ts';
import { handleMessages } from '../shared/messaging.ts';
import { onSettingsChanged } from '../shared/settings.ts';
import { onActionClicked } from './action-click.ts';
import { syncAutoCleanRegistration } from './autoclean-registration.ts';
import { initBadge } from './badge.ts';
import { createContextMenu, OPEN_READER_MENU_ID } from './context-menu.ts';
import { backgroundHandlers } from './handlers.ts';
import { openReaderInTab } from './open-reader.ts';
import { onPermissionsAdded, onPermissionsRemoved } from './permission-intent.ts';

export const OPEN_READER_COMMAND = 'open-reader';

function report(error: unknown): void {
  console.error('[bersih]', error);
}

function sync(): void {
  syncAutoCleanRegistration().catch(report);
}

browser.runtime.onInstalled.addListener(() => {
  createContextMenu().catch(report);
  initBadge().catch(report);
  sync();
});
browser.runtime.onStartup.addListener(sync);
onSettingsChanged(sync);
// A settings change already triggers a sync; the extra one covers a grant for a listed site.
browser.permissions.onAdded.addListener((permissions) => {
  onPermissionsAdded(permissions).catch(report).finally(sync);
});
browser.permissions.onRemoved.addListener((permissions) => {
  onPermissionsRemoved(permissions).catch(report).finally(sync);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === OPEN_READER_MENU_ID) openReaderInTab(tab?.id).catch(report);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== OPEN_READER_COMMAND) return;
  const tabId = tab?.id;
  const target =
    tabId !== undefined
      ? Promise.resolve(tabId)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active?.id);
  target.then(openReaderInTab).catch(report);
});

// Chrome only: Firefox's manifest keeps its popup, and a button with a popup fires no click event.
browser.action.onClicked.addListener((tab) => {
  onActionClicked(tab).catch(report);
});
/**
 * The same click for the e2e suite and bench:browser, which cannot click the toolbar in headless
 * Chromium: they call this from the worker. Only the extension's own contexts can reach it.
 */
(globalThis as { bersihActionClicked?: typeof onActionClicked }).bersihActionClicked = onActionClicked;

handleMessages<BackgroundMessages>(backgroundHandlers);
