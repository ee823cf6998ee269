/**
 * Site memory's data: what is kept per site (fingerprints only, never text) and what one
 * extraction observes. Plain JSON, so `storage.local` and a Map hold it as it is.
 */

/** What the memory knows of one block text on one site. */
export interface BlockRecord {
  /** Identities of the last few different articles the block was seen on, newest last. */
  a: string[];
  /** When it was last seen (the store's clock: ms since the epoch, or a batch's counter). */
  t: number;
}

/** What the memory knows of one article: enough to tell it from another, or see it again. */
export interface ArticleRecord {
  /** Fingerprints of its longest prose blocks. */
  p: string[];
  t: number;
}

/** The memory of one site. */
export interface SiteMemory {
  /** Block fingerprint → where it was seen. */
  blocks: Record<string, BlockRecord>;
  /** Article identity → its prose, so an edited article (one paragraph added) is not taken for another. */
  articles: Record<string, ArticleRecord>;
}

/** What one extraction saw: the article's identity and prose, and its other blocks' fingerprints. */
export interface SiteObservations {
  article: string;
  /** Fingerprints of the article's longest prose blocks (at most `PROSE_PRINTS`). */
  prose: string[];
  blocks: string[];
}

/** How many prose fingerprints identify an article. */
export const PROSE_PRINTS = 8;

/** One candidate block, reduced to what the decision needs. */
export interface BlockPrint {
  /** Fingerprint of the block's normalised text. */
  fp: string;
  /** Part of the article's prose: never removed, never learned. */
  prose: boolean;
  /** 1–6 for h1–h6, 0 for any other block. */
  heading: number;
}

export interface MemoryLimits {
  /** Blocks kept per site; the least recently seen go first (see `learn`). */
  blocksPerSite: number;
  /** Articles kept per site, the least recently read going first. */
  articlesPerSite: number;
  /** Article identities kept per block: two different ones are all the decision needs. */
  articlesPerBlock: number;
}

export const DEFAULT_LIMITS: Readonly<MemoryLimits> = Object.freeze({ blocksPerSite: 300, articlesPerSite: 40, articlesPerBlock: 2 });

/**
 * How many sites a store keeps before it forgets the least recently read one. With the default
 * limits a full site takes under 30 KB of JSON (300 blocks of ~70 bytes, 40 articles of ~150),
 * so the whole memory stays under 2 MB of `storage.local`'s 10 MB quota, which the settings share.
 */
export const MAX_SITES = 60;
