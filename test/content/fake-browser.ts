/**
 * A stand-in for `src/shared/browser.ts` in the content-script tests: messages are looked up in
 * the real English locale file, storage is an in-memory object, and `runtime.onMessage`
 * listeners and `runtime.sendMessage` calls are recorded so a test can play the other side.
 */
import en from '../../public/_locales/en/messages.json';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function getMessage(key: string, subs?: string[]): string {
  const entry = (en as unknown as Messages)[key];
  if (!entry) return '';
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, i: string) => subs?.[Number(i) - 1] ?? '');
  });
}

/** Builds a fresh fake; `store` is the initial content of `storage.local`. */
export function createFakeBrowser(store: Record<string, unknown> = {}) {
  const listeners: Listener[] = [];
  const sent: unknown[] = [];
  const browser = {
    i18n: { getMessage },
    storage: {
      local: {
        get: async (key: string) => (key in store ? { [key]: store[key] } : {}),
        set: async (items: Record<string, unknown>) => {
          Object.assign(store, items);
        },
      },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
    runtime: {
      id: 'bersih-test' as string | undefined,
      onMessage: {
        addListener: (listener: Listener) => listeners.push(listener),
        removeListener: (listener: Listener) => listeners.splice(listeners.indexOf(listener), 1),
      },
      sendMessage: async (message: unknown) => {
        sent.push(message);
        return undefined;
      },
    },
  };
  /** Delivers `message` to every listener like the browser does: the first promise answers. */
  async function deliver(message: unknown): Promise<unknown> {
    for (const listener of listeners) {
      const answer = listener(message, {});
      if (answer !== undefined) return answer;
    }
    return undefined;
  }
  /** Forgets listeners and sent messages and replaces the stored data. */
  function reset(next: Record<string, unknown> = {}): void {
    listeners.length = 0;
    sent.length = 0;
    browser.runtime.id = 'bersih-test';
    for (const key of Object.keys(store)) delete store[key];
    Object.assign(store, next);
  }
  return { browser, listeners, sent, store, deliver, reset };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/**
 * The instance the tests share with their `vi.mock` factory:
 * `vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./fake-browser.ts')).fake.browser }))`.
 * Kept on `globalThis` so it survives `vi.resetModules()` (used to run an entry script again).
 */
export const fake: FakeBrowser = ((globalThis as { __bersihFakeBrowser?: FakeBrowser }).__bersihFakeBrowser ??=
  createFakeBrowser());
