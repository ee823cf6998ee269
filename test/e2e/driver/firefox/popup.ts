/**
 * The real toolbar popup in Firefox. It is not a BiDi browsing context, so:
 *  - it is read and evaluated from our extension tab, through
 *    `browser.extension.getViews({ type: 'popup' })` (same extension process, same origin);
 *  - it is clicked for real from the browser window (./privileged-tab.ts): Marionette's own
 *    event module synthesises a mouse click at the popup element's position, which reaches the
 *    popup as trusted input with user activation (what `clipboard.writeText` and
 *    `permissions.request` need);
 *  - its screenshot is its <browser> element's `drawSnapshot`, as Firefox's own screenshots do.
 */
import { writeFile } from 'node:fs/promises';
import { until } from '../../harness/waits.ts';
import type { InBrowser, PopupView } from '../types.ts';
import type { ExtensionTab } from './extension-tab.ts';
import type { PrivilegedTab } from './privileged-tab.ts';

/** The popup's <browser> element in the browser window (ExtensionPopups.sys.mjs sets the attribute). */
const POPUP_BROWSER = `document.querySelector('browser[webextension-view-type="popup"]')`;

/** An expression for the open popup's window, or a throw. */
const POPUP_VIEW = `(() => {
  const view = browser.extension.getViews({ type: 'popup' })[0];
  if (!view) throw new Error('the popup closed');
  return view;
})()`;

export class FirefoxPopup implements PopupView {
  constructor(
    private readonly tab: ExtensionTab,
    private readonly privileged: PrivilegedTab,
  ) {}

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
    // The panel grows and moves while the popup fills in, so a point read too early can miss:
    // the click goes in once the target's place in the window has held still, and is tried
    // again if the element saw no trusted click (a missed click changed nothing, so a retry is safe).
    for (let attempt = 1; ; attempt++) {
      const point = await this.stablePoint(selector);
      await this.evaluate((sel) => {
        const element = document.querySelector(sel);
        Object.assign(window, { bersihClicked: false });
        element?.addEventListener('click', (event) => Object.assign(window, { bersihClicked: event.isTrusted }), {
          once: true,
          capture: true,
        });
      }, selector);
      await this.privileged.evaluate(`(async () => {
        const { event } = ChromeUtils.importESModule('chrome://remote/content/shared/webdriver/Event.sys.mjs');
        await event.synthesizeMouseAtPoint(${point.x}, ${point.y}, {}, window);
      })()`);
      // A popup that closed itself (after "Open reader view") was clicked.
      const landed = await until(
        'the click',
        async () =>
          (await this.isClosed()) ||
          this.evaluate(() => (window as unknown as { bersihClicked: boolean }).bersihClicked).catch(() => this.isClosed()),
        1_000,
      ).catch(() => false);
      if (landed) return;
      if (attempt === 3) throw new Error(`three clicks on ${selector} in the popup missed it`);
    }
  }

  /** The centre of `selector` in browser-window coordinates, once two reads 50 ms apart agree. */
  private async stablePoint(selector: string): Promise<{ x: number; y: number }> {
    let last = '';
    return until(`${selector} to hold still in the popup`, async () => {
      const inner = await this.evaluate((sel) => {
        const element = document.querySelector(sel);
        if (!element) return null;
        element.scrollIntoView({ block: 'center' });
        const box = element.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }, selector);
      if (!inner) throw new Error(`no element ${selector} in the popup`);
      const frame = await this.privileged.evaluate<{ x: number; y: number } | null>(`(() => {
        const box = ${POPUP_BROWSER}?.getBoundingClientRect();
        return box ? { x: box.x, y: box.y } : null;
      })()`);
      if (!frame) throw new Error('no popup in the window');
      const point = { x: Math.round(frame.x + inner.x), y: Math.round(frame.y + inner.y) };
      const key = JSON.stringify(point);
      const steady = key === last;
      last = key;
      if (!steady) await new Promise((ok) => setTimeout(ok, 50));
      return steady ? point : null;
    });
  }

  async screenshot(path: string): Promise<void> {
    const url = await this.privileged.evaluate<string>(
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
