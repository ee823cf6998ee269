/**
 * A content script loaded on first use (`content/reader.js`, `content/speech.js`): it provides its
 * API on the isolated world's `window`, which every content script of the extension in the page
 * shares (in Chromium and Firefox alike, as the run-once guards rely on), and the script that
 * needs it has the background run it the first time. Only types cross: none of the late
 * script's code enters the bundle that loads it.
 */
import { sendToBackground } from '../shared/messaging.ts';

declare global {
  interface Window {
    /** Set by `content/reader.js`. */
    __bersihReader?: unknown;
    /** Set by `content/speech.js`. */
    __bersihSpeech?: unknown;
  }
}

/** The `window` slot each late script fills. */
export type LateSlot = '__bersihReader' | '__bersihSpeech';

export interface LateScript<T> {
  /** Called by the late script once it runs. */
  provide(api: T): void;
  /** The API when the script already runs in this page, else null. */
  loaded(): T | null;
  /** Has the background run the script here; rejects with `failure(reason)` when it could not. */
  load(): Promise<T>;
}

/** The hand-over for the script that fills `slot` and is run by the background on `message`. */
export function lateScript<T>(
  slot: LateSlot,
  message: 'loadReader' | 'loadSpeech',
  failure: (reason: string | undefined) => string,
): LateScript<T> {
  const loaded = (): T | null => (window[slot] as T | undefined) ?? null;
  return {
    provide: (api) => {
      window[slot] = api;
    },
    loaded,
    load: async () => {
      const ready = loaded();
      if (ready) return ready;
      const answer = await sendToBackground(message, {});
      const api = loaded();
      if (!api) throw new Error(failure(answer?.error));
      return api;
    },
  };
}
