/**
 * Joining cleaned pages, and the collector that walks them within limits: every paragraph of
 * every page once and in order, no inserts, no nav, repeated lead blocks kept once, page
 * boundaries marked, a loop bounded, a failing page noted.
 */
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import { joinPages, REPEATED_BLOCK_RULE } from '../../../src/core/pages/join.ts';
import { collectPages, type Collected } from '../../../src/core/pages/collect-pages.ts';
import { loadFixture, parseFixture } from '../fixtures.ts';
import { fixtureIo, fixturePages } from './page-fixtures.ts';

const LIMITS = { maxPages: 20, budgetMs: 30_000 };

async function collect(name: string, fail: Set<string> = new Set(), limits = LIMITS) {
  const fixture = loadFixture(name);
  const doc = parseFixture(fixture);
  const first = cleanDocument(doc)!;
  const io = fixtureIo(fixturePages(name), fail);
  const updates: Collected[] = [];
  const collected = await collectPages(doc, fixture.url, first, io, limits, (u) => updates.push(u));
  return { collected, io, updates, first };
}

/** The paragraphs of a joined text, in order. */
const paragraphs = (text: string) => text.split(/\n\n+/).filter(Boolean);

describe('joinPages', () => {
  it('is null with no parts and the part itself with one', () => {
    const doc = parseFixture(loadFixture('pages-numbered-nav'));
    expect(joinPages([], doc)).toBeNull();
    const one = cleanDocument(doc)!;
    const joined = joinPages([{ page: 1, result: one }], doc)!;
    expect(joined.text).toBe(one.text);
    expect(joined.pages).toEqual([1]);
  });
});

describe('collectPages', () => {
  it('fetches and joins a numbered nav on an unknown outlet: every paragraph once, in order', async () => {
    const { collected, io, updates, first } = await collect('pages-numbered-nav');
    expect(io.fetched.map((u) => u.slice(-7))).toEqual(['?page=2', '?page=3']);
    expect(collected.result.pages).toEqual([1, 2, 3]);
    expect(collected.missing).toEqual([]);
    const text = paragraphs(collected.result.text);
    expect(text).toHaveLength(9);
    expect(new Set(text).size).toBe(9);
    expect(text[0]).toMatch(/^Pemerintah kota mulai/);
    expect(text[8]).toMatch(/^Hingga akhir tahun/);
    expect(collected.result.text).not.toMatch(/Selanjutnya|Halaman/);
    expect(collected.result.html.match(/<hr title="\d">/g)).toEqual(['<hr title="2">', '<hr title="3">']);
    expect(collected.result.markdown).toContain('\n---\n');
    expect(collected.result.wordCount).toBeGreaterThan(first.wordCount * 2.5);
    expect(collected.result.removed.filter((r) => r.rule === 'nav-pagination-id')).toHaveLength(3);
    // The popup updates as pages arrive: one update per page.
    expect(updates.map((u) => u.result.pages)).toEqual([[1, 2], [1, 2, 3]]);
  });

  it('joins a known outlet without a single page, keeping the repeated lead once and no inserts', async () => {
    const { collected } = await collect('pages-fetch-merge');
    const { result } = collected;
    expect(result.pages).toEqual([1, 2, 3]);
    expect(result.text.match(/Jalur sepeda baru di pusat kota\./g)).toHaveLength(1);
    expect(result.text.match(/Pemerintah kota mulai/g)).toHaveLength(1);
    expect(result.html.match(/<img/g)).toHaveLength(1);
    expect(result.text).not.toMatch(/Baca Juga|Harga beras/);
    const repeated = result.removed.filter((r) => r.rule === REPEATED_BLOCK_RULE);
    expect(repeated.length).toBe(4);
    expect(paragraphs(result.text).at(-1)).toMatch(/^Hingga akhir tahun/);
  });

  it('takes the outlet single-page address in one fetch when it has one', async () => {
    const { collected, io } = await collect('pages-show-all');
    expect(io.fetched).toEqual(['https://www.tribunnews.com/nasional/2024/05/06/jalur-sepeda-di-pusat-kota-ditata-ulang?page=all']);
    expect(collected.showAll).toBe(true);
    expect(paragraphs(collected.result.text).filter((p) => p.startsWith('Pemerintah kota') || p.startsWith('Hingga akhir'))).toHaveLength(2);
    expect(collected.result.text).not.toMatch(/Baca Juga/);
  });

  it('falls back to fetching the pages when the single-page address fails', async () => {
    const all = 'https://www.tribunnews.com/nasional/2024/05/06/jalur-sepeda-di-pusat-kota-ditata-ulang?page=all';
    const { collected, io } = await collect('pages-show-all', new Set([all]));
    expect(io.fetched[0]).toBe(all);
    expect(collected.showAll).toBe(false);
    // Pages 2 and 3 are not in the fixture: both noted missing, page 1 kept.
    expect(collected.missing.map((m) => [m.page, m.reason])).toEqual([[2, 'HTTP 404'], [3, 'HTTP 404']]);
    expect(collected.result.pages).toEqual([1]);
  });

  it('walks rel=next page by page', async () => {
    const { collected, io } = await collect('pages-rel-next');
    expect(io.fetched.map((u) => u.slice(-7))).toEqual(['/page/2', '/page/3']);
    expect(paragraphs(collected.result.text)).toHaveLength(9);
    expect(collected.result.lang).toBe('en');
  });

  it('never follows a next-article link', async () => {
    const { collected, io } = await collect('pages-next-article');
    expect(io.fetched).toEqual([]);
    expect(collected.result.pages).toEqual([1]);
  });

  it('stops a loop: each URL is fetched once', async () => {
    const { collected, io } = await collect('pages-loop');
    expect(io.fetched.map((u) => u.slice(-7))).toEqual(['?page=2', '?page=3']);
    expect(collected.result.pages).toEqual([1, 2, 3]);
    expect(paragraphs(collected.result.text)).toHaveLength(9);
  });

  it('leaves what was joined and notes a page that fails', async () => {
    const fail = 'https://www.kabarkota.id/berita/jalur-sepeda-di-pusat-kota-ditata-ulang?page=2';
    const { collected } = await collect('pages-numbered-nav', new Set([fail]));
    expect(collected.result.pages).toEqual([1, 3]);
    expect(collected.missing).toEqual([{ page: 2, url: fail, reason: 'HTTP 503' }]);
    expect(paragraphs(collected.result.text)).toHaveLength(6);
  });

  it('keeps to the page limit and the time budget', async () => {
    const limited = await collect('pages-numbered-nav', new Set(), { maxPages: 2, budgetMs: 30_000 });
    expect(limited.collected.result.pages).toEqual([1, 2]);
    expect(limited.collected.missing).toEqual([expect.objectContaining({ page: 3, reason: 'more than 2 pages' })]);
    const late = await collect('pages-numbered-nav', new Set(), { maxPages: 20, budgetMs: -1 });
    expect(late.io.fetched).toEqual([]);
    expect(late.collected.missing.map((m) => m.reason)).toEqual(['out of time', 'out of time']);
  });

  it('keeps a repeated intro and lead photo once when the pages are wrapped differently or the caption is gone', () => {
    const doc = parseFixture(loadFixture('pages-numbered-nav'));
    const one = cleanDocument(doc)!;
    const intro = 'Jakarta -- Pemerintah kota mulai menata ulang jalur sepeda di pusat kota sejak awal pekan ini.';
    const part = (html: string) => ({ ...one, html });
    const joined = joinPages(
      [
        { page: 1, result: part(`<div><figure><img src="https://x.test/a.jpg"><figcaption>Jalur baru.</figcaption></figure><div><p>${intro}</p><p>Satu.</p></div></div>`) },
        { page: 2, result: part(`<div><div><figure><img src="https://x.test/a.jpg"><figcaption>Jalur baru.</figcaption></figure><p>${intro}</p><p>Dua.</p></div></div>`) },
        // The photo again without its caption (site memory took it as the site's): still the same photo.
        { page: 3, result: part(`<div><figure><img src="https://x.test/a.jpg"></figure><p>${intro}</p><p>Tiga.</p></div>`) },
      ],
      doc,
    )!;
    expect(paragraphs(joined.text)).toEqual(['Jalur baru.', intro, 'Satu.', 'Dua.', 'Tiga.']);
    expect(joined.removed.filter((r) => r.rule === REPEATED_BLOCK_RULE)).toHaveLength(4);
    expect(joined.html.match(/<img/g)).toHaveLength(1);
  });
});
