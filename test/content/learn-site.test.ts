import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MapStore, SITE_MEMORY_RULE, type SiteMemoryStore } from '../../src/core/site-memory/index.ts';
import { extractThenLearn, pageOptions } from '../../src/content/learn-site.ts';
import type { ExtractResponse } from '../../src/shared/messages.ts';
import { fake } from './fake-browser.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./fake-browser.ts')).fake.browser }));

/** `extractThenLearn`, answering once the store has learned from the page. */
async function extractLearning(...args: Parameters<typeof extractThenLearn>): Promise<ExtractResponse> {
  const { response, learned } = await extractThenLearn(...args);
  await learned;
  return response;
}

const DIR = join(import.meta.dirname, '../fixtures/site-memory');

function page(name: string, url?: string): { doc: Document; url: string } {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  const origin = url ?? /url: (\S+)/.exec(html)![1]!;
  return { doc: new JSDOM(html, { url: origin }).window.document, url: origin };
}

async function extract(name: string, siteMemory: boolean, store?: SiteMemoryStore, url?: string): Promise<ExtractResponse> {
  const p = page(name, url);
  return extractLearning(p.doc, { url: p.url }, { siteMemory }, store);
}

function memoryRemovals(response: ExtractResponse): string[] {
  if (!response.ok) throw new Error(`expected an article, got ${response.reason}`);
  return response.article.removed.filter((r) => r.rule === SITE_MEMORY_RULE.id).map((r) => r.text);
}

describe('extractLearning (the extension reading with site memory)', () => {
  beforeEach(() => fake.reset());

  it('learns in storage.local as pages are read, and removes the template from the next article', async () => {
    expect(memoryRemovals(await extract('article-a', true))).toEqual([]);
    expect(fake.store['siteMemory:contoh.co.id']).toMatchObject({ blocks: expect.any(Object), articles: expect.any(Object) });
    expect(fake.store.siteMemoryIndex).toEqual({ 'contoh.co.id': expect.any(Number) });
    const second = await extract('article-b', true);
    expect(memoryRemovals(second)).toContain('Warta Contoh hadir untuk Anda sejak 1998, tepercaya dan independen.');
    // The observations stay in the content script: the popup gets the article only.
    expect(second.ok && 'siteMemory' in second.article).toBe(false);
  });

  it('neither learns nor removes when switched off', async () => {
    await extract('article-a', false);
    expect(memoryRemovals(await extract('article-b', false))).toEqual([]);
    expect(fake.store).toEqual({});
  });

  it('keeps no memory for a page that is no http(s) site', async () => {
    const store = new MapStore();
    await extract('article-a', true, store, 'file:///home/rina/a.html');
    expect(await store.sites()).toEqual([]);
  });

  it('still gives the article when the store cannot be read or written', async () => {
    const broken: SiteMemoryStore = {
      load: () => Promise.reject(new Error('no storage')),
      observe: () => Promise.reject(new Error('no storage')),
      forget: () => Promise.resolve(),
      sites: () => Promise.resolve([]),
    };
    const response = await extract('article-a', true, broken);
    expect(response.ok && response.article.text).toContain('Air yang merendam ratusan rumah');
  });

  it('answers before the store has learned, and says when it has', async () => {
    let write: () => void = () => {};
    const store = new MapStore();
    const observe = store.observe.bind(store);
    store.observe = (site, observed) => new Promise<void>((done) => (write = () => void observe(site, observed).then(done)));
    const p = page('article-a');
    const { response, learned } = await extractThenLearn(p.doc, { url: p.url }, { siteMemory: true }, store);
    expect(response.ok && response.article.text).toContain('Air yang merendam ratusan rumah');
    expect(await store.sites()).toEqual([]);
    write();
    await learned;
    expect(await store.sites()).toEqual(['contoh.co.id']);
  });
});

describe('pageOptions (settings and site memory, read together)', () => {
  beforeEach(() => fake.reset());

  it("gives the user's rules and the site's memory", async () => {
    const store = new MapStore();
    await extract('article-a', true, store);
    fake.store.settings = { schemaVersion: 1, userSelectors: ['.iklan'] };
    const { settings, options } = await pageOptions('https://contoh.co.id/b', store);
    expect(settings.userSelectors).toEqual(['.iklan']);
    expect(options).toMatchObject({ url: 'https://contoh.co.id/b', userRules: { selectors: ['.iklan'], phrases: [] } });
    expect(options.siteMemory).toEqual(await store.load('contoh.co.id'));
  });

  it('leaves the memory out when it is switched off, or when it cannot be read', async () => {
    const store = new MapStore();
    await extract('article-a', true, store);
    fake.store.settings = { schemaVersion: 1, siteMemory: false };
    expect((await pageOptions('https://contoh.co.id/b', store)).options.siteMemory).toBeUndefined();
    fake.store.settings = { schemaVersion: 1 };
    const broken: SiteMemoryStore = { load: () => Promise.reject(new Error('no storage')), observe: () => Promise.resolve(), forget: () => Promise.resolve(), sites: () => Promise.resolve([]) };
    expect((await pageOptions('https://contoh.co.id/b', broken)).options.siteMemory).toMatchObject({ blocks: {} });
  });
});
