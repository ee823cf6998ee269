/**
 * The browser-neutral surface the e2e scenarios are written against. Each browser has a thin
 * driver behind it (./chromium.ts over playwright-core and CDP, ./firefox/ over puppeteer-core and
 * WebDriver BiDi); a scenario file never names a browser API of its own.
 *
 * Functions passed to `evaluate`, `waitFor`, `inExtension` and `inReader` are serialised and
 * run in the browser: no closures (pass what they need as `arg`), JSON in and out. In the popup
 * they see the popup's `document` and `window`, but in Firefox run in another extension page's
 * realm, so `instanceof HTMLElement` checks do not hold there: use tag names and properties.
 */
import type { Browser } from 'webextension-polyfill';
import type { Settings } from '../../../src/shared/settings.ts';

export type BrowserName = 'chromium' | 'firefox';

/** A serialisable function run in a browser context. */
export type InBrowser<A, R> = (arg: A) => R | Promise<R>;

/** `browser` (the WebExtension API, promise-based) inside functions given to `inExtension`. */
export type ExtensionApi = Browser;

/** A web page in its own tab. */
export interface TestPage {
  /** The tab's id as the extension sees it. */
  tabId(): Promise<number>;
  /** The current URL. */
  url(): string;
  /** Navigates to a fixture-server path (`/pages/article.html`) or an absolute URL, and waits for load. */
  goto(pathOrUrl: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn(arg)` in the page's main world. */
  evaluate<R, A = undefined>(fn: InBrowser<A, R>, arg?: A): Promise<R>;
  /** Polls `fn(arg)` in the page until truthy; `what` names it in the timeout message. */
  waitFor<R, A = undefined>(what: string, fn: InBrowser<A, R>, arg?: A): Promise<NonNullable<R>>;
  /** Brings the tab to the front and presses a key as the user does (`Escape`, `Tab`). */
  press(key: string): Promise<void>;
  /** Real text input: clicks `selector`, then types `text` as keystrokes. */
  type(selector: string, text: string): Promise<void>;
  /** A real mouse click on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /**
   * What the system clipboard holds, read the way a user would: a textarea is added to the page,
   * focused, and Ctrl+V pressed. Leaves the page's scroll position alone.
   */
  pasteClipboard(): Promise<string>;
  /** PNG of the viewport, or of `clip`. */
  screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  /**
   * Renders the page as for print (`@media print` applies, `matchMedia('print')` matches) or, with
   * `false`, for the screen again; as the print preview lays it out, without printing.
   */
  emulatePrint(on: boolean): Promise<void>;
  close(): Promise<void>;
}

/** The real toolbar popup, opened for one tab. */
export interface PopupView {
  evaluate<R, A = undefined>(fn: InBrowser<A, R>, arg?: A): Promise<R>;
  waitFor<R, A = undefined>(what: string, fn: InBrowser<A, R>, arg?: A): Promise<NonNullable<R>>;
  /** `document.body.innerText`. */
  text(): Promise<string>;
  /**
   * A real mouse click (trusted input, user activation) on the first element matching
   * `selector`: what the clipboard and `permissions.request()` require.
   */
  click(selector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Whether the popup has gone (it closes itself after "Open reader view"). */
  isClosed(): Promise<boolean>;
  close(): Promise<void>;
}

/** One launched browser with the extension installed, for one scenario file. */
export interface Driver {
  readonly name: BrowserName;
  /** Absolute URL of a fixture-server path such as `/pages/article.html`. */
  url(path: string): string;
  /** The fixture server's origin, `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** A page the browser forbids extensions to touch (`chrome://version`, `about:robots`). */
  readonly forbiddenUrl: string;
  /** A new tab, at `pathOrUrl` when given. */
  newPage(pathOrUrl?: string): Promise<TestPage>;
  /** Opens the toolbar popup for `page` the way a toolbar click does. */
  openPopup(page: TestPage): Promise<PopupView>;
  /** An extension page in a tab of its own (`options/options.html`). */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Runs `fn(arg)` in an extension context where `browser` is the WebExtension API. */
  inExtension<R, A = undefined>(fn: InBrowser<A, R>, arg?: A): Promise<R>;
  /** The toolbar badge text of `page`'s tab. */
  badgeText(page: TestPage): Promise<string>;
  /** The stored settings object (missing keys mean defaults). */
  settings(): Promise<Partial<Settings>>;
  /** Merges `patch` into the stored settings, as the options page does. */
  patchSettings(patch: Partial<Settings>): Promise<void>;
  /**
   * Turns auto-clean on for `origin` with its host permission granted (as the popup switch
   * does after the user's yes), and waits for the content-script registration.
   */
  enableAutoClean(origin: string): Promise<void>;
  /** Turns auto-clean off everywhere and waits until the script is unregistered. */
  disableAutoClean(): Promise<void>;
  /**
   * Calls `fn` with `this` bound to the first element matching `selector` inside the reader
   * overlay's closed shadow root; `undefined` when the overlay or the element is missing.
   */
  inReader<R>(page: TestPage, selector: string, fn: (this: HTMLElement) => R): Promise<R | undefined>;
}
