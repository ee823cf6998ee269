/**
 * The real toolbar popup in Firefox. It is not a BiDi browsing context, so:
 *  - it is read and evaluated from our extension tab, through
 *    `browser.extension.getViews({ type: 'popup' })` (same extension process, same origin);
 *  - it is clicked for real in the browser window's privileged scope: Marionette's own event
 *    module synthesises a mouse click at the popup element's position, which reaches the popup as
 *    trusted input with user activation (what `clipboard.writeText` and `permissions.request`
 *    need);
 *  - its screenshot is its <browser> element's `drawSnapshot`, as Firefox's own screenshots do.
 */
import { writeFile } from 'node:fs/promises';
import { until } from '../../harness/waits.ts';
import type { InBrowser, PopupView } from '../types.ts';
import { chromeEval } from './bidi.ts';
import type { ExtensionTab } from './extension-tab.ts';

/** The popup's <browser> element in the browser window (ExtensionPopups.sys.mjs sets the attribute). */
const POPUP_BROWSER = `document.querySelector('browser[webextension-view-type="popup"]')`;

/** An expression for the open popup's window, or a throw. */
const POPUP_VIEW = `(() => {
  const view = browser.extension.getViews({ type: 'popup' })[0];
  if (!view) throw new Error('the popup closed');
  return view;
})()`;

export class FirefoxPopup implements PopupView {
  constructor(private readonly tab: ExtensionTab) {}

  /** Whether a popup is open. */
  static async isOpen(tab: ExtensionTab): Promise<boolean> {
    return (await tab.evaluateSource(`browser.extension.getViews({ type: 'popup' }).length > 0`)) as boolean;
  }

  evaluate<R, A = undefined>(fn: InBrowser<A, R>, arg?: A): Promise<R> {
    // `document` and `window` are the popup's inside fn; the code itself runs in the tab's realm.
    return this.tab.evaluateSource(`(async () => {
      const view = ${POPUP_VIEW};
      return (function (document, window) {
        return (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)});
      })(view.document, view);
    })()`) as Promise<R>;
  }

  async waitFor<R, A = undefined>(what: string, fn: InBrowser<A, R>, arg?: A): Promise<NonNullable<R>> {
    try {
      return await until(`popup: ${what}`, () => this.evaluate(fn, arg));
    } catch (error) {
      const shown = await this.text().catch((reason: unknown) => `(${String(reason)})`);
      throw new Error(`${(error as Error).message}; the popup shows: ${shown.slice(0, 300)}`, { cause: error });
    }
  }

  text(): Promise<string> {
    return this.evaluate(() => document.body.innerText);
  }

  async click(selector: string): Promise<void> {
    const centre = await this.evaluate((sel) => {
      const element = document.querySelector(sel);
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }, selector);
    if (!centre) throw new Error(`no element ${selector} in the popup`);
    await chromeEval(
      this.tab.page,
      `(async () => {
        const { event } = ChromeUtils.importESModule('chrome://remote/content/shared/webdriver/Event.sys.mjs');
        const frame = ${POPUP_BROWSER};
        if (!frame) throw new Error('no popup in the window');
        const box = frame.getBoundingClientRect();
        await event.synthesizeMouseAtPoint(box.x + ${centre.x}, box.y + ${centre.y}, {}, window);
      })()`,
    );
  }

  async screenshot(path: string): Promise<void> {
    const url = await chromeEval<string>(
      this.tab.page,
      `(async () => {
        const frame = ${POPUP_BROWSER};
        const bitmap = await frame.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
        const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        canvas.getContext('2d').drawImage(bitmap, 0, 0);
        return canvas.toDataURL('image/png');
      })()`,
    );
    await writeFile(path, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
  }

  async isClosed(): Promise<boolean> {
    return !(await FirefoxPopup.isOpen(this.tab));
  }

  async close(): Promise<void> {
    await this.tab.evaluateSource(`browser.extension.getViews({ type: 'popup' }).forEach((view) => view.close())`);
    await until('the popup to close', async () => !(await FirefoxPopup.isOpen(this.tab)));
  }
}
