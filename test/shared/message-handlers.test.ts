// @vitest-environment jsdom
/**
 * Every message name of the contract has exactly one handler across all contexts: the
 * background, the extraction script and the auto-clean script. `handleMessages` is replaced by a
 * recorder, so the entries are loaded for real but no handler runs.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKGROUND_MESSAGE_NAMES, CONTENT_MESSAGE_NAMES } from '../../src/shared/messages.ts';

const registered = vi.hoisted(() => new Map<string, string[]>());

vi.mock('../../src/shared/browser.ts', () => import('./fake-browser.ts'));
vi.mock('../../src/shared/messaging.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/shared/messaging.ts')>();
  let context = 'unknown';
  return {
    ...original,
    setContext: (name: string) => {
      context = name;
    },
    handleMessages: (handlers: object) => {
      registered.set(context, [...(registered.get(context) ?? []), ...Object.keys(handlers)]);
      return () => {};
    },
  };
});

async function load(context: string, entry: () => Promise<unknown>): Promise<void> {
  const messaging = (await import('../../src/shared/messaging.ts')) as unknown as { setContext(name: string): void };
  messaging.setContext(context);
  await entry();
  // The auto-clean script registers its handlers after reading the settings.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeAll(async () => {
  await load('background', () => import('../../src/background/index.ts'));
  await load('extract', () => import('../../src/content/extract.ts'));
  await load('autoclean', () => import('../../src/content/autoclean.ts'));
});

describe('message handlers across contexts', () => {
  it('the background handles exactly the background messages', () => {
    expect([...(registered.get('background') ?? [])].sort()).toEqual([...BACKGROUND_MESSAGE_NAMES].sort());
  });

  it('the content scripts together handle exactly the content messages', () => {
    const content = [...(registered.get('extract') ?? []), ...(registered.get('autoclean') ?? [])];
    expect(content.sort()).toEqual([...CONTENT_MESSAGE_NAMES].sort());
  });

  it('no message name has two handlers', () => {
    const all = [...registered.values()].flat();
    expect(all.length).toBe(new Set(all).size);
    expect(new Set(all)).toEqual(new Set([...BACKGROUND_MESSAGE_NAMES, ...CONTENT_MESSAGE_NAMES]));
  });
});
