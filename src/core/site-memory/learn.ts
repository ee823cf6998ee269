/**
 * Growing the memory, pure: a site's memory and one article's observations in, the next memory
 * out, capped. Least recently seen goes first: a template's blocks are seen again on every
 * article of the site and stay, one article's own blocks age out.
 */
import {
  DEFAULT_LIMITS, type ArticleRecord, type BlockRecord, type MemoryLimits, type SiteMemory, type SiteObservations,
} from './types.ts';

/** An empty memory. */
export function emptyMemory(): SiteMemory {
  return { blocks: {}, articles: {} };
}

/**
 * The memory after `observations`, seen at time `now`; `memory` is not changed. Keeps the
 * newest `limits.articlesPerBlock` article identities per block, and the most recently seen
 * `limits.blocksPerSite` blocks and `limits.articlesPerSite` articles.
 */
export function learn(
  memory: SiteMemory | undefined,
  observations: SiteObservations,
  now: number,
  limits: MemoryLimits = DEFAULT_LIMITS,
): SiteMemory {
  const { article } = observations;
  const blocks: Record<string, BlockRecord> = { ...memory?.blocks };
  for (const fp of observations.blocks) {
    const before = Object.hasOwn(blocks, fp) ? blocks[fp]?.a ?? [] : [];
    blocks[fp] = { a: [...before.filter((id) => id !== article), article].slice(-limits.articlesPerBlock), t: now };
  }
  const articles: Record<string, ArticleRecord> = { ...memory?.articles, [article]: { p: [...observations.prose], t: now } };
  return { blocks: newest(blocks, limits.blocksPerSite), articles: newest(articles, limits.articlesPerSite) };
}

/** The `max` most recently seen entries of `records`. */
function newest<R extends { t: number }>(records: Record<string, R>, max: number): Record<string, R> {
  const entries = Object.entries(records);
  if (entries.length <= max) return records;
  // A stable sort: among entries of the same time, the earlier-added go first.
  entries.sort((x, y) => x[1].t - y[1].t);
  return Object.fromEntries(entries.slice(entries.length - max));
}

function records<R>(raw: unknown, key: 'a' | 'p', make: (list: string[], t: number) => R): Record<string, R> {
  const out: Record<string, R> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [id, record] of Object.entries(raw as Record<string, unknown>)) {
    const fields = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
    const list = fields[key];
    const t = fields.t;
    if (!Array.isArray(list) || typeof t !== 'number' || !Number.isFinite(t)) continue;
    const strings = list.filter((s): s is string => typeof s === 'string');
    if (strings.length > 0) out[id] = make(strings, t);
  }
  return out;
}

/**
 * A stored value as a `SiteMemory`: anything that is not one becomes empty, bad records are
 * dropped. Storage can hold a value from an older build, or be edited by hand.
 */
export function readMemory(raw: unknown): SiteMemory {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    blocks: records(value.blocks, 'a', (a, t): BlockRecord => ({ a, t })),
    articles: records(value.articles, 'p', (p, t): ArticleRecord => ({ p, t })),
  };
}

/**
 * Which sites to forget so that at most `max` remain: the least recently read first.
 * @param index site → when it was last read.
 */
export function sitesToForget(index: Readonly<Record<string, number>>, max: number): string[] {
  const sites = Object.entries(index).sort((x, y) => x[1] - y[1]);
  return sites.slice(0, Math.max(0, sites.length - max)).map(([site]) => site);
}
