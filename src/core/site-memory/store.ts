/**
 * The small store interface site memory sits behind, and the in-memory one (the CLI's, per batch;
 * the tests'). The extension's keeps the same shape in `storage.local` (src/shared/site-memory-store.ts).
 */
import { learn, sitesToForget } from './learn.ts';
import { DEFAULT_LIMITS, MAX_SITES, type MemoryLimits, type SiteMemory, type SiteObservations } from './types.ts';

export interface SiteMemoryStore {
  /** The memory of `site`, or undefined when there is none. */
  load(site: string): Promise<SiteMemory | undefined>;
  /** Adds one article's observations to the memory of `site` (capped; may forget other sites). */
  observe(site: string, observations: SiteObservations): Promise<void>;
  /** Forgets `site`, or every site when none is given. */
  forget(site?: string): Promise<void>;
  /** The sites remembered, most recently read first. */
  sites(): Promise<string[]>;
}

/** Site memory in a Map: nothing persists. Its clock is a counter, so a run is repeatable. */
export class MapStore implements SiteMemoryStore {
  readonly #memories = new Map<string, { memory: SiteMemory; t: number }>();
  #clock = 0;

  constructor(
    private readonly limits: MemoryLimits = DEFAULT_LIMITS,
    private readonly maxSites: number = MAX_SITES,
  ) {}

  load(site: string): Promise<SiteMemory | undefined> {
    return Promise.resolve(this.#memories.get(site)?.memory);
  }

  observe(site: string, observations: SiteObservations): Promise<void> {
    const t = ++this.#clock;
    this.#memories.set(site, { memory: learn(this.#memories.get(site)?.memory, observations, t, this.limits), t });
    const index = Object.fromEntries([...this.#memories].map(([s, m]) => [s, m.t]));
    for (const old of sitesToForget(index, this.maxSites)) this.#memories.delete(old);
    return Promise.resolve();
  }

  forget(site?: string): Promise<void> {
    if (site === undefined) this.#memories.clear();
    else this.#memories.delete(site);
    return Promise.resolve();
  }

  sites(): Promise<string[]> {
    return Promise.resolve([...this.#memories].sort((x, y) => y[1].t - x[1].t).map(([site]) => site));
  }
}
