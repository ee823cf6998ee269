/**
 * Extraction with site memory, for the popup's `extract` and the reader view: the page's site
 * memory goes into the core, the core's observations go back into the store. Off in the
 * settings, or on a page with no http(s) site (a file), it is the plain extraction. A store that
 * cannot be read or written (the extension was updated under this page) costs the memory, never
 * the article.
 */
import { emptyMemory } from '../core/site-memory/learn.ts';
import { siteKey } from '../core/site-memory/site-key.ts';
import type { SiteMemoryStore } from '../core/site-memory/store.ts';
import type { SiteMemory } from '../core/site-memory/types.ts';
import type { CleanOptions } from '../core/types.ts';
import type { ExtractResponse } from '../shared/messages.ts';
import { storageMemoryStore } from '../shared/site-memory-store.ts';
import type { PageSettings, Settings } from '../shared/settings.ts';
import { extractArticle } from './extract-article.ts';
import { cleanOptions, pageSettingsOrDefaults } from './page-options.ts';

/** An extraction's answer, and the site memory's lesson from it, written after the answer. */
export interface Extracted {
  response: ExtractResponse;
  /** Settles once the store has learned from this page (never rejects; nothing to learn: at once). */
  learned: Promise<void>;
}

/**
 * Extracts `doc` with `options`, using and teaching the memory of the site of `options.url`
 * when `settings.siteMemory` is on. The response carries no observations, and is ready before
 * the store is written (`learned`): the popup need not wait for a storage write (issue 17).
 * `budgetMs` is extractArticle's (null: unbounded, for "Try anyway").
 */
export async function extractThenLearn(
  doc: Document,
  options: CleanOptions,
  settings: Pick<Settings, 'siteMemory'>,
  store: SiteMemoryStore = storageMemoryStore(),
  budgetMs?: number | null,
): Promise<Extracted> {
  const nothing = Promise.resolve();
  const site = settings.siteMemory ? siteKey(options.url ?? doc.URL) : null;
  if (!site) return { response: extractArticle(doc, options, undefined, budgetMs), learned: nothing };
  // A caller that loaded the memory already (to clean the article's other pages with it) passes it.
  const withMemory = options.siteMemory ? options : await withSiteMemory(options, settings, store, doc.URL);
  const response = extractArticle(doc, withMemory, undefined, budgetMs);
  if (!response.ok) return { response, learned: nothing };
  const { siteMemory: observed, ...article } = response.article;
  const learned = observed ? store.observe(site, observed).catch(() => undefined) : nothing;
  return { response: { ok: true, article }, learned };
}

/**
 * The settings and the core options for the page at `url`, its site's memory included when
 * `settings.siteMemory` is on. The memory is read at the same time as the settings, not after
 * them (one storage round trip less before the popup's extraction; unused when memory is off).
 */
export async function pageOptions(
  url: string,
  store: SiteMemoryStore = storageMemoryStore(),
): Promise<{ settings: PageSettings; options: CleanOptions }> {
  const site = siteKey(url);
  const [settings, memory] = await Promise.all([pageSettingsOrDefaults(), site && memoryOf(site, store)]);
  const options = cleanOptions(settings, url);
  return { settings, options: settings.siteMemory && memory ? { ...options, siteMemory: memory } : options };
}

/** The memory of `site`; empty when there is none yet, or when the store cannot be read. */
function memoryOf(site: string, store: SiteMemoryStore): Promise<SiteMemory> {
  return store.load(site).then((memory) => memory ?? emptyMemory(), emptyMemory);
}

/**
 * `options` with the memory of the site of `options.url` (or `fallbackUrl`) when
 * `settings.siteMemory` is on: for the pages joined to an article, which use the memory as page 1
 * does but teach it nothing (an article's own pages repeat its headline and lead, which are not
 * the site's template).
 */
export async function withSiteMemory(
  options: CleanOptions,
  settings: Pick<Settings, 'siteMemory'>,
  store: SiteMemoryStore = storageMemoryStore(),
  fallbackUrl = '',
): Promise<CleanOptions> {
  const site = settings.siteMemory ? siteKey(options.url ?? fallbackUrl) : null;
  return site ? { ...options, siteMemory: await memoryOf(site, store) } : options;
}
