/**
 * Site memory: blocks whose text repeats across different articles of one site are its template.
 * The decision is pure (fingerprints in, verdicts out); the memory comes in as a snapshot and the
 * new observations go out, and a store (`storage.local` in the extension, a Map in the CLI) keeps them.
 */
export { applySiteMemory, SITE_MEMORY_RULE } from './apply.ts';
export { articlePrints, candidateBlocks, PROSE_CHARS, type CandidateBlock } from './blocks.ts';
export { mayRemove, observedPrints, templateVerdicts, type ArticlePrints } from './decide.ts';
export { hashText, normaliseBlockText } from './fingerprint.ts';
export { emptyMemory, learn, readMemory, sitesToForget } from './learn.ts';
export { siteKey } from './site-key.ts';
export { MapStore, type SiteMemoryStore } from './store.ts';
export { DEFAULT_LIMITS, MAX_SITES, PROSE_PRINTS, type ArticleRecord, type BlockPrint, type BlockRecord, type MemoryLimits, type SiteMemory, type SiteObservations } from './types.ts';
