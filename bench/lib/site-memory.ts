/**
 * `npm run eval -- --memory`: our pipeline once more per page with site memory, learned as a
 * reader would learn it: the pages of each corpus in order, each cleaned with what the pages of
 * its site before it taught, then taught to the memory. One memory per corpus, an in-memory
 * store (`MapStore`), the site taken from the page's own URL.
 */
import { MapStore, siteKey, type SiteMemoryStore } from '../../src/core/site-memory/index.ts';
import type { Extraction } from './systems.ts';

type CoreModule = typeof import('../../src/core/index.ts');

/** The memory-on system: one learning store per corpus, and what it removed. */
export class EvalMemory {
  #store: SiteMemoryStore = new MapStore(undefined, Number.POSITIVE_INFINITY);
  #corpus = '';
  /** Blocks removed by the memory, and the pages they came off, over the whole run. */
  removed = 0;
  pages = 0;

  /**
   * Cleans `doc` with the memory of `url`'s site as learned so far in `corpus`, then learns
   * from it. `cleanUrl` is what the core is told (a neutral one in a mode without site profiles).
   */
  async run(core: CoreModule, doc: Document, corpus: string, url: string, cleanUrl: string = url): Promise<Extraction> {
    if (corpus !== this.#corpus) {
      this.#corpus = corpus;
      this.#store = new MapStore(undefined, Number.POSITIVE_INFINITY);
    }
    // A page without a URL gets a stand-in on example.invalid (lib/corpus.ts): no site to learn.
    const site = /\.invalid$/.test(new URL(url).hostname) ? null : siteKey(url);
    const siteMemory = (site && (await this.#store.load(site))) || { blocks: {}, articles: {} };
    const start = performance.now();
    try {
      const result = core.cleanDocument(doc, { url: cleanUrl, siteMemory });
      const ms = performance.now() - start;
      if (site && result?.siteMemory) await this.#store.observe(site, result.siteMemory);
      const removed = result?.removed.filter((r) => r.category === 'template').length ?? 0;
      this.removed += removed;
      if (removed > 0) this.pages++;
      return { text: result ? result.text : '', ms };
    } catch (e) {
      return { text: '', ms: performance.now() - start, error: (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '' };
    }
  }

  /** One line for the end of the report. */
  summary(): string {
    return `eval: site memory removed ${this.removed} blocks from ${this.pages} pages`;
  }
}
