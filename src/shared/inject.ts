/**
 * The one way extension code runs a script file in a tab. Two browser differences made a bare
 * `scripting.executeScript` fail silently in Firefox (issue 13):
 *  - Firefox resolves a relative `files` entry against the *calling* page: from
 *    `popup/popup.html`, `content/extract.js` means `popup/content/extract.js`. A leading `/`
 *    is extension-root relative in both browsers, so every path here is root-absolute.
 *  - Firefox does not reject when the script cannot run: the failure is in the result's `error`
 *    field. Chromium rejects. Here both reject, the error field with a message naming the file.
 * A lint rule (eslint.config.js) forbids `executeScript` anywhere else in src/.
 */
import { browser, type Scripting } from './browser.ts';
import type { ExtractResponse } from './messages.ts';

/** The on-demand extraction and reader script (src/content/extract.ts), from the extension root. */
export const EXTRACT_FILE = '/content/extract.js';
/**
 * One line, written by scripts/build.ts, run right after `EXTRACT_FILE` in the same injection:
 * its value, the page's `extract` answer (a promise the browser waits for), is what the
 * injection returns, so the popup's extraction needs no message of its own (issue 17).
 */
export const EXTRACT_NOW_FILE = '/content/extract-now.js';
/** Read aloud (src/content/speech.ts), injected when Listen is first pressed in the reader. */
export const SPEECH_FILE = '/content/speech.js';
/** The reader view (src/content/reader.ts), injected when the reader first opens in a page. */
export const READER_FILE = '/content/reader.js';

/** The message of whatever a browser call rejected with or reported (Firefox's error field may be a plain object). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return error === undefined ? 'unknown error' : String(error);
}

/**
 * Runs the extension files `files` (root-absolute, e.g. `/content/extract.js`), in order, in the
 * top frame of `tabId`. Resolves with the value of the last one there; rejects with a message
 * naming the first (the script the others serve) and the reason when the browser refused, or
 * when a frame reports an error instead of rejecting.
 */
async function injectFiles(tabId: number, files: [string, ...string[]]): Promise<unknown> {
  const relative = files.find((file) => !file.startsWith('/'));
  if (relative !== undefined) throw new Error(`Extension script paths must start with "/": ${relative}`);
  const named = files[0];
  // A rejection (Chromium's way) already says why in the browser's words; it passes through.
  const results: Scripting.InjectionResult[] | undefined = await browser.scripting.executeScript({ target: { tabId }, files });
  const failed = (results ?? []).find((result) => 'error' in result && result.error !== undefined);
  if (failed) throw new Error(`Could not run ${named} in the page: ${errorMessage(failed.error)}`);
  if (!results || results.length === 0) throw new Error(`Could not run ${named} in the page: no frame ran it`);
  return results[0]?.result;
}

/** Runs the extension file `file` in the top frame of `tabId`; see `injectFiles`. */
export async function injectFile(tabId: number, file: string): Promise<void> {
  await injectFiles(tabId, [file]);
}

/** Injects the extractor (`EXTRACT_FILE`) into `tabId`; see `injectFiles`. */
export function injectExtractor(tabId: number): Promise<void> {
  return injectFile(tabId, EXTRACT_FILE);
}

/**
 * Injects the extractor and has it answer `extract` at once, in the same call: the page's
 * answer, or undefined from a browser that does not hand back a script's promised value (then
 * ask with the `extract` message). Rejects as `injectFiles` does.
 */
export async function injectAndExtract(tabId: number): Promise<ExtractResponse | undefined> {
  const answer = await injectFiles(tabId, [EXTRACT_FILE, EXTRACT_NOW_FILE]);
  return typeof answer === 'object' && answer !== null && 'ok' in answer ? (answer as ExtractResponse) : undefined;
}
