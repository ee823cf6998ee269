/**
 * The `openReader` answer in the extraction script: extract the page, then hand the article to
 * the reader view, which lives in its own script (`content/reader.js`, ./show-reader.ts) that the
 * background runs here the first time (./reader-loader.ts). The load starts with the extraction,
 * so it costs no extra wait; a reader that cannot load rejects with the reason.
 */
import type { CleanResult } from '../../core/types.ts';
import type { PageSettings } from '../../shared/settings.ts';
import { cleanOptions, pageSettingsOrDefaults } from '../page-options.ts';
import { keptExtraction, optionsStamp } from '../extract-cache.ts';
import { extractThenLearn, withSiteMemory } from '../learn-site.ts';
import { joinedArticle } from '../pages/page-joiner.ts';
import { loadedReader, loadReader } from './reader-loader.ts';

/**
 * The page's article with its other pages when the popup had them joined, else the popup's answer
 * of a moment ago while the page and the options are unchanged (../extract-cache.ts: the reader
 * opened from the popup cleans nothing again), else page 1 extracted.
 */
async function articleOf(doc: Document, settings: PageSettings): Promise<CleanResult | null> {
  const joined = joinedArticle(doc.URL);
  if (joined) return joined;
  const stamp = optionsStamp(await withSiteMemory(cleanOptions(settings, doc.URL), settings));
  const kept = await keptExtraction(doc.URL, stamp);
  if (kept?.response.ok) return kept.response.article;
  // The reader opens before the site memory has learned from the page.
  const { response } = await extractThenLearn(doc, cleanOptions(settings, doc.URL), settings);
  return response.ok ? response.article : null;
}

/** The open overlay's answer (reading aloud when `listen`), or null when none is open. */
function again(listen: boolean): { opened: boolean } | null {
  const view = loadedReader()?.current();
  if (!view) return null;
  if (listen) view.listen();
  return { opened: true };
}

/**
 * Extracts `doc`'s article and opens the reader view on it; `{opened: false}` when there is none.
 * `listen` (the popup's Listen) starts reading it aloud, in an overlay already open too.
 */
export async function openReader(doc: Document, { listen = false }: { listen?: boolean } = {}): Promise<{ opened: boolean }> {
  const shown = again(listen);
  if (shown) return shown;
  const reader = loadReader();
  // Awaited below only when there is an article; without one, nobody needs the reader.
  reader.catch(() => {});
  const settings = await pageSettingsOrDefaults();
  const article = await articleOf(doc, settings);
  const later = again(listen);
  if (later) return later;
  if (!article) return { opened: false };
  // The reader reads its look from the settings itself (content/reader.js).
  return (await reader).show(doc, article, listen);
}
