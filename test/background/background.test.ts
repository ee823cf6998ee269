import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, fake } from '../shared/fake-browser.ts';
import { AUTOCLEAN_SCRIPT_ID } from '../../src/background/autoclean-registration.ts';
import { autoJoinPages } from '../../src/background/auto-join.ts';
import { badgeText, setTabBadge } from '../../src/background/badge.ts';
import { backgroundHandlers } from '../../src/background/handlers.ts';
import { EXTRACT_FILE, injectExtractor, openReaderInTab } from '../../src/background/open-reader.ts';
import { OPEN_READER_MENU_ID } from '../../src/background/context-menu.ts';
import { SETTINGS_KEY } from '../../src/shared/settings.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

/** Lets the promise chains started by a listener finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('badge', () => {
  beforeEach(() => fake.reset());

  it('shows the count, nothing for zero, and caps long numbers', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-2)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
  });

  it('sets the badge of the sender tab only', async () => {
    await setTabBadge(4, 3);
    await setTabBadge(undefined, 3);
    expect(browser.action.setBadgeText).toHaveBeenCalledTimes(1);
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '3' });
  });
});

describe('injecting the extractor', () => {
  beforeEach(() => fake.reset());

  it('injects content/extract.js into the tab', async () => {
    await expect(injectExtractor(12)).resolves.toEqual({ ok: true });
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 12 }, files: [EXTRACT_FILE] });
  });

  it('reports a failure the browser put in the result instead of rejecting (Firefox)', async () => {
    browser.scripting.executeScript.mockResolvedValueOnce([{ frameId: 0, error: new Error('Unable to load script') }] as never);
    await expect(injectExtractor(12)).resolves.toEqual({
      ok: false,
      error: 'Could not run /content/extract.js in the page: Unable to load script',
    });
  });

  it('reports why injection failed', async () => {
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(injectExtractor(12)).resolves.toEqual({ ok: false, error: 'Cannot access contents of the page' });
  });

  it('opens the reader after injecting, and not when injection fails', async () => {
    browser.tabs.sendMessage.mockResolvedValueOnce({ opened: true });
    await expect(openReaderInTab(3)).resolves.toBe(true);
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(3, { type: 'openReader' }, { frameId: 0 });
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('no'));
    await expect(openReaderInTab(3)).resolves.toBe(false);
    await expect(openReaderInTab(undefined)).resolves.toBe(false);
    expect(browser.tabs.sendMessage).toHaveBeenCalledTimes(1);
  });
});

describe('backgroundHandlers', () => {
  beforeEach(() => fake.reset());

  it('tidyCount sets the badge of the sending tab', async () => {
    await backgroundHandlers.tidyCount({ count: 5 }, { tab: { id: 8 } as never });
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 8, text: '5' });
  });

  it("tidyCount's first report auto-joins the other pages when the option is on, later ones never", async () => {
    fake.store(SETTINGS_KEY, { schemaVersion: 1, autoJoinPages: true });
    browser.tabs.sendMessage.mockResolvedValueOnce({ added: 2 });
    await backgroundHandlers.tidyCount({ count: 5 }, { tab: { id: 8 } as never, frameId: 0 });
    await settle();
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
    await backgroundHandlers.tidyCount({ count: 5, first: true }, { tab: { id: 8 } as never, frameId: 0 });
    await settle();
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 8 }, files: [EXTRACT_FILE] });
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(8, { type: 'showWholeHere' }, { frameId: 0 });
  });

  it('openReaderInTab acts on the sender tab only', async () => {
    browser.tabs.sendMessage.mockResolvedValueOnce({ opened: true });
    await expect(backgroundHandlers.openReaderInTab({}, { tab: { id: 2 } as never })).resolves.toEqual({ opened: true });
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 2 }, files: [EXTRACT_FILE] });
    await expect(backgroundHandlers.openReaderInTab({}, {})).resolves.toEqual({ opened: false });
  });

  it('loadSpeech injects content/speech.js into the sender tab only, and says why it could not', async () => {
    await expect(backgroundHandlers.loadSpeech({}, { tab: { id: 4 } as never })).resolves.toEqual({ ok: true });
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 4 }, files: ['/content/speech.js'] });
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(backgroundHandlers.loadSpeech({}, { tab: { id: 4 } as never })).resolves.toEqual({
      ok: false,
      error: 'Cannot access contents of the page',
    });
    await expect(backgroundHandlers.loadSpeech({}, {})).resolves.toEqual({ ok: false, error: 'no tab' });
    expect(browser.scripting.executeScript).toHaveBeenCalledTimes(2);
  });

  it('loadReader injects content/reader.js into the sender tab only, and says why it could not', async () => {
    await expect(backgroundHandlers.loadReader({}, { tab: { id: 4 } as never })).resolves.toEqual({ ok: true });
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 4 }, files: ['/content/reader.js'] });
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(backgroundHandlers.loadReader({}, { tab: { id: 4 } as never })).resolves.toEqual({
      ok: false,
      error: 'Cannot access contents of the page',
    });
    await expect(backgroundHandlers.loadReader({}, {})).resolves.toEqual({ ok: false, error: 'no tab' });
    expect(browser.scripting.executeScript).toHaveBeenCalledTimes(2);
  });
});

describe('autoJoinPages', () => {
  beforeEach(() => fake.reset());

  it('injects the extractor and asks for the whole article in the top frame, when switched on in tidy mode', async () => {
    browser.tabs.sendMessage.mockResolvedValueOnce({ added: 2 });
    await expect(autoJoinPages(6, 0, async () => ({ autoJoinPages: true, mode: 'tidy' }))).resolves.toBe(2);
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 6 }, files: [EXTRACT_FILE] });
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(6, { type: 'showWholeHere' }, { frameId: 0 });
  });

  it('does nothing when off (the default), in reader mode, for a frame, without a tab, or when injection fails', async () => {
    await expect(autoJoinPages(6, 0)).resolves.toBe(0);
    await expect(autoJoinPages(6, 0, async () => ({ autoJoinPages: true, mode: 'reader' }))).resolves.toBe(0);
    await expect(autoJoinPages(6, 3, async () => ({ autoJoinPages: true, mode: 'tidy' }))).resolves.toBe(0);
    await expect(autoJoinPages(undefined, 0, async () => ({ autoJoinPages: true, mode: 'tidy' }))).resolves.toBe(0);
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(autoJoinPages(6, 0, async () => ({ autoJoinPages: true, mode: 'tidy' }))).resolves.toBe(0);
    expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
  });
});

describe('background entry', () => {
  beforeAll(async () => {
    fake.reset();
    await import('../../src/background/index.ts');
  });

  it('registers every listener at top level', () => {
    for (const name of ['onInstalled', 'onStartup', 'onChanged', 'onAdded', 'onRemoved', 'onClicked', 'onCommand', 'onMessage'] as const) {
      expect(fake.events[name].listeners.size, name).toBe(1);
    }
  });

  it('on install creates the menu item and syncs the registration', async () => {
    fake.store(SETTINGS_KEY, { autoCleanSites: ['https://www.detik.com'] });
    fake.grant('https://www.detik.com/*');
    fake.events.onInstalled.emit({ reason: 'install' });
    await settle();
    expect(browser.contextMenus.create).toHaveBeenCalledWith(expect.objectContaining({ id: OPEN_READER_MENU_ID, title: 'Open in Bersih reader view' }));
    expect(fake.registered(AUTOCLEAN_SCRIPT_ID)?.matches).toEqual(['https://www.detik.com/*']);
  });

  it('unregisters and forgets the site when the permission is removed', async () => {
    await browser.permissions.remove({ origins: ['https://www.detik.com/*'] });
    await settle();
    expect(fake.registered(AUTOCLEAN_SCRIPT_ID)).toBeUndefined();
    expect((fake.stored(SETTINGS_KEY) as { autoCleanSites: string[] }).autoCleanSites).toEqual([]);
  });

  it('a grant alone (popup closed by the prompt) turns auto-clean on and registers', async () => {
    await browser.permissions.request({ origins: ['https://kompas.com/*'] });
    await settle();
    expect((fake.stored(SETTINGS_KEY) as { autoCleanSites: string[] }).autoCleanSites).toEqual(['https://kompas.com']);
    expect(fake.registered(AUTOCLEAN_SCRIPT_ID)?.matches).toEqual(['https://kompas.com/*']);
  });

  it('the context menu and the keyboard command open the reader in the tab', async () => {
    fake.events.onClicked.emit({ menuItemId: OPEN_READER_MENU_ID }, { id: 21 });
    fake.events.onCommand.emit('open-reader', { id: 22 });
    fake.events.onCommand.emit('something-else', { id: 23 });
    await settle();
    const tabs = browser.scripting.executeScript.mock.calls.map((call) => (call as unknown as [{ target: { tabId: number } }])[0].target.tabId);
    expect(tabs).toEqual([21, 22]);
  });
});
