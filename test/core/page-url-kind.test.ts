import { describe, expect, it } from 'vitest';
import { pageUrlKind } from '../../src/core/page-url-kind.ts';

const kind = (url: string | undefined): string | null => pageUrlKind(url)?.kind ?? null;

describe('pageUrlKind', () => {
  it('reads front pages, locale roots and index files as homepages', () => {
    for (const url of ['https://www.kompas.com/', 'https://www.detik.com', 'https://example.com/en/', 'https://example.com/index.php', 'https://example.com/?utm_source=x']) {
      expect(kind(url), url).toBe('homepage');
    }
  });

  it('reads a WordPress ?p= permalink on the root as an article', () => {
    expect(kind('https://blog.example.com/?p=123')).toBeNull();
  });

  it('reads searches by path or by a query parameter', () => {
    for (const url of ['https://www.detik.com/search/searchall?query=banjir', 'https://www.kompas.com/cari?q=emas', 'https://example.com/?s=gempa', 'https://www.tempo.co/pencarian/gempa']) {
      expect(kind(url), url).toBe('search');
    }
  });

  it('reads tag and topic pages, with or without pagination', () => {
    for (const url of ['https://www.tribunnews.com/tag/jokowi', 'https://news.mit.edu/topic/software', 'https://www.liputan6.com/tag/banjir/page/2', 'https://example.com/topik/pemilu-2024']) {
      expect(kind(url), url).toBe('tag');
    }
  });

  it('reads section-shaped paths and named list segments as sections', () => {
    for (const url of ['https://www.cabletv.com/news', 'https://www.bbc.com/indonesia/', 'https://gamerant.com/gaming/', 'https://www.antaranews.com/ekonomi/bisnis', 'https://www.tribunnews.com/kategori/nasional/2', 'https://www.detik.com/terpopuler', 'https://example.com/category/2024-news']) {
      expect(kind(url), url).toBe('section');
    }
  });

  it('reads article addresses as nothing', () => {
    for (const url of [
      'https://money.kompas.com/read/2024/05/01/101500626/harga-emas-naik',
      'https://news.detik.com/berita/d-7321456/gempa-guncang-cianjur',
      'https://www.liputan6.com/news/read/5571234/banjir-rendam-bekasi',
      'https://www.bbc.com/news/world-asia-68123456',
      'https://example.com/vegetable-gardening-for-beginners-guide',
      'https://example.com/blog/2024/05/why-sourdough-needs-time.html',
      'https://example.com/news/tag-day-raises-funds-for-library',
      'https://menlocoaching.com/top-mba-programs/',
      'https://alistapart.com/article/understandingwebdesign/',
      'https://ridge.com/products/aluminum-black',
      'https://www.example.com/blog/seo-tips',
      // Forum threads: the topic's id leads its slug.
      'https://forum.prestashop.com/topic/1103020-payment-issues-how-to-delete/',
      'https://discussion.evernote.com/forums/topic/150745-new-ui-2024/',
    ]) {
      expect(kind(url), url).toBeNull();
    }
  });

  it('says nothing about a missing, relative or non-http address', () => {
    for (const url of [undefined, '', 'read/2024/a', 'file:///home/me/page.html', 'about:blank']) expect(kind(url)).toBeNull();
  });

  it('keeps the path it read for the reason', () => {
    expect(pageUrlKind('https://example.com/tag/x?page=2')).toEqual({ kind: 'tag', path: '/tag/x?page=2' });
  });
});
