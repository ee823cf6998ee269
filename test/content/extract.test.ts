// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractResponse } from '../../src/shared/messages.ts';
import { cleanDocument } from '../../src/core/clean.ts';
import { HOST_TAG } from '../../src/content/reader/reader-view.ts';
import { ARTICLE_URL, loadArticle } from './article-fixture.ts';
import { fake } from './fake-browser.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./fake-browser.ts')).fake.browser }));
// The real core, counted: a reused answer is one the core did not clean again.
vi.mock('../../src/core/clean.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/clean.ts')>();
  return { ...actual, cleanDocument: vi.fn(actual.cleanDocument) };
});

/** Runs the entry script as a fresh injection would (module state reset, page world kept). */
async function inject(): Promise<void> {
  vi.resetModules();
  await import('../../src/content/extract.ts');
}

describe('extract.ts (on-demand content script)', () => {
  beforeEach(() => {
    fake.reset({ settings: { schemaVersion: 1, userSelectors: ['.penulis'] } });
    delete window.__bersihExtractor;
    delete window.__bersihExtractNow;
    delete window.__bersihReader;
    window.history.replaceState(null, '', ARTICLE_URL.replace('https://news.contoh.co.id', ''));
    loadArticle();
    const author = document.createElement('p');
    author.className = 'penulis';
    author.textContent = 'Penulis: Rina Wijaya';
    document.querySelector('article')!.append(author);
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('registers one listener however often it is injected', async () => {
    await inject();
    await inject();
    expect(fake.listeners).toHaveLength(1);
  });

  it('registers again after an extension update orphaned the first instance', async () => {
    await inject();
    expect(window.__bersihExtractor?.()).toBe(true);
    // What the old instance sees once the extension is updated: no runtime id.
    fake.browser.runtime.id = undefined;
    expect(window.__bersihExtractor?.()).toBe(false);
    fake.listeners.length = 0; // the orphan's listener no longer receives anything
    await inject();
    expect(fake.listeners).toHaveLength(1);
    fake.browser.runtime.id = 'bersih-test';
    expect(((await fake.deliver({ type: 'extract' })) as ExtractResponse).ok).toBe(true);
  });

  it('answers extract with the cleaned article, applying the user rules from the settings', async () => {
    await inject();
    const response = (await fake.deliver({ type: 'extract' })) as ExtractResponse;
    if (!response.ok) throw new Error(`expected an article, got ${response.reason}`);
    expect(response.article.text).toContain('Hujan deras');
    expect(response.article.text).not.toContain('Penulis: Rina Wijaya');
    expect(response.article.removed.map((r) => r.category)).toContain('user');
  });

  it('answers extract when asked by the line injected after it (content/extract-now.js), as by the message', async () => {
    await inject();
    const now = window.__bersihExtractNow;
    if (!now) throw new Error('the live extractor set no __bersihExtractNow');
    const response = await now();
    if (!response.ok) throw new Error(`expected an article, got ${response.reason}`);
    expect(response.article.text).toContain('Hujan deras');
    expect(response.article.text).not.toContain('Penulis: Rina Wijaya');
    // A second injection (the popup opened again) leaves the live instance's answerer in place.
    await inject();
    expect(window.__bersihExtractNow).toBe(now);
  });

  it('answers extractSelection', async () => {
    await inject();
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('article')!);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    const response = (await fake.deliver({ type: 'extractSelection' })) as ExtractResponse;
    expect(response.ok).toBe(true);
  });

  it('leaves the tidy messages to the auto-clean script', async () => {
    await inject();
    expect(await fake.deliver({ type: 'tidyStatus' })).toBeUndefined();
    expect(await fake.deliver({ type: 'setTidyActive', active: false })).toBeUndefined();
  });

  it('openReader loads the reader script once, then opens one overlay, however often it is asked', async () => {
    const sendMessage = vi.spyOn(fake.browser.runtime, 'sendMessage').mockImplementation(async (message) => {
      // The background injects content/reader.js, which provides the reader.
      if ((message as { type?: string }).type === 'loadReader') await import('../../src/content/reader.ts');
      return { ok: true } as never;
    });
    await inject();
    expect(await fake.deliver({ type: 'openReader' })).toEqual({ opened: true });
    expect(await fake.deliver({ type: 'openReader' })).toEqual({ opened: true });
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(sendMessage.mock.calls.filter(([m]) => (m as { type?: string }).type === 'loadReader')).toHaveLength(1);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  it('openReader says why when the reader script cannot load, and opens nothing', async () => {
    vi.spyOn(fake.browser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'Cannot access contents of the page' } as never);
    await inject();
    await expect(fake.deliver({ type: 'openReader' })).rejects.toThrow('The reader view could not load: Cannot access contents of the page');
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  it('openReader reports {opened: false} where there is no article', async () => {
    document.body.replaceChildren();
    await inject();
    expect(await fake.deliver({ type: 'openReader' })).toEqual({ opened: false });
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  describe('a second extract on the same page (the popup opened again)', () => {
    async function extractTwice(between: () => void | Promise<void>): Promise<[ExtractResponse, ExtractResponse]> {
      await inject();
      const first = (await fake.deliver({ type: 'extract' })) as ExtractResponse;
      await between();
      return [first, (await fake.deliver({ type: 'extract' })) as ExtractResponse];
    }

    beforeEach(() => {
      vi.mocked(cleanDocument).mockClear();
    });

    it('answers again with the same article without cleaning the page again', async () => {
      const [first, second] = await extractTwice(() => {});
      expect(second).toEqual(first);
      expect(cleanDocument).toHaveBeenCalledTimes(1);
    });

    it('cleans again when the page changed, even just before the request', async () => {
      const [, second] = await extractTwice(() => {
        document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'Paragraf yang baru ditambahkan oleh halaman.' }));
      });
      if (!second.ok) throw new Error(`expected an article, got ${second.reason}`);
      expect(second.article.text).toContain('Paragraf yang baru ditambahkan');
      expect(cleanDocument).toHaveBeenCalledTimes(2);
    });

    it('cleans again when the user rules changed', async () => {
      const [first, second] = await extractTwice(() => {
        fake.store.settings = { schemaVersion: 1, userSelectors: [] };
      });
      if (!first.ok || !second.ok) throw new Error('expected two articles');
      expect(first.article.removed.map((r) => r.category)).toContain('user');
      expect(second.article.removed.map((r) => r.category)).not.toContain('user');
      expect(cleanDocument).toHaveBeenCalledTimes(2);
    });

    it('cleans again when the site memory changed (here: forgotten)', async () => {
      const [, second] = await extractTwice(async () => {
        // The answer goes out before the memory learns from the page: forgotten after that.
        await vi.waitFor(() => expect(Object.keys(fake.store).some((key) => key.startsWith('siteMemory:'))).toBe(true));
        await new Promise((settled) => setTimeout(settled, 0));
        const memoryKeys = Object.keys(fake.store).filter((key) => key.startsWith('siteMemory:'));
        expect(memoryKeys).not.toHaveLength(0);
        for (const key of memoryKeys) delete fake.store[key];
      });
      expect(second.ok).toBe(true);
      expect(cleanDocument).toHaveBeenCalledTimes(2);
    });

    it('opens the reader on the answer the popup just had without cleaning the page again, and cleans when the page changed', async () => {
      vi.spyOn(fake.browser.runtime, 'sendMessage').mockImplementation(async (message) => {
        if ((message as { type?: string }).type === 'loadReader') await import('../../src/content/reader.ts');
        return { ok: true } as never;
      });
      await inject();
      await fake.deliver({ type: 'extract' });
      expect(await fake.deliver({ type: 'openReader' })).toEqual({ opened: true });
      expect(cleanDocument).toHaveBeenCalledTimes(1);
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      // The overlay's coming and going changed the page: the next reader cleans it afresh.
      expect(await fake.deliver({ type: 'openReader' })).toEqual({ opened: true });
      expect(cleanDocument).toHaveBeenCalledTimes(2);
    });

    it('cleans again when asked for a fresh or an unbounded extraction', async () => {
      await inject();
      await fake.deliver({ type: 'extract' });
      await fake.deliver({ type: 'extract', fresh: true });
      await fake.deliver({ type: 'extract', unbounded: true });
      expect(cleanDocument).toHaveBeenCalledTimes(3);
    });
  });
});
