import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wrapChrome } from '../../src/shared/browser-native.ts';

type ChromeListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;
type Api = {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(l: unknown): void; removeListener(l: unknown): void; hasListener(l: unknown): boolean };
  };
  storage: unknown;
};

/** A Chromium-like `chrome`: callback messaging, `lastError` set only during the callback. */
function fakeChrome() {
  const listeners = new Set<ChromeListener>();
  let next: { reply?: unknown; error?: string } = {};
  const runtime = {
    id: 'ext-id',
    lastError: undefined as { message: string } | undefined,
    sent: [] as unknown[],
    sendMessage(message: unknown, callback: (reply: unknown) => void) {
      runtime.sent.push(message);
      queueMicrotask(() => {
        runtime.lastError = next.error ? { message: next.error } : undefined;
        callback(next.error ? undefined : next.reply);
        runtime.lastError = undefined;
      });
    },
    onMessage: {
      addListener: (l: ChromeListener) => void listeners.add(l),
      removeListener: (l: ChromeListener) => void listeners.delete(l),
      hasListener: (l: ChromeListener) => listeners.has(l),
    },
  };
  const storage = { local: { get: vi.fn(async () => ({ settings: 1 })) } };
  /** Delivers `message` as Chromium does; resolves to [listener return values, replies sent]. */
  const deliver = async (message: unknown): Promise<[boolean[], unknown[]]> => {
    const replies: unknown[] = [];
    const returned = [...listeners].map((l) => l(message, { id: 'ext-id' }, (reply) => replies.push(reply)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    return [returned, replies];
  };
  return { chrome: { runtime, storage }, listeners, deliver, respond: (r: typeof next) => void (next = r) };
}

describe('wrapChrome (the auto-clean bundle’s stand-in for the polyfill)', () => {
  it('answers with what a listener’s promise resolves to', async () => {
    const fake = fakeChrome();
    const api = wrapChrome(fake.chrome) as Api;
    api.runtime.onMessage.addListener(async (message: { n: number }) => message.n * 2);
    expect(await fake.deliver({ n: 21 })).toEqual([[true], [42]]);
  });

  it('turns a rejection or a throw into the polyfill’s rejection reply', async () => {
    const fake = fakeChrome();
    const api = wrapChrome(fake.chrome) as Api;
    api.runtime.onMessage.addListener(() => Promise.reject(new Error('boom')));
    expect(await fake.deliver({})).toEqual([[true], [{ __mozWebExtensionPolyfillReject__: true, message: 'boom' }]]);
    const other = fakeChrome();
    (wrapChrome(other.chrome) as Api).runtime.onMessage.addListener(() => {
      throw new Error('sync');
    });
    expect((await other.deliver({}))[1]).toEqual([{ __mozWebExtensionPolyfillReject__: true, message: 'sync' }]);
  });

  it('leaves a message unanswered when the listener returns no promise', async () => {
    const fake = fakeChrome();
    const api = wrapChrome(fake.chrome) as Api;
    api.runtime.onMessage.addListener(() => undefined);
    expect(await fake.deliver({})).toEqual([[false], []]);
  });

  it('removes the same wrapper it added', () => {
    const fake = fakeChrome();
    const api = wrapChrome(fake.chrome) as Api;
    const listener = async () => 1;
    api.runtime.onMessage.addListener(listener);
    expect(api.runtime.onMessage.hasListener(listener)).toBe(true);
    api.runtime.onMessage.removeListener(listener);
    expect(fake.listeners.size).toBe(0);
  });

  it('resolves sendMessage to the reply, undefined when nobody replied, and rejects on errors', async () => {
    const fake = fakeChrome();
    const api = wrapChrome(fake.chrome) as Api;
    fake.respond({ reply: { ok: true } });
    await expect(api.runtime.sendMessage({ type: 'a' })).resolves.toEqual({ ok: true });
    fake.respond({ error: 'The message port closed before a response was received.' });
    await expect(api.runtime.sendMessage({ type: 'b' })).resolves.toBeUndefined();
    fake.respond({ error: 'Could not establish connection. Receiving end does not exist.' });
    await expect(api.runtime.sendMessage({ type: 'c' })).rejects.toThrow('Could not establish connection');
    fake.respond({ reply: { __mozWebExtensionPolyfillReject__: true, message: 'handler failed' } });
    await expect(api.runtime.sendMessage({ type: 'd' })).rejects.toThrow('handler failed');
    expect(fake.chrome.runtime.sent).toEqual([{ type: 'a' }, { type: 'b' }, { type: 'c' }, { type: 'd' }]);
  });

  it('reads everything else through from chrome, at each access', async () => {
    const fake = fakeChrome();
    const api = wrapChrome(fake.chrome) as Api;
    expect(api.storage).toBe(fake.chrome.storage);
    expect(api.runtime.id).toBe('ext-id');
    // Methods keep chrome.runtime as `this`, as Chromium's bindings require.
    const runtime = fake.chrome.runtime as unknown as Record<string, unknown>;
    runtime.getURL = function (this: unknown, path: string) {
      return this === fake.chrome.runtime ? `chrome-extension://ext-id/${path}` : 'wrong this';
    };
    expect((api.runtime as unknown as { getURL(p: string): string }).getURL('x.html')).toBe('chrome-extension://ext-id/x.html');
    // An orphaned content script: Chromium clears `runtime.id`.
    fake.chrome.runtime.id = undefined as unknown as string;
    expect(api.runtime.id).toBeUndefined();
  });
});

describe('browser-native default export', () => {
  // The export is chosen when the module loads: load it afresh under each test's globals.
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('is the native browser object when it has a runtime id (Firefox)', async () => {
    const native = { runtime: { id: 'gecko-id' } };
    vi.stubGlobal('browser', native);
    vi.stubGlobal('chrome', fakeChrome().chrome);
    const { default: api } = await import('../../src/shared/browser-native.ts');
    expect(api).toBe(native);
  });

  it('wraps chrome otherwise (Chromium)', async () => {
    const fake = fakeChrome();
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', fake.chrome);
    const { default: api } = (await import('../../src/shared/browser-native.ts')) as unknown as { default: Api };
    expect(api).not.toBe(fake.chrome);
    expect(api.storage).toBe(fake.chrome.storage);
  });
});
