/**
 * An in-memory stand-in for the WebExtension API, used through
 * `vi.mock('…/src/shared/browser.ts', () => import('…/test/shared/fake-browser.ts'))`.
 * Storage, permissions and content-script registrations keep state like the real ones;
 * `i18n.getMessage` reads the real `public/_locales/<locale>/messages.json` and applies Chrome's
 * placeholder rules, so tests see the strings users see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A minimal `events.Event`: add/remove listeners, and `emit` for tests. */
function event<L extends Listener>() {
  const listeners = new Set<L>();
  return {
    addListener: (listener: L) => void listeners.add(listener),
    removeListener: (listener: L) => void listeners.delete(listener),
    hasListener: (listener: L) => listeners.has(listener),
    emit: (...args: Parameters<L>): unknown[] => [...listeners].map((listener) => listener(...args)),
    listeners,
  };
}

const localeCache = new Map<string, Record<string, LocaleEntry>>();

/** The parsed messages.json of a locale. */
export function localeMessages(locale: string): Record<string, LocaleEntry> {
  let messages = localeCache.get(locale);
  if (!messages) {
    // A path, not a URL: under the jsdom environment `URL` is jsdom's, which node:fs refuses.
    const file = join(import.meta.dirname, '../../public/_locales', locale, 'messages.json');
    messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, LocaleEntry>;
    localeCache.set(locale, messages);
  }
  return messages;
}

/** Chrome's `i18n.getMessage`: named placeholders → their content, `$1`… → substitutions. */
export function formatMessage(entry: LocaleEntry | undefined, subs: string[] = []): string {
  if (!entry) return '';
  const fill = (text: string): string => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

const state = {
  locale: 'en',
  storage: new Map<string, unknown>(),
  granted: new Set<string>(),
  registered: new Map<string, Record<string, unknown>>(),
  fileAccess: false,
};

/** Lets a test switch "Allow access to file URLs". */
export function setFileAccess(allowed: boolean): void {
  state.fileAccess = allowed;
}

const onChanged = event<(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void>();
const onMessage = event<(message: unknown, sender: unknown) => unknown>();
const onInstalled = event<(details: { reason: string }) => void>();
const onStartup = event<() => void>();
const onClicked = event<(info: { menuItemId: string | number }, tab?: { id?: number }) => void>();
const onCommand = event<(command: string, tab?: { id?: number }) => void>();
const onActionClicked = event<(tab: { id?: number; windowId?: number }) => void>();
const onAdded = event<(permissions: { origins?: string[] }) => void>();
const onRemoved = event<(permissions: { origins?: string[] }) => void>();

function clone<T>(value: T): T {
  return value === undefined ? value : (structuredClone(value) as T);
}

export const browser = {
  i18n: {
    getMessage: (key: string, subs?: string | string[]) =>
      formatMessage(localeMessages(state.locale)[key], subs === undefined ? [] : [subs].flat()),
    getUILanguage: () => state.locale,
  },
  storage: {
    local: {
      get: vi.fn(async (keys?: string | string[] | null) => {
        const wanted = keys == null ? [...state.storage.keys()] : [keys].flat();
        return Object.fromEntries(wanted.filter((k) => state.storage.has(k)).map((k) => [k, clone(state.storage.get(k))]));
      }),
      set: vi.fn(async (items: Record<string, unknown>) => {
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [key, value] of Object.entries(items)) {
          changes[key] = { oldValue: clone(state.storage.get(key)), newValue: clone(value) };
          state.storage.set(key, clone(value));
        }
        onChanged.emit(changes, 'local');
      }),
      remove: vi.fn(async (keys: string | string[]) => {
        const changes: Record<string, { oldValue?: unknown }> = {};
        for (const key of [keys].flat()) {
          if (!state.storage.has(key)) continue;
          changes[key] = { oldValue: clone(state.storage.get(key)) };
          state.storage.delete(key);
        }
        if (Object.keys(changes).length > 0) onChanged.emit(changes, 'local');
      }),
    },
    onChanged,
  },
  permissions: {
    contains: vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => state.granted.has(o))),
    request: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      origins.forEach((o) => state.granted.add(o));
      onAdded.emit({ origins });
      return true;
    }),
    remove: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      origins.forEach((o) => state.granted.delete(o));
      onRemoved.emit({ origins });
      return true;
    }),
    onAdded,
    onRemoved,
  },
  scripting: {
    executeScript: vi.fn(async () => [{ frameId: 0, result: undefined }]),
    registerContentScripts: vi.fn(async (scripts: { id: string }[]) => {
      for (const script of scripts) {
        if (state.registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        state.registered.set(script.id, clone(script));
      }
    }),
    updateContentScripts: vi.fn(async (scripts: { id: string }[]) => {
      for (const script of scripts) {
        const existing = state.registered.get(script.id);
        if (!existing) throw new Error(`Nonexistent script ID '${script.id}'`);
        state.registered.set(script.id, { ...existing, ...clone(script) });
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) => {
      for (const id of ids ?? [...state.registered.keys()]) state.registered.delete(id);
    }),
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) =>
      [...state.registered.values()].filter((s) => !ids || ids.includes(s.id as string)).map(clone),
    ),
  },
  tabs: {
    query: vi.fn(async () => [] as unknown[]),
    sendMessage: vi.fn(async (): Promise<unknown> => undefined),
  },
  runtime: {
    onMessage,
    onInstalled,
    onStartup,
    openOptionsPage: vi.fn(async () => {}),
    sendMessage: vi.fn(async (): Promise<unknown> => undefined),
  },
  contextMenus: {
    create: vi.fn(() => 'bersih-open-reader'),
    removeAll: vi.fn(async () => {}),
    onClicked,
  },
  commands: { onCommand },
  action: {
    setBadgeText: vi.fn(async () => {}),
    setBadgeBackgroundColor: vi.fn(async () => {}),
    setPopup: vi.fn(async () => {}),
    openPopup: vi.fn(async () => {}),
    onClicked: onActionClicked,
  },
  extension: {
    isAllowedFileSchemeAccess: vi.fn(async () => state.fileAccess),
  },
};

/** Test controls over the fake's state. */
export const fake = {
  setLocale(locale: 'en' | 'id'): void {
    state.locale = locale;
  },
  grant(...origins: string[]): void {
    origins.forEach((o) => state.granted.add(o));
  },
  granted: (): string[] => [...state.granted].sort(),
  registered: (id: string): Record<string, unknown> | undefined => clone(state.registered.get(id)),
  stored: (key: string): unknown => clone(state.storage.get(key)),
  store(key: string, value: unknown): void {
    state.storage.set(key, clone(value));
  },
  /** Empties all state and call records, back to English. */
  reset(): void {
    state.locale = 'en';
    state.storage.clear();
    state.granted.clear();
    state.registered.clear();
    state.fileAccess = false;
    for (const e of [onChanged, onMessage, onAdded, onRemoved, onInstalled, onStartup, onClicked, onCommand, onActionClicked]) {
      e.listeners.clear();
    }
    vi.resetAllMocks();
  },
  events: { onChanged, onMessage, onAdded, onRemoved, onInstalled, onStartup, onClicked, onCommand, onActionClicked },
};
