/**
 * A few-hundred-byte stand-in for `webextension-polyfill` (~9.5 KB minified), for the content
 * scripts only (auto-clean, 32 KB; extraction, 120 KB): `scripts/build.ts` aliases the polyfill to
 * this file in those two bundles. They listen for messages, send some and use `storage`. The
 * background and the extension pages keep the real polyfill, and code still imports `browser`
 * from `./browser.ts` (the one seam), so nothing else knows this file exists.
 *
 * It chooses the API the way the polyfill does: a native `browser` with a live `runtime.id`
 * (Firefox) is used as it is. Otherwise it is Chromium's `chrome`, whose MV3 APIs already return
 * promises, except for the two messaging behaviours the polyfill adds and our code relies on
 * (`./messaging.ts`):
 *   - an `onMessage` listener may *return* a promise; Chromium only honours `sendResponse` plus
 *     `return true`, so listeners are wrapped to do that;
 *   - a handler's rejection reaches the sender as a rejection: both sides speak the polyfill's
 *     `{__mozWebExtensionPolyfillReject__, message}` reply, so the background and the popup (which
 *     run the real polyfill) see the same errors as before, and a reply nobody sent resolves to
 *     `undefined` rather than failing.
 * Anything else is read straight through from `chrome`.
 */

type Reply = { __mozWebExtensionPolyfillReject__?: true; message?: string } | undefined;
type Listener = (message: unknown, sender: unknown) => unknown;
type ChromeListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

interface ChromeLike {
  runtime: {
    id?: string;
    lastError?: { message?: string };
    sendMessage(...args: unknown[]): unknown;
    onMessage: { addListener(l: ChromeListener): void; removeListener(l: ChromeListener): void; hasListener(l: ChromeListener): boolean };
  };
}

const REJECT = '__mozWebExtensionPolyfillReject__';
const NO_RESPONSE = 'The message port closed before a response was received.';

/** The promise-returning listener API of the polyfill over Chromium's `sendResponse` one. */
function wrapListener(listener: Listener): ChromeListener {
  return (message, sender, sendResponse) => {
    let result: unknown;
    try {
      result = listener(message, sender);
    } catch (error) {
      result = Promise.reject(error);
    }
    if (!(result instanceof Promise)) return false;
    result
      .then(sendResponse, (error: unknown) =>
        sendResponse({
          [REJECT]: true,
          message: error instanceof Error ? error.message : 'An unexpected error occurred',
        }),
      )
      // The sender may be gone (tab closed, popup shut): nobody is left to tell.
      .catch(() => {});
    return true;
  };
}

/** `chrome` with the polyfill's messaging semantics; every other property passes through. */
export function wrapChrome(chrome: ChromeLike): unknown {
  const wrappers = new WeakMap<Listener, ChromeListener>();
  const wrapped = (listener: Listener): ChromeListener => {
    let w = wrappers.get(listener);
    if (!w) wrappers.set(listener, (w = wrapListener(listener)));
    return w;
  };
  const on =
    (method: 'addListener' | 'removeListener' | 'hasListener') =>
    (listener: Listener): unknown =>
      chrome.runtime.onMessage[method](wrapped(listener));
  const onMessage = { addListener: on('addListener'), removeListener: on('removeListener'), hasListener: on('hasListener') };
  // The callback form, as the polyfill uses: it reports "no listener replied" in `lastError`.
  const sendMessage = (...args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      chrome.runtime.sendMessage(...args, (reply: Reply) => {
        const error = chrome.runtime.lastError;
        if (error) {
          if (error.message === NO_RESPONSE) resolve(undefined);
          else reject(new Error(error.message));
        } else if (reply?.[REJECT]) reject(new Error(reply.message));
        else resolve(reply);
      });
    });
  // Read through at every access: an orphaned script's `chrome.runtime` changes under it. Methods
  // are bound: Chromium's bindings may refuse a call whose `this` is not their own object.
  const runtime = new Proxy({ onMessage, sendMessage } as Record<PropertyKey, unknown>, {
    get: (own, key) => {
      if (key in own) return own[key];
      const value = (chrome.runtime as Record<PropertyKey, unknown>)[key];
      return typeof value === 'function' ? (value as () => unknown).bind(chrome.runtime) : value;
    },
  });
  return new Proxy(chrome as object, { get: (target, key) => (key === 'runtime' ? runtime : Reflect.get(target, key)) });
}

const scope = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: ChromeLike };

/** The WebExtension API: native `browser` (Firefox) or wrapped `chrome` (Chromium). */
const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome ? wrapChrome(scope.chrome) : undefined;

export default api;
