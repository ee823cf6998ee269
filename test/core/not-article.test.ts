import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { notArticle, structuredTypes } from '../../src/core/not-article.ts';

const page = (head: string, body: string): Document => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;
const teasers = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<article><h3><a href="/read/${i}/berita-nomor-${i}">Berita nomor ${i} tentang harga bahan pokok hari ini</a></h3><p>Ringkasan singkat.</p></article>`).join('');
const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('notArticle', () => {
  it('calls a front page a homepage, with the address as the reason', () => {
    expect(notArticle(page('', teasers(3)), 'https://www.kompas.com/', 400)).toEqual({ kind: 'homepage', reason: "the address (/) is the site's front page" });
  });

  it('calls tag and search pages by their address', () => {
    expect(notArticle(page('', teasers(2)), 'https://www.tribunnews.com/tag/jokowi', 300)?.kind).toBe('tag');
    expect(notArticle(page('', teasers(2)), 'https://www.kompas.com/cari?q=emas', 300)?.kind).toBe('search');
  });

  it('calls a section-shaped address a section only when the page lists linked headlines', () => {
    const section = notArticle(page('', teasers(12)), 'https://www.antaranews.com/ekonomi', 600);
    expect(section).toEqual({ kind: 'section', reason: 'the address (/ekonomi) names a section and the page lists 12 linked headlines' });
    // A short slug with an article under it and a few related links is an article.
    expect(notArticle(page('', `<p>${'Kata. '.repeat(200)}</p>${teasers(4)}`), 'https://www.example.com/academic-tutoring/', 900)).toBeNull();
  });

  it('never calls a page that declares an article in JSON-LD a list', () => {
    const declared = ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x' });
    expect(notArticle(page(declared, teasers(12)), 'https://www.kompas.com/', 400)).toBeNull();
    expect(notArticle(page(declared, teasers(12)), 'https://www.antaranews.com/ekonomi', 400)).toBeNull();
    const graph = ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': ['BlogPosting'] }] });
    expect(notArticle(page(graph, teasers(12)), 'https://example.com/tag/x', 400)).toBeNull();
  });

  it('does not take articles nested in a list for the page declaring one', () => {
    const list = ld({ '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle' }] });
    expect(notArticle(page(list, teasers(12)), 'https://www.antaranews.com/ekonomi', 400)?.kind).toBe('section');
  });

  it("calls a page with a video and little text the video's page, an article with a video not", () => {
    const embed = '<iframe src="https://www.youtube.com/embed/abc"></iframe><p>Simak videonya.</p>';
    expect(notArticle(page('', embed), 'https://20.detik.com/detikupdate/20240501-240501001/banjir-bekasi', 12)).toEqual({
      kind: 'video', reason: 'the page embeds a video and its text has 12 words',
    });
    expect(notArticle(page('', embed), 'https://news.example.com/2024/banjir-bekasi', 450)).toBeNull();
    expect(notArticle(page('<meta property="og:type" content="video.other">', ''), 'https://example.com/v/1', 40)?.reason).toMatch(/og:type/);
    // A product's video on its page does not make it the video's page.
    expect(notArticle(page(ld({ '@type': 'Product', name: 'Cup' }), embed), 'https://shop.example/cup', 30)).toBeNull();
    expect(notArticle(page('<meta property="og:type" content="product">', embed), 'https://shop.example/cup', 30)).toBeNull();
  });

  it('says nothing about an article address, or without an address', () => {
    expect(notArticle(page('', teasers(20)), 'https://news.detik.com/berita/d-7321456/gempa-guncang-cianjur', 300)).toBeNull();
    expect(notArticle(page('', teasers(20)), undefined, 300)).toBeNull();
  });

  it('reads the page only', () => {
    const doc = page(ld({ '@type': 'WebSite' }), teasers(12));
    const before = doc.documentElement.outerHTML;
    notArticle(doc, 'https://www.antaranews.com/ekonomi', 400);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('structuredTypes', () => {
  it('lists top-level and @graph types and skips broken JSON', () => {
    const doc = page(`${ld([{ '@type': 'Organization' }, { '@graph': [{ '@type': ['WebPage', 'CollectionPage'] }] }])}<script type="application/ld+json">{not json</script>`, '');
    expect(structuredTypes(doc)).toEqual(['Organization', 'WebPage', 'CollectionPage']);
  });
});
