/** The page context-menu item "Open in Bersih reader view". */
import { browser } from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';

export const OPEN_READER_MENU_ID = 'bersih-open-reader';

/**
 * Creates the menu item. Called from `runtime.onInstalled`: Chrome keeps menu items across
 * restarts, and creating the same id twice is an error.
 */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: OPEN_READER_MENU_ID,
    title: t('contextMenuOpenReader'),
    contexts: ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'],
  });
}
