/**
 * Site memory in `bersih batch`: learned across the manifest's pages of the same site, so the
 * first page of a site gains as much as the last. Two passes: every page is cleaned with an empty
 * memory, which removes nothing and tells what the page holds; then each site's memory is
 * learned from all its pages (an in-memory store, for this batch only), and the pages it would
 * change are cleaned again with it. The others keep their first-pass output, which is what the
 * second pass would give.
 *
 * The passes only schedule: `run` does the cleaning, in this process or in a worker (the memory
 * is plain JSON, so it can be posted).
 */
import { emptyMemory } from '../core/site-memory/learn.ts';
import { mayRemove } from '../core/site-memory/decide.ts';
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

/**
 * Runs `count` pages in two passes (see above) and returns their output lines in page order.
 * @param run cleans page `index` with `memory`, the site's memory (empty in the first pass).
 */
export async function runWithSiteMemory(count: number, run: (index: number, memory: SiteMemory) => Promise<PagePass>): Promise<string[]> {
  const first: PagePass[] = [];
  for (let i = 0; i < count; i++) first.push(await run(i, emptyMemory()));
  const store = new MapStore(BATCH_LIMITS, Number.POSITIVE_INFINITY);
  for (const page of first) if (page.site && page.observed) await store.observe(page.site, page.observed);
  const lines: string[] = [];
  for (const [i, page] of first.entries()) {
    const memory = page.site && page.observed ? await store.load(page.site) : undefined;
    lines.push(memory && page.observed && mayRemove(page.observed, memory) ? (await run(i, memory)).line : page.line);
  }
  return lines;
}
