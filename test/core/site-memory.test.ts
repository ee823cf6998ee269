import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/core/clean.ts';
import {
  candidateBlocks, DEFAULT_LIMITS, emptyMemory, hashText, learn, MapStore, readMemory, siteKey, SITE_MEMORY_RULE, sitesToForget, templateVerdicts,
  type BlockPrint, type SiteMemory,
} from '../../src/core/site-memory/index.ts';
import type { CleanResult } from '../../src/core/types.ts';
import { FIXTURES_DIR } from './fixtures.ts';

/** A page of the fake outlet in test/fixtures/site-memory, parsed at its URL (or `url`). */
function page(name: string, url?: string): Document {
  const html = readFileSync(join(FIXTURES_DIR, 'site-memory', `${name}.html`), 'utf8');
  const origin = url ?? /url: (\S+)/.exec(html)?.[1];
  return new JSDOM(html, { url: origin }).window.document;
}

function clean(doc: Document, memory: SiteMemory): CleanResult {
  const result = cleanDocument(doc, { siteMemory: memory });
  if (!result) throw new Error('no article');
  return result;
}

/** Reads `names` in order, as someone would, and returns each cleaned page and the memory after it. */
function read(...names: string[]): { results: CleanResult[]; memory: SiteMemory } {
  let memory = emptyMemory();
  const results = names.map((name, i) => {
    const result = clean(page(name), memory);
    if (result.siteMemory) memory = learn(memory, result.siteMemory, i + 1);
    return result;
  });
  return { results, memory };
}

const memoryRemovals = (result: CleanResult): string[] =>
  result.removed.filter((r) => r.rule === SITE_MEMORY_RULE.id).map((r) => r.text);

describe('site memory in the pipeline', () => {
  it('removes nothing from the first article of a site, and learns its blocks', () => {
    const { results } = read('article-a');
    const first = results[0]!;
    expect(memoryRemovals(first)).toEqual([]);
    expect(first.text).toContain('Warta Contoh hadir untuk Anda sejak 1998');
    expect(first.siteMemory?.blocks.length).toBeGreaterThan(3);
  });

  it('removes the template blocks from a second article, reported with the rule and its category', () => {
    const { results } = read('article-a', 'article-b');
    const second = results[1]!;
    expect(memoryRemovals(second)).toEqual([
      'Warta Contoh hadir untuk Anda sejak 1998, tepercaya dan independen.',
      'Tentang Warta Contoh',
      'Redaksi Warta Contoh menerima tulisan pembaca setiap hari kerja.',
      'Foto: Dok. Warta Contoh',
    ]);
    const removal = second.removed.find((r) => r.rule === SITE_MEMORY_RULE.id);
    expect(removal).toMatchObject({ category: 'template', reason: SITE_MEMORY_RULE.note });
    expect(second.text).not.toContain('sejak 1998');
    expect(second.text).not.toContain('Tentang Warta Contoh');
    expect(second.text).toContain('Gubernur mengatakan kontraktor baru');
  });

  it('learns across the subdomains of one site (olahraga.warta… after warta…)', () => {
    const { results } = read('article-a', 'article-c');
    expect(siteKey('https://olahraga.warta.contoh.co.id/x')).toBe(siteKey('https://warta.contoh.co.id/y'));
    expect(memoryRemovals(results[1]!)).toContain('Foto: Dok. Warta Contoh');
  });

  it('never removes a prose paragraph, however often the site repeats it', () => {
    const { results } = read('article-a', 'article-b');
    expect(results[1]!.text).toContain('Sebagai latar belakang, proyek bendungan');
  });

  it('keeps a repeated heading when what it heads is the article’s own', () => {
    const { results } = read('article-a', 'article-b');
    expect(results[1]!.text).toContain('Sekolah kembali dibuka');
  });

  it('never removes a block seen on this article only, even under another address', () => {
    let memory = emptyMemory();
    const first = clean(page('article-a'), memory);
    memory = learn(memory, first.siteMemory!, 1);
    const again = clean(page('article-a', 'https://warta.contoh.co.id/daerah/2024/05/01/banjir-surut?utm_source=wa'), memory);
    expect(memoryRemovals(again)).toEqual([]);
    expect(again.text).toBe(first.text);
  });

  it('takes an edited version of an article (a paragraph added) for the same article', () => {
    let memory = emptyMemory();
    const first = clean(page('article-a'), memory);
    memory = learn(memory, first.siteMemory!, 1);
    const edited = page('article-a');
    const update = edited.createElement('p');
    update.textContent = 'Pembaruan: pada Rabu sore, petugas memastikan seluruh pengungsi sudah kembali ke rumah masing-masing dan dapur umum ditutup.';
    edited.querySelector('.isi')!.prepend(update);
    const again = clean(edited, memory);
    expect(again.siteMemory?.article).not.toBe(first.siteMemory?.article);
    expect(memoryRemovals(again)).toEqual([]);
  });

  it('walks a page whose form shadows the DOM properties it reads', () => {
    const doc = page('article-b');
    doc.querySelector('.isi')!.insertAdjacentHTML('beforeend',
      '<form><input name="tagName"><input name="children"><input name="textContent"><p>Isi formulir ini untuk berlangganan kabar.</p></form>');
    expect(() => clean(doc, read('article-a').memory)).not.toThrow();
    const root = new JSDOM('<div><form><input name="tagName"><input name="children"><p>Isi formulir ini untuk berlangganan.</p></form><p>Paragraf biasa.</p></div>')
      .window.document.querySelector('div')!;
    const texts = candidateBlocks(root).map((b) => b.element.textContent);
    expect(texts).toContain('Paragraf biasa.');
  });

  it('leaves the result as it was when no memory is given, and never changes the input', () => {
    const doc = page('article-b');
    const before = doc.documentElement.outerHTML;
    const plain = cleanDocument(doc)!;
    expect(plain.siteMemory).toBeUndefined();
    expect(plain.removed.some((r) => r.rule === SITE_MEMORY_RULE.id)).toBe(false);
    clean(doc, read('article-a').memory);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('candidateBlocks', () => {
  it('leaves out date lines (two articles of one day share them) and blocks with under three letters', () => {
    const root = new JSDOM('<div><p>15 Dec, 2025</p><p>Rabu, 01/05/2024 10:00 WIB</p><p>12</p><p>Ikuti kami di kanal WhatsApp</p></div>')
      .window.document.querySelector('div')!;
    expect(candidateBlocks(root).map((b) => b.element.textContent)).toEqual(['Ikuti kami di kanal WhatsApp']);
  });
});

describe('candidateBlocks and code or tables', () => {
  it('never offers code (lines repeat across a tutorial site) or a table cell', () => {
    const root = new JSDOM('<div><pre><div>import { useState } from "react";</div></pre><p>Teks <code>npm install</code> biasa.</p><table><tr><td>Nama</td><td><p>Harga per kilo</p></td></tr></table></div>')
      .window.document.querySelector('div')!;
    expect(candidateBlocks(root).map((b) => b.element.textContent)).toEqual(['Teks npm install biasa.', 'Harga per kilo']);
  });
});

describe('templateVerdicts', () => {
  const block = (fp: string, extra: Partial<BlockPrint> = {}): BlockPrint => ({ fp, prose: false, heading: 0, ...extra });
  const memory: SiteMemory = {
    blocks: { x: { a: ['other'], t: 1 }, h: { a: ['other'], t: 1 }, p: { a: ['other'], t: 1 }, mine: { a: ['me'], t: 1 }, edit: { a: ['me-v1'], t: 1 } },
    articles: { other: { p: ['o1', 'o2'], t: 1 }, 'me-v1': { p: ['m1', 'm2', 'm3'], t: 1 } },
  };
  const me = { article: 'me', prose: ['m1', 'm2', 'm3', 'm4'] };

  it('marks a block seen on another article, not one seen on this one only or never', () => {
    expect(templateVerdicts([block('x'), block('mine'), block('new')], memory, me)).toEqual([true, false, false]);
  });

  it('takes an earlier version of this article (half its prose shared) for this one', () => {
    expect(templateVerdicts([block('edit')], memory, me)).toEqual([false]);
    expect(templateVerdicts([block('edit')], memory, { article: 'new', prose: ['n1', 'n2', 'm1'] })).toEqual([true]);
  });

  it('never marks prose', () => {
    expect(templateVerdicts([block('p', { prose: true })], memory, me)).toEqual([false]);
  });

  it('marks a heading only with everything under it, up to the next heading of its level', () => {
    expect(templateVerdicts([block('h', { heading: 2 }), block('x'), block('new')], memory, me)).toEqual([false, true, false]);
    expect(templateVerdicts([block('h', { heading: 2 }), block('x'), block('new', { heading: 2 })], memory, me)).toEqual([true, true, false]);
    expect(templateVerdicts([block('h', { heading: 3 })], memory, me)).toEqual([true]);
  });

  it('ignores inherited object keys as fingerprints', () => {
    expect(templateVerdicts([block('constructor'), block('__proto__')], memory, me)).toEqual([false, false]);
  });
});

describe('learn', () => {
  it('keeps the newest article identities per block, without repeats', () => {
    let memory = learn(undefined, { article: 'a', prose: ['ap'], blocks: ['x'] }, 1);
    memory = learn(memory, { article: 'b', prose: ['bp'], blocks: ['x'] }, 2);
    memory = learn(memory, { article: 'b', prose: ['bp'], blocks: ['x'] }, 3);
    memory = learn(memory, { article: 'c', prose: ['cp'], blocks: ['x'] }, 4);
    expect(memory.blocks.x).toEqual({ a: ['b', 'c'], t: 4 });
    expect(memory.articles.c).toEqual({ p: ['cp'], t: 4 });
  });

  it('caps the blocks of a site, forgetting the least recently seen first', () => {
    const limits = { blocksPerSite: 3, articlesPerSite: 2, articlesPerBlock: 2 };
    let memory = learn(undefined, { article: 'a', prose: ['ap'], blocks: ['old', 'template'] }, 1, limits);
    memory = learn(memory, { article: 'b', prose: ['bp'], blocks: ['template', 'b1'] }, 2, limits);
    memory = learn(memory, { article: 'c', prose: ['cp'], blocks: ['template', 'c1'] }, 3, limits);
    expect(Object.keys(memory.blocks).sort()).toEqual(['b1', 'c1', 'template']);
    expect(memory.blocks.template?.a).toEqual(['b', 'c']);
    expect(Object.keys(memory.articles).sort()).toEqual(['b', 'c']);
  });

  it('keeps a busy site within the default caps, under 30 KB of JSON', () => {
    let memory: SiteMemory | undefined;
    const print = (n: number): string => hashText(`block ${n}`);
    for (let a = 0; a < 200; a++) {
      const blocks = [...Array(30).keys()].map((b) => print(a * 100 + b)).concat(print(-1), print(-2));
      memory = learn(memory, { article: print(-1000 - a), prose: [...Array(8).keys()].map((p) => print(-5000 - a * 10 - p)), blocks }, 1_733_000_000_000 + a);
    }
    expect(Object.keys(memory!.blocks)).toHaveLength(DEFAULT_LIMITS.blocksPerSite);
    expect(Object.keys(memory!.articles)).toHaveLength(DEFAULT_LIMITS.articlesPerSite);
    // The template's two blocks, seen on every article, survive the churn.
    expect(memory!.blocks[print(-1)]?.a).toHaveLength(2);
    expect(JSON.stringify(memory).length).toBeLessThan(30_000);
  });

  it('does not change the memory it is given', () => {
    const before = learn(undefined, { article: 'a', prose: ['ap'], blocks: ['x'] }, 1);
    const copy = structuredClone(before);
    learn(before, { article: 'b', prose: ['bp'], blocks: ['x', 'y'] }, 2);
    expect(before).toEqual(copy);
  });

  it('reads stored values defensively', () => {
    expect(readMemory(null)).toEqual({ blocks: {}, articles: {} });
    expect(readMemory({ blocks: [1], articles: 'x' })).toEqual({ blocks: {}, articles: {} });
    expect(readMemory({
      blocks: { ok: { a: ['x', 3], t: 5 }, bad: { a: 'x', t: 1 }, none: { a: [], t: 1 }, nan: { a: ['x'], t: Number.NaN }, nul: null },
      articles: { x: { p: ['p1'], t: 5 }, y: { a: ['p1'], t: 5 } },
    })).toEqual({ blocks: { ok: { a: ['x'], t: 5 } }, articles: { x: { p: ['p1'], t: 5 } } });
  });

  it('names the least recently read sites to forget over the cap', () => {
    expect(sitesToForget({ a: 3, b: 1, c: 2 }, 2)).toEqual(['b']);
    expect(sitesToForget({ a: 3 }, 2)).toEqual([]);
  });
});

describe('MapStore', () => {
  it('keeps memory per site, caps the sites (least recently read go) and forgets on request', async () => {
    const store = new MapStore(undefined, 2);
    await store.observe('a.com', { article: '1', prose: ['1p'], blocks: ['x'] });
    await store.observe('b.com', { article: '2', prose: ['2p'], blocks: ['y'] });
    await store.observe('a.com', { article: '3', prose: ['3p'], blocks: ['x'] });
    await store.observe('c.com', { article: '4', prose: ['4p'], blocks: ['z'] });
    expect(await store.sites()).toEqual(['c.com', 'a.com']);
    expect((await store.load('a.com'))?.blocks.x?.a).toEqual(['1', '3']);
    expect(await store.load('b.com')).toBeUndefined();
    await store.forget('a.com');
    expect(await store.sites()).toEqual(['c.com']);
    await store.forget();
    expect(await store.sites()).toEqual([]);
  });
});

describe('siteKey', () => {
  it.each([
    ['https://news.detik.com/berita/1', 'detik.com'],
    ['https://www.kompas.com/read/1', 'kompas.com'],
    ['http://nasional.republika.co.id/berita/1', 'republika.co.id'],
    ['https://www.malaymail.com.my/x', 'malaymail.com.my'],
    ['https://kompas.id/baca/1', 'kompas.id'],
    ['https://alice.github.io/post', 'alice.github.io'],
    ['https://budi.blogspot.co.id/2024/05/a.html', 'budi.blogspot.co.id'],
    ['https://github.io/', 'github.io'],
    ['http://localhost:8080/a', 'localhost'],
    ['http://127.0.0.1/a', '127.0.0.1'],
    ['file:///tmp/a.html', null],
    ['about:blank', null],
    ['not a url', null],
  ])('%s → %s', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });
});
