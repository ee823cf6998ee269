/**
 * Site memory in `bersih batch`: learned across the manifest's pages of the same site, so the
 * first page of a site gains as much as the last. Two passes: every page is cleaned with an empty
 * memory, which removes nothing and tells what the page holds; then each site's memory is
 * learned from all its pages (an in-memory store, for this batch only), and the pages it would
 * change are cleaned again with it. The others keep their first-pass output, which is what the
 * second pass would give.
 *
 * The passes only schedule: `run` does the cleaning, here in the page workers. What a page is
 * sent is the part of its site's memory about its own blocks, which is all the decision reads.
 */
import { mayRemove } from '../core/site-memory/decide.ts';
import { emptyMemory } from '../core/site-memory/learn.ts';
import { MapStore } from '../core/site-memory/store.ts';
import type { MemoryLimits, SiteMemory, SiteObservations } from '../core/site-memory/types.ts';

/** One page's cleaning: its output line, its site (null: none, such as a file), what it showed. */
export interface PagePass {
  line: string;
  site: string | null;
  observed?: SiteObservations;
}

/** A batch holds every page of a site at once, so nothing is forgotten within it. */
const BATCH_LIMITS: MemoryLimits = { blocksPerSite: Number.POSITIVE_INFINITY, articlesPerSite: Number.POSITIVE_INFINITY, articlesPerBlock: 2 };

/** The part of `memory` the decision reads for the article that made `observed`. */
export function memoryFor(observed: SiteObservations, memory: SiteMemory): SiteMemory {
  const part = emptyMemory();
  for (const fp of observed.blocks) {
    const record = Object.hasOwn(memory.blocks, fp) ? memory.blocks[fp] : undefined;
    if (!record) continue;
    part.blocks[fp] = record;
    for (const id of record.a) {
      const article = Object.hasOwn(memory.articles, id) ? memory.articles[id] : undefined;
      if (article) part.articles[id] = article;
    }
  }
  return part;
}

/**
 * Runs `count` pages in two passes (see above) and returns their passes in page order; the pages
 * of a pass are all handed to `run` at once (the worker pool queues them).
 * @param run cleans page `index` with `memory`, its site's memory (empty in the first pass).
 */
export async function runWithSiteMemory<P extends PagePass>(count: number, run: (index: number, memory: SiteMemory) => Promise<P>): Promise<P[]> {
  const first = await Promise.all(Array.from({ length: count }, (_, i) => run(i, emptyMemory())));
  const store = new MapStore(BATCH_LIMITS, Number.POSITIVE_INFINITY);
  for (const page of first) if (page.site && page.observed) await store.observe(page.site, page.observed);
  return Promise.all(first.map(async (page, i) => {
    const memory = page.site && page.observed ? await store.load(page.site) : undefined;
    return memory && page.observed && mayRemove(page.observed, memory) ? run(i, memoryFor(page.observed, memory)) : page;
  }));
}
