/**
 * Our handle on the extension in Firefox: a tab showing one of our own pages (the options page),
 * where `browser.*` is the extension's API, as the service worker is in Chromium. It also gives
 * user gestures: a puppeteer click on a button added there is real input, and its handler runs
 * what needs a gesture (`action.openPopup()`, `permissions.request()`) in the same tick.
 */
import type { Page } from 'puppeteer-core';
import { until } from '../../harness/waits.ts';
import { contextOf } from './bidi.ts';

const GESTURE_BUTTON = 'bersih-e2e-gesture';

/**
 * Loads `url` (a moz-extension:// page) in `page`. `page.goto()` never resolves for those over
 * BiDi (no load events), so: navigate without waiting, then poll the document.
 */
export async function loadExtensionPage(page: Page, url: string): Promise<void> {
  // Marks the document being left, so the poll below cannot mistake it for the new one.
  await page.evaluate(() => Object.assign(window, { bersihLeaving: true })).catch(() => undefined);
  await contextOf(page).navigate(url, 'none');
  await until(`${url} to load`, () =>
    page
      .evaluate(() => !('bersihLeaving' in window) && location.href !== 'about:blank' && document.readyState === 'complete')
      .catch(() => false),
  );
}

export class ExtensionTab {
  constructor(readonly page: Page) {}

  /** Runs `fn(arg)` in the extension page; `browser` is the WebExtension API there. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.evaluateSource(`(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`) as Promise<R>;
  }

  /** Evaluates an expression (its promise awaited) in the extension page. */
  evaluateSource(expression: string): Promise<unknown> {
    return this.page.evaluate(`(async () => ${expression})()`);
  }

  /**
   * Runs `body` (statements; may return a promise) inside the handler of a real click on a
   * button in this tab, so it holds a user gesture; resolves to what it returned.
   * `body` must make its gesture-gated call before its first `await`.
   */
  async withGesture(body: string): Promise<unknown> {
    await this.page.bringToFront();
    await this.evaluateSource(`(() => {
      let button = document.getElementById('${GESTURE_BUTTON}');
      if (!button) {
        button = document.createElement('button');
        button.id = '${GESTURE_BUTTON}';
        button.textContent = 'e2e gesture';
        button.style.cssText = 'position:fixed;top:0;left:0;width:120px;height:40px;z-index:2147483647';
        document.body.append(button);
      }
      window.bersihGesture = { done: false };
      button.onclick = () => {
        let returned;
        try { returned = (() => { ${body} })(); } catch (error) { returned = Promise.reject(error); }
        Promise.resolve(returned).then((value) => { window.bersihGesture = { done: true, value }; },
                (error) => { window.bersihGesture = { done: true, error: String(error) }; });
      };
    })()`);
    await this.page.click(`#${GESTURE_BUTTON}`);
    const outcome = (await until('the gesture handler', () =>
      this.evaluateSource('window.bersihGesture.done ? window.bersihGesture : null'),
    )) as { value?: unknown; error?: string };
    if (outcome.error) throw new Error(`in the gesture handler: ${outcome.error}`);
    return outcome.value;
  }

  /** Ids of every open tab. */
  tabIds(): Promise<number[]> {
    return this.evaluate(async () => (await browser.tabs.query({})).map((tab) => tab.id ?? -1));
  }
}

declare const browser: import('webextension-polyfill').Browser;
