/**
 * The Chromium driver: playwright-core with the unpacked test build (dist/test-chrome), the
 * service worker as the extension context, the popup over CDP (./../harness/popup-handle.ts)
 * and the reader's closed shadow root over CDP's pierce (../harness/closed-shadow.ts).
 */
import type { Page } from 'playwright-core';
import { disableAutoClean, enableAutoClean } from '../harness/auto-clean.ts';
import { inClosedShadow } from '../harness/closed-shadow.ts';
import { badgeText, launchExtension, patchSettings, tabIdOf, type ExtensionBrowser } from '../harness/extension-browser.ts';
import { PopupHandle } from '../harness/popup-handle.ts';
import { until } from '../harness/waits.ts';
import { READER_HOST, pasteScript, type DriverOptions } from './common.ts';
import type { Driver, ExtensionApi, InBrowser, PopupView, TestPage } from './types.ts';

declare const browser: ExtensionApi;

class ChromiumPage implements TestPage {
  constructor(
    readonly page: Page,
    private readonly ext: ExtensionBrowser,
    private readonly resolve: (pathOrUrl: string) => string,
  ) {}

  tabId(): Promise<number> {
    return tabIdOf(this.ext.sw, this.page);
  }

  url(): string {
    return this.page.url();
  }

  async goto(pathOrUrl: string): Promise<void> {
    await this.page.goto(this.resolve(pathOrUrl));
  }

  async reload(): Promise<void> {
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
    await this.page.keyboard.press(key);
  }

  async type(selector: string, text: string): Promise<void> {
    await this.page.click(selector);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
  }

  async click(selector: string): Promise<void> {
    await this.page.click(selector);
  }

  async pasteClipboard(): Promise<string> {
    await this.page.bringToFront();
    await this.page.evaluate(pasteScript.prepare);
    await this.page.keyboard.press('ControlOrMeta+V');
    return this.page.evaluate(pasteScript.collect);
  }

  async screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
    await this.page.screenshot({ path, clip });
  }

  async emulatePrint(on: boolean): Promise<void> {
    await this.page.emulateMedia({ media: on ? 'print' : null });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

class ChromiumPopup implements PopupView {
  constructor(private readonly handle: PopupHandle) {}

  evaluate<R, A = undefined>(fn: InBrowser<A, R>, arg?: A): Promise<R> {
    return this.handle.evaluate(fn, arg);
  }

  async waitFor<R, A = undefined>(what: string, fn: InBrowser<A, R>, arg?: A): Promise<NonNullable<R>> {
    try {
      return await this.handle.waitFor(fn, arg);
    } catch (error) {
      throw new Error(`popup: timed out waiting for ${what}`, { cause: error });
    }
  }

  text(): Promise<string> {
    return this.handle.text();
  }

  click(selector: string): Promise<void> {
    return this.handle.mouseClick(selector);
  }

  screenshot(path: string): Promise<void> {
    return this.handle.screenshot(path);
  }

  async isClosed(): Promise<boolean> {
    return this.handle.isClosed;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** Launches Chromium with the test build and returns its driver. */
export async function launchChromium(options: DriverOptions): Promise<Driver & { close(): Promise<void> }> {
  type Launched = Driver & { close(): Promise<void> };
  const ext = await launchExtension(options.executable, options.extensionDir);
  const url = (path: string): string => (/^[a-z-]+:/.test(path) ? path : `${options.origin}${path}`);
  const wrap = (page: Page): ChromiumPage => new ChromiumPage(page, ext, url);
  const driver: Launched = {
    name: 'chromium',
    origin: options.origin,
    forbiddenUrl: 'chrome://version',
    url,
    async newPage(pathOrUrl) {
      const page = wrap(await ext.context.newPage());
      if (pathOrUrl) await page.goto(pathOrUrl);
      return page;
    },
    async openPopup(page) {
      return new ChromiumPopup(await PopupHandle.open(ext.context, ext.sw, (page as ChromiumPage).page, ext.extensionId));
    },
    openExtensionPage(path) {
      return driver.newPage(`chrome-extension://${ext.extensionId}/${path}`);
    },
    inExtension<R, A = undefined>(fn: InBrowser<A, R>, arg?: A): Promise<R> {
      // The worker has `chrome`; scenarios are written against `browser`.
      const expression = `(async () => { const browser = globalThis.browser ?? chrome; return (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}); })()`;
      return ext.sw.evaluate(expression) as Promise<R>;
    },
    async badgeText(page) {
      return badgeText(ext.sw, await page.tabId());
    },
    settings() {
      return driver.inExtension(async () => ((await browser.storage.local.get('settings')).settings ?? {}) as object);
    },
    patchSettings: (patch) => patchSettings(ext.sw, patch),
    enableAutoClean: (origin) => enableAutoClean(ext.sw, origin),
    disableAutoClean: () => disableAutoClean(ext.sw),
    inReader: (page, selector, fn) => inClosedShadow((page as ChromiumPage).page, READER_HOST, selector, fn),
    close: () => ext.close(),
  };
  return driver;
}
