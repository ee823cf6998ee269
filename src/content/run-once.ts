/**
 * One instance of a content script per page. A plain `window.x = true` guard breaks after the
 * extension is updated or reloaded: the new injection runs in the same isolated world, sees the
 * flag of the orphaned old instance (whose listeners no longer receive anything) and stays
 * silent until the page is reloaded. So the flag is a liveness probe of the instance that set it.
 */
import { browser } from '../shared/browser.ts';

type GuardKey = '__bersihExtractor' | '__bersihAutoclean';

declare global {
  interface Window {
    /** Set by the on-demand extraction script: whether that instance's extension context still lives. */
    __bersihExtractor?: () => boolean;
    /** The same for the auto-clean script. */
    __bersihAutoclean?: () => boolean;
  }
}

function contextAlive(): boolean {
  try {
    // An orphaned content script's `runtime.id` is undefined (Chromium) or access throws (Firefox).
    return Boolean(browser.runtime.id);
  } catch {
    return false;
  }
}

/** Runs `start` unless a live instance registered under `key` already runs in this page. */
export function runOnce(key: GuardKey, start: () => void): boolean {
  if (window[key]?.()) return false;
  window[key] = contextAlive;
  start();
  return true;
}
