/**
 * The real toolbar popup, driven over the DevTools protocol.
 *
 * Headless automation cannot click the toolbar, so the harness calls the background's click
 * handler (`bersihActionClicked`), which opens the popup with `chrome.action.openPopup()` as a
 * real click does. Playwright (1.65) never attaches to the popup: Chromium does not auto-attach
 * popup views, so no `page` event fires (microsoft/playwright#5593, fixed upstream by #41260 after our version). We attach to
 * the popup target ourselves from a browser-level CDP session in the non-flat mode
 * (`Target.sendMessageToTarget`) and speak just enough protocol: evaluate, screenshot.
 */
import { writeFile } from 'node:fs/promises';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { ChromeApi } from './chrome-api.ts';

declare const chrome: ChromeApi;

interface Pending {
  resolve(value: Record<string, unknown>): void;
  reject(error: Error): void;
}

/** How long to wait for the popup to appear or for a condition in it. */
const WAIT_MS = 10_000;
const POLL_MS = 50;

export class PopupHandle {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private closed = false;

  private constructor(
    private readonly browserSession: CDPSession,
    private readonly sessionId: string,
    readonly url: string,
    /** When `openPopup` was called, in epoch ms of the browser's clock (for click-to-paint timing). */
    readonly requestedAt: number,
  ) {
    browserSession.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiter || message.id === undefined) return;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result ?? {});
    });
    browserSession.on('Target.detachedFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      this.closed = true;
      for (const waiter of this.pending.values()) waiter.reject(new Error('the popup closed'));
      this.pending.clear();
    });
  }

  /**
   * Opens the popup for `page` through the toolbar click's handler and attaches to it.
   * @param page the tab the popup is for; it is brought to the front first (openPopup uses the active tab).
   */
  static async open(context: BrowserContext, sw: Worker, page: Page, extensionId: string): Promise<PopupHandle> {
    const browser = context.browser();
    if (!browser) throw new Error('no browser for this context');
    const session = await browser.newBrowserCDPSession();
    await page.bringToFront();
    // The toolbar click's own handler (src/background/action-click.ts): it starts the extraction
    // in the tab and opens the popup, as a click on Chrome's button does.
    const requestedAt = await sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const click = (globalThis as { bersihActionClicked?: (tab: unknown) => Promise<void> }).bersihActionClicked;
      if (!tab || !click) throw new Error(!tab ? 'no active tab' : 'the background has no click handler');
      const at = performance.timeOrigin + performance.now();
      await click(tab);
      return at;
    });
    const prefix = `chrome-extension://${extensionId}/popup/popup.html`;
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const { targetInfos } = await session.send('Target.getTargets');
      const target = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(prefix) && !t.attached);
      if (target) {
        const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
        const popup = new PopupHandle(session, sessionId, target.url, requestedAt);
        await popup.waitFor(() => document.readyState === 'complete');
        return popup;
      }
      if (Date.now() > deadline) throw new Error(`the popup (${prefix}) did not open`);
      await new Promise((ok) => setTimeout(ok, POLL_MS));
    }
  }

  private call(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    if (this.closed) return Promise.reject(new Error('the popup closed'));
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const message = JSON.stringify({ id, method, params });
      this.browserSession.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message }).catch(reject);
    });
  }

  /** Runs `fn(arg)` in the popup (awaiting a promise) and returns its JSON-serialisable result. */
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const expression = `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
    const reply = await this.call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    const details = reply.exceptionDetails as { exception?: { description?: string }; text?: string } | undefined;
    if (details) throw new Error(`in the popup: ${details.exception?.description ?? details.text ?? 'error'}`);
    return (reply.result as { value: R }).value;
  }

  /** Polls `fn(arg)` in the popup until it returns a truthy value, and returns that value. */
  async waitFor<R, A = undefined>(
    fn: (arg: A) => R | Promise<R>,
    arg?: A,
    timeout = WAIT_MS,
    interval = POLL_MS,
  ): Promise<NonNullable<R>> {
    const deadline = Date.now() + timeout;
    let last: R | undefined;
    for (;;) {
      last = await this.evaluate(fn, arg);
      if (last) return last as NonNullable<R>;
      if (Date.now() > deadline) throw new Error(`popup condition not met in ${timeout} ms: ${fn.toString()}`);
      await new Promise((ok) => setTimeout(ok, interval));
    }
  }

  /** The visible text of the popup's body. */
  text(): Promise<string> {
    return this.evaluate(() => document.body.innerText);
  }

  /** Clicks the first element matching `selector`, failing when there is none. */
  async click(selector: string): Promise<void> {
    const found = await this.evaluate((sel) => {
      const element = document.querySelector<HTMLElement>(sel);
      element?.click();
      return element !== null;
    }, selector);
    if (!found) throw new Error(`no element ${selector} in the popup`);
  }

  /**
   * A real mouse click (trusted input with user activation, as clipboard writes and permission
   * requests need) at the centre of the first element matching `selector`.
   */
  async mouseClick(selector: string): Promise<void> {
    // The popup fills in after it opens (the article arrives after the tidy switch and moves it),
    // so a click aimed at a moving element can miss: aim where it has held still for two frames,
    // check that a trusted click reached it, and aim again if not.
    for (let attempt = 0; attempt < 5; attempt++) {
      const centre = await this.evaluate(async (sel) => {
        const element = document.querySelector(sel);
        if (!element) return null;
        element.scrollIntoView({ block: 'center' });
        let box = element.getBoundingClientRect();
        for (let i = 0; i < 20; i++) {
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const next = element.getBoundingClientRect();
          if (next.x === box.x && next.y === box.y) break;
          box = next;
        }
        const marks = window as unknown as { bersihClicked?: boolean };
        marks.bersihClicked = false;
        element.addEventListener('click', (event) => void (marks.bersihClicked ||= event.isTrusted), { once: true, capture: true });
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }, selector);
      if (!centre) throw new Error(`no element ${selector} in the popup`);
      for (const type of ['mousePressed', 'mouseReleased']) {
        await this.call('Input.dispatchMouseEvent', { type, ...centre, button: 'left', clickCount: 1 });
      }
      // A click that closes the popup (Open reader view) has surely landed.
      if (this.closed) return;
      const hit = await this.evaluate(() => (window as unknown as { bersihClicked?: boolean }).bersihClicked === true).catch(() => true);
      if (hit) return;
    }
    throw new Error(`five clicks on ${selector} in the popup never reached it`);
  }

  /** Saves a PNG of the popup as shown. */
  async screenshot(path: string): Promise<void> {
    const { data } = (await this.call('Page.captureScreenshot', { format: 'png' })) as { data: string };
    await writeFile(path, Buffer.from(data, 'base64'));
  }

  /** Whether the popup window has gone (closed itself, or lost focus). */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Closes the popup window and the protocol session. */
  async close(): Promise<void> {
    if (!this.closed) await this.evaluate(() => window.close()).catch(() => undefined);
    await this.browserSession.detach().catch(() => undefined);
  }
}
