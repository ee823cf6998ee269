/**
 * Injecting the on-demand extraction script and opening the reader view in a tab. Injection is
 * idempotent: `content/extract.js` guards against running its setup twice in one page.
 */
import { EXTRACT_FILE, injectFile, READER_FILE, SPEECH_FILE } from '../shared/inject.ts';
import { sendToTab } from '../shared/messaging.ts';

export { EXTRACT_FILE };

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Injects `content/extract.js` into the top frame of `tabId`, saying why when it could not. */
export async function injectExtractor(tabId: number): Promise<{ ok: boolean; error?: string }> {
  try {
    await injectFile(tabId, EXTRACT_FILE);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: reason(error) };
  }
}

/** Runs `file` in the top frame of the sender's tab, saying why when it could not. */
async function injectInto(tabId: number | undefined, file: string): Promise<{ ok: boolean; error?: string }> {
  if (tabId === undefined || tabId < 0) return { ok: false, error: 'no tab' };
  try {
    await injectFile(tabId, file);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: reason(error) };
  }
}

/**
 * Injects the read-aloud script into the top frame of `tabId` (the reader's), which holds the
 * permission the reader was opened with (activeTab, or the auto-clean site's host access).
 */
export function injectSpeech(tabId: number | undefined): Promise<{ ok: boolean; error?: string }> {
  return injectInto(tabId, SPEECH_FILE);
}

/**
 * Injects the reader view script into the top frame of `tabId`, asked by the extraction script
 * there, with the permission that script was injected with.
 */
export function injectReader(tabId: number | undefined): Promise<{ ok: boolean; error?: string }> {
  return injectInto(tabId, READER_FILE);
}

/**
 * Injects the extractor (the context-menu click or keyboard command granted activeTab) and asks
 * it to open the reader view. Resolves to whether the view opened.
 */
export async function openReaderInTab(tabId: number | undefined): Promise<boolean> {
  if (tabId === undefined || tabId < 0) return false;
  const injected = await injectExtractor(tabId);
  if (!injected.ok) return false;
  const response = await sendToTab(tabId, 'openReader', {});
  return response?.opened ?? false;
}
