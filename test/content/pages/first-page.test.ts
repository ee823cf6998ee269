/**
 * Page 1 for the joiner: the popup's extraction is reused, not cleaned again, and the other
 * pages are cleaned with the site's memory like page 1 (which they do not teach).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MapStore, SITE_MEMORY_RULE } from '../../../src/core/site-memory/index.ts';
import { extractThenLearn, withSiteMemory } from '../../../src/content/learn-site.ts';
import { firstPageOf, keepFirstPage, startJoining } from '../../../src/content/pages/first-page.ts';
import { resetJoiner, whenJoined } from '../../../src/content/pages/page-joiner.ts';
import type { ExtractResponse, PagesStatus } from '../../../src/shared/messages.ts';
import { fake } from '../fake-browser.ts';

vi.mock('../../../src/shared/browser.ts', async () => ({ browser: (await import('../fake-browser.ts')).fake.browser }));

/** `extractThenLearn`, answering once the store has learned from the page. */
async function extractLearning(...args: Parameters<typeof extractThenLearn>): Promise<ExtractResponse> {
  const { response, learned } = await extractThenLearn(...args);
  await learned;
  return response;
}

const DIR = join(import.meta.dirname, '../../fixtures/site-memory');
const URL1 = 'https://warta.contoh.co.id/daerah/2024/05/03/bendungan-dilanjutkan';
const URL2 = `${URL1}?page=2`;
const SLOGAN = 'Warta Contoh hadir untuk Anda sejak 1998, tepercaya dan independen.';
const SETTINGS = { siteMemory: true, userSelectors: [], userPhrases: [] };

function fixture(name: string): string {
  return readFileSync(join(DIR, `${name}.html`), 'utf8');
}

/** Page 1: article-b with a link to its page 2; page 2: article-c's text at `?page=2`. */
function pages(): { doc: Document; fetchDoc: (url: string) => Promise<Document>; fetched: string[] } {
  const one = fixture('article-b').replace('</article>', '<div class="pagination"><a href="?page=2">2</a></div></article>');
  const doc = new JSDOM(one, { url: URL1 }).window.document;
  const fetched: string[] = [];
  const fetchDoc = (url: string): Promise<Document> => {
    fetched.push(url);
    return url === URL2 ? Promise.resolve(new JSDOM(fixture('article-c'), { url }).window.document) : Promise.reject(new Error('HTTP 404'));
  };
  return { doc, fetchDoc, fetched };
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

async function joined(status: PagesStatus | null): Promise<PagesStatus> {
  expect(status).not.toBeNull();
  const done = await whenJoined(URL1);
  if (!done) throw new Error('the joining did not start');
  return done;
}

describe('startJoining', () => {
  beforeEach(() => fake.reset());
  afterEach(() => {
    resetJoiner();
    keepFirstPage('', { ok: false, reason: 'no-article' });
  });

  it('reuses the page 1 the popup extracted instead of cleaning the page again', async () => {
    const { doc, fetchDoc } = pages();
    const response = await extractLearning(doc, { url: URL1 }, { siteMemory: false });
    if (!response.ok) throw new Error('page 1 has an article');
    // A marked copy: had page 1 been cleaned again, the mark would be gone.
    const marked = { ...response.article, html: `<div><p>KEPT PAGE ONE.</p>${response.article.html}</div>` };
    keepFirstPage(URL1, { ok: true, article: marked });
    const done = await joined(await startJoining(doc, URL1, { ...SETTINGS, siteMemory: false }, new MapStore(), { fetchDoc }));
    expect(done.pages).toEqual([1, 2]);
    expect(done.article.text).toContain('KEPT PAGE ONE.');
    expect(firstPageOf(URL1)).toBe(marked);
    expect(firstPageOf('https://warta.contoh.co.id/other')).toBeNull();
  });

  it('cleans page 1 itself, once, when no extraction was kept, and fetches nothing for a one-page article', async () => {
    const single = new JSDOM(fixture('article-b'), { url: URL1 }).window.document;
    const none = pages();
    expect(await startJoining(single, URL1, SETTINGS, new MapStore(), { fetchDoc: none.fetchDoc })).toBeNull();
    expect(none.fetched).toEqual([]);
    expect(firstPageOf(URL1)).toBeNull();
    const { doc, fetchDoc, fetched } = pages();
    const done = await joined(await startJoining(doc, URL1, SETTINGS, new MapStore(), { fetchDoc }));
    expect(done.pages).toEqual([1, 2]);
    expect(fetched).toEqual([URL2]);
    expect(firstPageOf(URL1)?.text).toContain('bendungan');
    expect('siteMemory' in done.article).toBe(false);
  });

  it('cleans the other pages with the site memory, as the single-page path does, and teaches it nothing', async () => {
    const store = new MapStore();
    const other = fixture('article-a');
    const url = /url: (\S+)/.exec(other)![1]!;
    await extractLearning(new JSDOM(other, { url }).window.document, { url }, SETTINGS, store);
    const before = JSON.stringify(await store.load('contoh.co.id'));
    const { doc, fetchDoc } = pages();
    const done = await joined(await startJoining(doc, URL1, SETTINGS, store, { fetchDoc }));
    expect(done.pages).toEqual([1, 2]);
    expect(occurrences(done.article.text, SLOGAN)).toBe(0);
    expect(done.article.removed.filter((r) => r.rule === SITE_MEMORY_RULE.id && r.text === SLOGAN)).toHaveLength(2);
    expect(JSON.stringify(await store.load('contoh.co.id'))).toBe(before);
  });

  it('cleans the other pages with the memory page 1 was cleaned with, not with what page 1 just taught it', async () => {
    const store = new MapStore();
    const { doc, fetchDoc } = pages();
    // What extract.ts does: the memory is loaded once, page 1 is extracted (and teaches it), both kept.
    const options = await withSiteMemory({ url: URL1 }, SETTINGS, store);
    keepFirstPage(URL1, await extractLearning(doc, options, SETTINGS, store), options);
    expect(JSON.stringify(await store.load('contoh.co.id'))).not.toBe(JSON.stringify(options.siteMemory));
    const done = await joined(await startJoining(doc, URL1, SETTINGS, store, { fetchDoc }));
    // Page 2 repeats page 1's slogan; page 1 alone must not make it the site's template.
    expect(done.article.removed.filter((r) => r.rule === SITE_MEMORY_RULE.id)).toEqual([]);
    expect(occurrences(done.article.text, SLOGAN)).toBe(2);
  });

  it('keeps the site memory out when it is switched off', async () => {
    const store = new MapStore();
    const other = fixture('article-a');
    const url = /url: (\S+)/.exec(other)![1]!;
    await extractLearning(new JSDOM(other, { url }).window.document, { url }, SETTINGS, store);
    const { doc, fetchDoc } = pages();
    const done = await joined(await startJoining(doc, URL1, { ...SETTINGS, siteMemory: false }, store, { fetchDoc }));
    expect(occurrences(done.article.text, SLOGAN)).toBe(2);
  });
});
