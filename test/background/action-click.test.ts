/**
 * Chrome's toolbar click (src/background/action-click.ts): the extraction starts in the tab
 * before the popup is opened, the popup takes its answer once, and a refused popup leaves the
 * tab with the plain one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, fake } from '../shared/fake-browser.ts';
import { KEEP_MS, onActionClicked, POPUP_PAGE, prepareExtraction, takePrepared } from '../../src/background/action-click.ts';
import { backgroundHandlers } from '../../src/background/handlers.ts';
import type { ExtractResponse } from '../../src/shared/messages.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const ANSWER: ExtractResponse = { ok: false, reason: 'no-article' };

describe('the toolbar click (Chrome)', () => {
  beforeEach(() => {
    fake.reset();
    browser.scripting.executeScript.mockResolvedValue([{ frameId: 0, result: ANSWER }] as never);
  });

  it('starts the extraction, then opens the popup for that tab, and clears the popup for the next click', async () => {
    await onActionClicked({ id: 5, windowId: 2 } as never);
    const order = (mock: { mock: { invocationCallOrder: number[] } }): number[] => mock.mock.invocationCallOrder;
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ['/content/extract.js', '/content/extract-now.js'] });
    expect(browser.action.setPopup.mock.calls).toEqual([[{ tabId: 5, popup: `${POPUP_PAGE}?tab=5` }], [{ tabId: 5, popup: '' }]]);
    expect(browser.action.openPopup).toHaveBeenCalledWith({ windowId: 2 });
    const [injected] = order(browser.scripting.executeScript);
    const [set, cleared] = order(browser.action.setPopup);
    const [opened] = order(browser.action.openPopup);
    expect(injected).toBeLessThan(set as number);
    expect(set).toBeLessThan(opened as number);
    expect(opened).toBeLessThan(cleared as number);
  });

  it("gives the tab's answer to the popup once, through the takePrepared message", async () => {
    await onActionClicked({ id: 5, windowId: 2 } as never);
    await expect(backgroundHandlers.takePrepared({ tabId: 4 }, {})).resolves.toBeNull();
    await expect(backgroundHandlers.takePrepared({ tabId: 5 }, {})).resolves.toEqual({ answer: ANSWER });
    await expect(backgroundHandlers.takePrepared({ tabId: 5 }, {})).resolves.toBeNull();
  });

  it('says why the injection failed, and what a browser that returned no answer did', async () => {
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    prepareExtraction(6);
    await expect(takePrepared(6)).resolves.toEqual({ error: 'Cannot access contents of the page' });
    browser.scripting.executeScript.mockResolvedValueOnce([{ frameId: 0, result: undefined }] as never);
    prepareExtraction(6);
    await expect(takePrepared(6)).resolves.toEqual({ error: 'the injection returned no answer' });
  });

  it('forgets an answer nobody took', async () => {
    vi.useFakeTimers();
    try {
      prepareExtraction(8);
      vi.advanceTimersByTime(KEEP_MS + 1);
      await expect(takePrepared(8)).resolves.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves the plain popup on the tab when the browser will not open it, and says why', async () => {
    browser.action.openPopup.mockRejectedValueOnce(new Error('Could not find an active browser window.'));
    await expect(onActionClicked({ id: 5, windowId: 2 } as never)).rejects.toThrow('Could not find an active browser window.');
    expect(browser.action.setPopup).toHaveBeenLastCalledWith({ tabId: 5, popup: POPUP_PAGE });
    await expect(takePrepared(5)).resolves.toBeNull();
  });

  it('does nothing for a click with no tab', async () => {
    await onActionClicked({} as never);
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
    expect(browser.action.openPopup).not.toHaveBeenCalled();
  });
});
