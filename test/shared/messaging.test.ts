import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, fake } from './fake-browser.ts';
import { handleMessages, parseEnvelope, sendToBackground, sendToTab } from '../../src/shared/messaging.ts';
import type { BackgroundMessages } from '../../src/shared/messages.ts';

vi.mock('../../src/shared/browser.ts', () => import('./fake-browser.ts'));

beforeEach(() => fake.reset());

describe('sendToTab', () => {
  it('sends {type, ...request} to the top frame and returns the answer', async () => {
    browser.tabs.sendMessage.mockResolvedValueOnce({ active: false, removed: [] });
    const answer = await sendToTab(7, 'setTidyActive', { active: false });
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'setTidyActive', active: false }, { frameId: 0 });
    expect(answer).toEqual({ active: false, removed: [] });
  });
});

describe('sendToBackground', () => {
  it('sends the envelope through runtime.sendMessage', async () => {
    browser.runtime.sendMessage.mockResolvedValueOnce({ ok: true });
    await expect(sendToBackground('injectExtractor', { tabId: 3 })).resolves.toEqual({ ok: true });
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'injectExtractor', tabId: 3 });
  });
});

describe('parseEnvelope', () => {
  it('splits the name from the request and rejects anything else', () => {
    expect(parseEnvelope({ type: 'tidyCount', count: 2 }, ['tidyCount'])).toEqual({
      type: 'tidyCount',
      request: { count: 2 },
    });
    expect(parseEnvelope({ type: 'other' }, ['tidyCount'])).toBeNull();
    expect(parseEnvelope('tidyCount', ['tidyCount'])).toBeNull();
    expect(parseEnvelope(null, ['tidyCount'])).toBeNull();
    expect(parseEnvelope({ type: 3 }, ['tidyCount'])).toBeNull();
  });
});

describe('handleMessages', () => {
  const sender = { id: 'bersih', tab: { id: 5 } };
  function listener(): (message: unknown, sender: unknown) => unknown {
    const [registered] = fake.events.onMessage.listeners;
    if (!registered) throw new Error('no listener registered');
    return registered;
  }

  it('routes each message to its handler with the request and sender', async () => {
    const tidyCount = vi.fn(async () => {});
    const injectExtractor = vi.fn(async () => ({ ok: true }));
    const openReaderInTab = vi.fn(async () => ({ opened: true }));
    const loadSpeech = vi.fn(async () => ({ ok: true }));
    const loadReader = vi.fn(async () => ({ ok: true }));
    const fontData = vi.fn(async () => ({ base64: '' }));
    const takePrepared = vi.fn(async () => null);
    handleMessages<BackgroundMessages>({
      takePrepared,
      tidyCount,
      injectExtractor,
      openReaderInTab,
      loadSpeech,
      loadReader,
      fontData,
    });
    await listener()({ type: 'tidyCount', count: 4 }, sender);
    await expect(listener()({ type: 'injectExtractor', tabId: 9 }, sender)).resolves.toEqual({ ok: true });
    expect(tidyCount).toHaveBeenCalledWith({ count: 4 }, sender);
    expect(injectExtractor).toHaveBeenCalledWith({ tabId: 9 }, sender);
    expect(openReaderInTab).not.toHaveBeenCalled();
  });

  it('leaves messages it does not handle unanswered', () => {
    handleMessages<Pick<BackgroundMessages, 'tidyCount'>>({ tidyCount: () => {} });
    expect(listener()({ type: 'extract' }, sender)).toBeUndefined();
    expect(listener()({ nothing: true }, sender)).toBeUndefined();
  });

  it('turns a throwing handler into a rejection the sender sees', async () => {
    handleMessages<Pick<BackgroundMessages, 'tidyCount'>>({
      tidyCount: () => {
        throw new Error('boom');
      },
    });
    await expect(listener()({ type: 'tidyCount', count: 1 }, sender)).rejects.toThrow('boom');
  });

  it('returns a function that removes the listener', () => {
    const stop = handleMessages<Pick<BackgroundMessages, 'tidyCount'>>({ tidyCount: () => {} });
    expect(fake.events.onMessage.listeners.size).toBe(1);
    stop();
    expect(fake.events.onMessage.listeners.size).toBe(0);
  });
});
