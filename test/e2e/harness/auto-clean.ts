/**
 * Switches auto-clean on or off the way the options page does (a settings write) and waits
 * for the background to bring the content-script registration in line.
 */
import type { Worker } from 'playwright-core';
import type { ChromeApi } from './chrome-api.ts';
import { patchSettings } from './extension-browser.ts';
import { until } from './waits.ts';

declare const chrome: ChromeApi;

/** Id of the registration made by src/background/autoclean-registration.ts. */
const AUTOCLEAN_ID = 'bersih-autoclean';

/** The match patterns of the registered auto-clean script. */
function registeredMatches(sw: Worker): Promise<string[]> {
  return sw.evaluate(async (id) => {
    const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: [id] });
    return script?.matches ?? [];
  }, AUTOCLEAN_ID);
}

/** Turns auto-clean on for `origin` and waits until the next load of its pages is cleaned. */
export async function enableAutoClean(sw: Worker, origin: string): Promise<void> {
  await patchSettings(sw, { autoCleanSites: [origin] });
  const pattern = `${new URL(origin).protocol}//${new URL(origin).hostname}/*`;
  await until(`auto-clean registration for ${pattern}`, async () => (await registeredMatches(sw)).includes(pattern));
}

/** Turns auto-clean off everywhere and waits until the script is unregistered. */
export async function disableAutoClean(sw: Worker): Promise<void> {
  await patchSettings(sw, { autoCleanSites: [], autoCleanAll: false });
  await until('auto-clean unregistration', async () => (await registeredMatches(sw)).length === 0);
}
