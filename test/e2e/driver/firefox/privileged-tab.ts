/**
 * A tab on `about:preferences`, one of Firefox's own pages, which runs with the browser's full
 * privileges; WebDriver BiDi may evaluate there (Firefox 140 and 153 alike, when started with
 * `--remote-allow-system-access`). From it the test reaches the browser window itself, where the
 * popup is a <browser> element: for real clicks into the popup and for its screenshot.
 * (Firefox 153 also offers the window directly, as a BiDi context in `moz:scope: 'chrome'`;
 * 140 does not, and Marionette, the other way in, refuses a second session.)
 */
import type { Browser, Page } from 'puppeteer-core';
import { until } from '../../harness/waits.ts';
import { contextOf } from './bidi.ts';

export class PrivilegedTab {
  private constructor(readonly page: Page) {}

  /** Opens the tab (before the test tabs, so its id is never taken for one of theirs). */
  static async open(firefox: Browser): Promise<PrivilegedTab> {
    const page = await firefox.newPage();
    await contextOf(page).navigate('about:preferences', 'none');
    await until('about:preferences', () => page.evaluate('typeof Services === "object"').catch(() => false));
    return new PrivilegedTab(page);
  }

  /**
   * Evaluates `expression` (its promise awaited) with `window` and `document` bound to the browser
   * window's, as code in the window itself would see them.
   */
  evaluate<R>(expression: string): Promise<R> {
    return this.page.evaluate(`(async () => {
      const window = Services.wm.getMostRecentWindow('navigator:browser');
      const document = window.document;
      return await ${expression};
    })()`) as Promise<R>;
  }
}
