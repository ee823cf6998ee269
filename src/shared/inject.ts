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

/** The on-demand extraction and reader script (src/content/extract.ts), from the extension root. */
export const EXTRACT_FILE = '/content/extract.js';
/** Read aloud (src/content/speech.ts), injected when Listen is first pressed in the reader. */
export const SPEECH_FILE = '/content/speech.js';
/** The reader view (src/content/reader.ts), injected when the reader first opens in a page. */
export const READER_FILE = '/content/reader.js';

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return error === undefined ? 'unknown error' : String(error);
}

/**
 * Runs the extension file `file` (root-absolute, e.g. `/content/extract.js`) in the top frame of
 * `tabId`. Resolves when it ran there; rejects with a message naming the file and the reason when
 * the browser refused, or when a frame reports an error instead of rejecting.
 */
export async function injectFile(tabId: number, file: string): Promise<void> {
  if (!file.startsWith('/')) throw new Error(`Extension script paths must start with "/": ${file}`);
  // A rejection (Chromium's way) already says why in the browser's words; it passes through.
  const results: Scripting.InjectionResult[] | undefined = await browser.scripting.executeScript({
    target: { tabId },
    files: [file],
  });
  const failed = (results ?? []).find((result) => 'error' in result && result.error !== undefined);
  if (failed) throw new Error(`Could not run ${file} in the page: ${describe(failed.error)}`);
  if (!results || results.length === 0) throw new Error(`Could not run ${file} in the page: no frame ran it`);
}

/** Injects the extractor (`EXTRACT_FILE`) into `tabId`; see `injectFile`. */
export function injectExtractor(tabId: number): Promise<void> {
  return injectFile(tabId, EXTRACT_FILE);
}
