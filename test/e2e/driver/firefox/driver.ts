/**
 * The Firefox driver: stock Firefox ESR over WebDriver BiDi (puppeteer-core), with the shipped
 * build plus only the read-aloud test seam (dist/test-firefox) installed as a temporary add-on,
 * with no extra permissions. How
 * each piece works, and why, is in /work/shared/FIREFOX.md's recipe and in the files here:
 * ./extension-tab.ts (the extension context and user gestures), ./popup.ts (the popup),
 * ./bidi.ts (privileged scope, the closed shadow root).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../../scripts/manifests.ts';
import { PROFILED_HOST } from '../../harness/fixture-routes.ts';
import { until } from '../../harness/waits.ts';
import { READER_HOST, pasteScript, type DriverOptions } from '../common.ts';
import type { Driver, ExtensionApi, InBrowser, PopupView, TestPage } from '../types.ts';
import { contextOf, inClosedShadow } from './bidi.ts';
import { ExtensionTab, loadExtensionPage } from './extension-tab.ts';
import { FirefoxPopup } from './popup.ts';
import { PrivilegedTab } from './privileged-tab.ts';

declare const browser: ExtensionApi;

/** Pinned through `extensions.webextensions.uuids`, so the tests know moz-extension://UUID/. */
export const EXTENSION_UUID = '0b6e2c57-3f4a-4d8e-9a71-5c2b8e0d4f13';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  // A permissions.request() made in a real click is granted without the doorhanger.
  'extensions.webextOptionalPermissionPrompts': false,
  // Only loopback is contacted: fixtures name real outlets' images and scripts.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': `127.0.0.1, ${PROFILED_HOST}`,
  // The one outlet the fixture server plays (harness/fixture-routes.ts) resolves to loopback.
  'network.dns.localDomains': PROFILED_HOST,
  'dom.security.https_first': false,
  'network.proxy.allow_hijacking_localhost': false,
  'browser.shell.checkDefaultBrowser': false,
};

/** Pages that BiDi cannot wait for a load event on. */
function loadsWithoutEvents(url: string): boolean {
  return /^(moz-extension|about):/.test(url);
}

class FirefoxPage implements TestPage {
  constructor(
    readonly page: Page,
    private readonly id: number,
    private readonly resolve: (pathOrUrl: string) => string,
    private readonly privileged: PrivilegedTab,
  ) {}

  async tabId(): Promise<number> {
    return this.id;
  }

  url(): string {
    return this.page.url();
  }

  async goto(pathOrUrl: string): Promise<void> {
    const url = this.resolve(pathOrUrl);
    if (url.startsWith('moz-extension:')) return loadExtensionPage(this.page, url);
    if (loadsWithoutEvents(url)) {
      await contextOf(this.page).navigate(url, 'none');
      // Neither puppeteer nor the BiDi context learn the URL of an about: page; the page does.
      await until(`${url} to load`, () => this.page.evaluate(() => location.href).then((href) => href === url, () => false));
      return;
    }
    await this.page.goto(url);
  }

  async reload(): Promise<void> {
    const href = await this.page.evaluate(() => location.href);
    if (href.startsWith('moz-extension:')) return loadExtensionPage(this.page, href);
    await this.page.reload();
  }

  evaluate<R, A = undefined>(fn: InBrowser<A, R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>;
  }

  waitFor<R, A = undefined>(what: string, fn: InBrowser<A, R>, arg?: A): Promise<NonNullable<R>> {
    return until(what, () => this.evaluate(fn, arg));
  }

  async press(key: string): Promise<void> {
    await this.page.bringToFront();
    await this.page.keyboard.press(key as never);
  }

  async type(selector: string, text: string): Promise<void> {
    await this.page.click(selector);
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('a');
    await this.page.keyboard.up('Control');
    await this.page.keyboard.type(text);
  }

  async click(selector: string): Promise<void> {
    await this.page.click(selector);
  }

  async pasteClipboard(): Promise<string> {
    await this.page.bringToFront();
    await this.page.evaluate(pasteScript.prepare);
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('v');
    await this.page.keyboard.up('Control');
    return this.page.evaluate(pasteScript.collect);
  }

  async screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
    // `clip` is in viewport coordinates (as Playwright's), puppeteer's in the document's.
    const scroll = await this.page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
    const inDocument = clip && { ...clip, x: clip.x + scroll.x, y: clip.y + scroll.y };
    await this.page.screenshot({ path, clip: inDocument, captureBeyondViewport: false });
  }

  /**
   * puppeteer's `emulateMediaType` goes through CDP, which Firefox no longer has. Firefox's own
   * print simulation (the inspector's "Toggle print media simulation") is the browsing context's
   * `mediumOverride`, set from the browser window on the tab's <browser>, found by its page URL.
   */
  async emulatePrint(on: boolean): Promise<void> {
    const href = await this.page.evaluate(() => location.href);
    const found = await this.privileged.evaluate<boolean>(`(() => {
      const tab = window.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(href)});
      if (!tab) return false;
      tab.linkedBrowser.browsingContext.mediumOverride = ${JSON.stringify(on ? 'print' : '')};
      return true;
    })()`);
    if (!found) throw new Error(`no tab shows ${href}`);
    await until(`print media ${on ? 'on' : 'off'}`, () => this.page.evaluate((want) => matchMedia('print').matches === want, on));
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/** Launches Firefox, installs the add-on and opens the extension tab; returns the driver. */
export async function launchFirefox(options: DriverOptions): Promise<Driver & { close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'bersih-e2e-ff-'));
  const firefox: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executable,
    headless: true,
    userDataDir: profile,
    // Needed on 153 to navigate to moz-extension:// over BiDi, and to evaluate in about:preferences.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: PREFS,
    defaultViewport: { width: 1000, height: 800 },
  });
  try {
    // The path must be absolute (a relative one fails with NS_ERROR_FILE_UNRECOGNIZED_PATH).
    await firefox.installExtension(options.extensionDir);
    const [first] = await firefox.pages();
    const tab = new ExtensionTab(first ?? (await firefox.newPage()));
    await loadExtensionPage(tab.page, `${EXTENSION_ORIGIN}/options/options.html`);
    const privileged = await PrivilegedTab.open(firefox);
    return firefoxDriver(firefox, tab, privileged, options, profile);
  } catch (error) {
    await firefox.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

function firefoxDriver(
  firefox: Browser,
  tab: ExtensionTab,
  privileged: PrivilegedTab,
  options: DriverOptions,
  profile: string,
): Driver & { close(): Promise<void> } {
  const url = (path: string): string => (/^[a-z-]+:/.test(path) ? path : `${options.origin}${path}`);
  /** Tabs the driver knows: a new page's id is the one not in here (Firefox hides tab URLs without `tabs`). */
  const known = new Set<number>();
  const ready = tab.tabIds().then((ids) => ids.forEach((id) => known.add(id)));

  async function newTab(): Promise<[Page, number]> {
    await ready;
    const page = await firefox.newPage();
    const fresh = await until('the new tab id', async () => (await tab.tabIds()).filter((id) => !known.has(id)));
    if (fresh.length !== 1) throw new Error(`expected one new tab, found ${fresh.join(', ')}`);
    known.add(fresh[0]!);
    return [page, fresh[0]!];
  }

  const driver: Driver & { close(): Promise<void> } = {
    name: 'firefox',
    origin: options.origin,
    forbiddenUrl: 'about:robots',
    url,
    async newPage(pathOrUrl) {
      const [page, id] = await newTab();
      const wrapped = new FirefoxPage(page, id, url, privileged);
      if (pathOrUrl) await wrapped.goto(pathOrUrl);
      return wrapped;
    },
    async openPopup(page): Promise<PopupView> {
      if (await FirefoxPopup.isOpen(tab)) await new FirefoxPopup(tab, privileged).close();
      const tabId = await page.tabId();
      // One tick: activate the article's tab, then open the popup (as a toolbar click would).
      await tab.withGesture(`browser.tabs.update(${tabId}, { active: true }); return browser.action.openPopup();`);
      await until('the popup to open', () => FirefoxPopup.isOpen(tab));
      const popup = new FirefoxPopup(tab, privileged);
      await popup.waitFor('the popup document', () => document.readyState === 'complete');
      return popup;
    },
    openExtensionPage(path) {
      return driver.newPage(`${EXTENSION_ORIGIN}/${path}`);
    },
    inExtension: (fn, arg) => tab.evaluate(fn, arg),
    badgeText: async (page) => tab.evaluate((id) => browser.action.getBadgeText({ tabId: id }), await page.tabId()),
    settings: () => tab.evaluate(async () => ((await browser.storage.local.get('settings')).settings ?? {}) as object),
    patchSettings: (patch) =>
      tab.evaluate(async (change) => {
        const stored = ((await browser.storage.local.get('settings')).settings ?? {}) as object;
        await browser.storage.local.set({ settings: { ...stored, schemaVersion: 1, ...change } });
      }, patch),
    async enableAutoClean(origin) {
      const pattern = `${new URL(origin).protocol}//${new URL(origin).hostname}/*`;
      // The shipped manifest has the hosts only as optional: ask, inside a real click.
      const granted = await tab.withGesture(`return browser.permissions.request({ origins: [${JSON.stringify(pattern)}] });`);
      if (granted !== true) throw new Error(`host permission for ${pattern} was not granted`);
      await driver.patchSettings({ autoCleanSites: [origin] });
      await until(`auto-clean registration for ${pattern}`, () => registered(tab).then((m) => m.includes(pattern)));
    },
    async disableAutoClean() {
      await driver.patchSettings({ autoCleanSites: [], autoCleanAll: false });
      await until('auto-clean unregistration', async () => (await registered(tab)).length === 0);
    },
    inReader: (page, selector, fn) => inClosedShadow((page as FirefoxPage).page, READER_HOST, selector, fn),
    async close() {
      await firefox.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return driver;
}

/** The match patterns of the registered auto-clean script (src/background/autoclean-registration.ts). */
function registered(tab: ExtensionTab): Promise<string[]> {
  return tab.evaluate(async () => {
    const [script] = await browser.scripting.getRegisteredContentScripts({ ids: ['bersih-autoclean'] });
    return script?.matches ?? [];
  });
}
