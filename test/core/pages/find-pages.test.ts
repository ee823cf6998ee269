/**
 * Finding an article's other pages: show-all addresses from profiles, rel=next, numbered navs
 * on an unknown outlet, and "next article" links that must not be taken for pages.
 */
import { describe, expect, it } from 'vitest';
import { findPages } from '../../../src/core/pages/find-pages.ts';
import { pageRef, samePageSet } from '../../../src/core/pages/page-url.ts';
import { PAGES_PROFILES, pagesProfileFor, showAllUrl } from '../../../src/core/pages/show-all.ts';
import { loadFixture, parseFixture } from '../fixtures.ts';
import { parseAt } from './page-fixtures.ts';

const page1 = (name: string) => parseFixture(loadFixture(name));

describe('pageRef', () => {
  it('reads page numbers in the query and at the end of the path', () => {
    expect(pageRef('https://x.id/a/judul-berita?page=2')).toMatchObject({ stem: '/a/judul-berita', page: 2, all: false });
    expect(pageRef('https://x.id/a/judul-berita/2')).toMatchObject({ stem: '/a/judul-berita', page: 2 });
    expect(pageRef('https://x.id/a/slug/page/3/')).toMatchObject({ stem: '/a/slug', page: 3 });
    expect(pageRef('https://x.id/a/slug/halaman-2')).toMatchObject({ stem: '/a/slug', page: 2 });
  });

  it('takes no id or date for a page number', () => {
    expect(pageRef('https://x.id/read/123')).toMatchObject({ stem: '/read/123', page: 1 });
    expect(pageRef('https://x.id/news/2024/01/05')).toMatchObject({ page: 1 });
  });

  it('knows single-page addresses', () => {
    for (const url of ['https://x.id/a/s?page=all', 'https://x.id/a/s?showpage=all', 'https://x.id/a/s?single=1', 'https://x.id/a/s/all']) {
      expect(pageRef(url), url).toMatchObject({ stem: '/a/s', all: true });
    }
  });

  it('tells two pages of one article from two articles', () => {
    const a = pageRef('https://x.id/a/slug?page=2')!;
    expect(samePageSet(a, pageRef('https://x.id/a/slug')!)).toBe(true);
    expect(samePageSet(a, pageRef('https://x.id/a/other-slug?page=2')!)).toBe(false);
    expect(samePageSet(a, pageRef('https://y.id/a/slug?page=2')!)).toBe(false);
  });

  it('refuses what is not http(s)', () => {
    expect(pageRef('javascript:alert(1)')).toBeNull();
    expect(pageRef('not a url')).toBeNull();
  });
});

describe('show-all profiles', () => {
  it('are data with unique ids and bare hosts', () => {
    const ids = PAGES_PROFILES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PAGES_PROFILES) for (const h of p.hosts) expect(h).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
  });

  it('build each outlet address form', () => {
    expect(showAllUrl('https://www.kompas.com/a/b?page=2#x', { kind: 'query', param: 'page', value: 'all' })).toBe('https://www.kompas.com/a/b?page=all');
    expect(showAllUrl('https://news.detik.com/a/b', { kind: 'query', param: 'single', value: '1' })).toBe('https://news.detik.com/a/b?single=1');
    expect(showAllUrl('https://x.id/a/b/2', { kind: 'path', suffix: '/all' })).toBe('https://x.id/a/b/all');
    expect(pagesProfileFor('https://regional.kompas.com/read/1/x')?.id).toBe('kompas');
    expect(pagesProfileFor('https://kompas.com.evil.example/x')).toBeNull();
    expect(pagesProfileFor('https://www.cnnindonesia.com/x')?.showAll).toBeNull();
  });
});

describe('findPages', () => {
  it('gives the show-all address of a known outlet whose page is split', () => {
    const links = findPages(page1('pages-show-all'));
    expect(links.showAll).toBe('https://www.tribunnews.com/nasional/2024/05/06/jalur-sepeda-di-pusat-kota-ditata-ulang?page=all');
    expect(links.pages.map((p) => p.page)).toEqual([2, 3]);
  });

  it('gives no show-all address for an outlet that has none, only its pages', () => {
    const links = findPages(page1('pages-fetch-merge'));
    expect(links.showAll).toBeNull();
    expect(links.pages.map((p) => p.url)).toEqual([
      'https://www.cnnindonesia.com/nasional/20240506120000-20-1234567/jalur-sepeda-di-pusat-kota-ditata-ulang/2',
      'https://www.cnnindonesia.com/nasional/20240506120000-20-1234567/jalur-sepeda-di-pusat-kota-ditata-ulang/3',
    ]);
  });

  it('follows rel=next on an unknown outlet', () => {
    expect(findPages(page1('pages-rel-next')).pages).toEqual([{ page: 2, url: 'https://news.example.org/local/riverside-footpath-rebuilt/page/2' }]);
  });

  it('reads a numbered nav on an unknown outlet', () => {
    const links = findPages(page1('pages-numbered-nav'));
    expect(links.current).toBe(1);
    expect(links.pages.map((p) => p.page)).toEqual([2, 3]);
    expect(links.showAll).toBeNull();
  });

  it('refuses "next article" links, rel=next included, and other sites', () => {
    const links = findPages(page1('pages-next-article'));
    expect(links.pages).toEqual([]);
    expect(links.refused.map((r) => r.reason)).toEqual(['another article', 'another article', 'another site']);
  });

  it('reads the page number of the page it is on, and links back to page 1', () => {
    const html = '<div class="pagination"><a href="/b/slug-x">1</a> <span>2</span> <a href="/b/slug-x?page=3">3</a></div>';
    const links = findPages(parseAt(html, 'https://x.id/b/slug-x?page=2'));
    expect(links.current).toBe(2);
    expect(links.pages).toEqual([
      { page: 1, url: 'https://x.id/b/slug-x' },
      { page: 3, url: 'https://x.id/b/slug-x?page=3' },
    ]);
  });

  it('knows "next" in each of our languages', () => {
    for (const word of ['Selanjutnya', 'Berikutnya', 'Seterusnya', 'Next', 'Weiter', 'Suivant', 'Siguiente', 'Próxima', 'Halaman 2', 'Page 2 of 3', 'Seite 2']) {
      const links = findPages(parseAt(`<p><a href="/b/slug-x?page=2">${word}</a></p>`, 'https://x.id/b/slug-x'));
      expect(links.pages.map((p) => p.page), word).toEqual([2]);
    }
  });

  it('ignores a number link that is not in a nav and not of this article', () => {
    const links = findPages(parseAt('<p>Lihat <a href="/b/lain-lagi/2">2</a> foto</p>', 'https://x.id/b/slug-x'));
    expect(links.pages).toEqual([]);
  });
});
