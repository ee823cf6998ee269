/**
 * The extension's site-memory store, in `storage.local` (never synced; nothing leaves the
 * browser): one key per site, `siteMemory:<site>`, so a page reads only its own site's memory,
 * and an index, `siteMemoryIndex` (site → when last read), that caps the sites kept (least
 * recently read forgotten first) and lists them for the options page.
 *
 * Two tabs learning at the same moment can each write over the other's observations of that
 * site: one article's lesson lost, which the next article of the site teaches again.
 */
import { learn, readMemory, sitesToForget } from '../core/site-memory/learn.ts';
import type { SiteMemoryStore } from '../core/site-memory/store.ts';
import { MAX_SITES, type SiteMemory, type SiteObservations } from '../core/site-memory/types.ts';
import { browser } from './browser.ts';

export const MEMORY_INDEX_KEY = 'siteMemoryIndex';
export const MEMORY_KEY_PREFIX = 'siteMemory:';

const keyOf = (site: string): string => `${MEMORY_KEY_PREFIX}${site}`;

/** The stored index, site → last read; anything unusable in it is dropped. */
async function readIndex(): Promise<Record<string, number>> {
  const raw = (await browser.storage.local.get(MEMORY_INDEX_KEY))[MEMORY_INDEX_KEY];
  const index: Record<string, number> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return index;
  for (const [site, t] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof t === 'number' && Number.isFinite(t)) index[site] = t;
  }
  return index;
}

/** Site memory in `storage.local`; `now` is the clock (replaceable in tests), `maxSites` the cap. */
export function storageMemoryStore(now: () => number = Date.now, maxSites: number = MAX_SITES): SiteMemoryStore {
  return {
    async load(site: string): Promise<SiteMemory | undefined> {
      const raw = (await browser.storage.local.get(keyOf(site)))[keyOf(site)];
      return raw === undefined ? undefined : readMemory(raw);
    },

    async observe(site: string, observations: SiteObservations): Promise<void> {
      const t = now();
      const [stored, index] = await Promise.all([this.load(site), readIndex()]);
      index[site] = t;
      const forgotten = sitesToForget(index, maxSites);
      for (const old of forgotten) delete index[old];
      if (forgotten.length > 0) await browser.storage.local.remove(forgotten.map(keyOf));
      await browser.storage.local.set({ [keyOf(site)]: learn(stored, observations, t), [MEMORY_INDEX_KEY]: index });
    },

    async forget(site?: string): Promise<void> {
      const index = await readIndex();
      if (site !== undefined) {
        delete index[site];
        await browser.storage.local.remove(keyOf(site));
        await browser.storage.local.set({ [MEMORY_INDEX_KEY]: index });
        return;
      }
      // Every memory key, the index's or not (one left behind by an interrupted write).
      const all = Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith(MEMORY_KEY_PREFIX));
      await browser.storage.local.remove([...all, MEMORY_INDEX_KEY]);
    },

    async sites(): Promise<string[]> {
      return Object.entries(await readIndex()).sort((x, y) => y[1] - x[1]).map(([site]) => site);
    },
  };
}
