/**
 * Launches real Chromium with the unpacked extension and exposes the few service-worker calls
 * the tests need (tab ids, badge text, settings, messages to a tab's content scripts).
 * One browser per test file keeps a 2-core CI machine busy but not swamped.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Settings } from '../../../src/shared/settings.ts';
import type { ChromeApi } from './chrome-api.ts';
import { PROFILED_HOST } from './fixture-routes.ts';

declare const chrome: ChromeApi;

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's background service worker. */
  sw: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Quiet, no sandbox (containers), no network chatter, no GPU, no DNS. */
function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-gpu',
    // Every host but loopback fails to resolve at once: fixtures and corpus pages name real
    // outlets' images and scripts, and the tests must neither wait on nor contact the network.
    // The one outlet the fixture server plays (PROFILED_HOST) resolves to it.
    `--host-resolver-rules=MAP ${PROFILED_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
  ];
}

/** Starts Chromium with the extension loaded and waits for its service worker. */
export async function launchExtension(executablePath: string, extensionDir: string): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'bersih-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs(extensionDir),
    viewport: { width: 1000, height: 800 },
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    sw,
    extensionId: new URL(sw.url()).host,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The tab id of `page`, found by URL through the service worker (Playwright has no tab ids). */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  const id = await sw.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === url)?.id ?? null;
  }, page.url());
  if (id === null) throw new Error(`no tab has the URL ${page.url()}`);
  return id;
}

/** The toolbar badge text of a tab. */
export function badgeText(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Merges `patch` into the stored settings, as the options page would (key `SETTINGS_KEY` of
 * src/shared/settings.ts, one object; missing keys fall back to the defaults when read).
 */
export async function patchSettings(sw: Worker, patch: Partial<Settings>): Promise<void> {
  await sw.evaluate(async (change) => {
    const stored = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...stored, schemaVersion: 1, ...change } });
  }, patch);
}

/** Sends a content-script message (see src/shared/messages.ts) to a tab, from the worker. */
export function sendToTab<R>(sw: Worker, tabId: number, message: { type: string } & Record<string, unknown>): Promise<R> {
  return sw.evaluate(([id, msg]) => chrome.tabs.sendMessage(id, msg), [tabId, message] as const) as Promise<R>;
}
