import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectHeadings, contentsDepths, MIN_CONTENTS_HEADINGS, slugger, slugify, wantsContents } from '../../src/core/headings.ts';

const doc = new JSDOM('<!doctype html><body></body>').window.document;

function article(html: string): Element {
  const holder = doc.createElement('div');
  holder.innerHTML = html;
  return holder;
}

describe('slugify', () => {
  it('makes GitHub-style slugs: lower case, punctuation dropped, spaces to hyphens', () => {
    expect(slugify('Hello, World!')).toBe('hello-world');
    expect(slugify('  Apa   itu   "Baca Juga"?  ')).toBe('apa-itu-baca-juga');
    expect(slugify('Rp 1.000 – naik 5%')).toBe('rp-1000--naik-5');
    expect(slugify('snake_case and kebab-case')).toBe('snake_case-and-kebab-case');
  });

  it('keeps letters of any script and falls back to "section" when nothing is left', () => {
    expect(slugify('Ekonomi Café Ümlaut')).toBe('ekonomi-café-ümlaut');
    expect(slugify('日本語 見出し')).toBe('日本語-見出し');
    expect(slugify('!!! ???')).toBe('section');
  });
});

describe('slugger', () => {
  it('numbers repeats as GitHub does, counting reserved slugs as taken', () => {
    const next = slugger(['intro']);
    expect(['Intro', 'Intro', 'Intro-1', 'Other'].map(next)).toEqual(['intro-1', 'intro-2', 'intro-1-1', 'other']);
  });
});

describe('collectHeadings', () => {
  it('lists non-empty headings in order, with level, collapsed text and unique slugs', () => {
    const root = article(
      '<h2>Latar <em>belakang</em></h2><p>a</p><h3>  Data\n baru </h3><h2></h2><section><h2>Latar belakang</h2></section><h4>Akhir</h4>',
    );
    const headings = collectHeadings(root);
    expect(headings.map(({ level, text, slug }) => ({ level, text, slug }))).toEqual([
      { level: 2, text: 'Latar belakang', slug: 'latar-belakang' },
      { level: 3, text: 'Data baru', slug: 'data-baru' },
      { level: 2, text: 'Latar belakang', slug: 'latar-belakang-1' },
      { level: 4, text: 'Akhir', slug: 'akhir' },
    ]);
    expect(headings[0]!.element.localName).toBe('h2');
  });

  it('gives the title its slug first, and never touches the tree', () => {
    const root = article('<h2>Judul</h2><h2>Isi</h2>');
    const before = root.innerHTML;
    expect(collectHeadings(root, ['Judul']).map((h) => h.slug)).toEqual(['judul-1', 'isi']);
    expect(root.innerHTML).toBe(before);
  });
});

describe('wantsContents', () => {
  it(`asks for ${MIN_CONTENTS_HEADINGS} headings or more`, () => {
    expect(wantsContents(collectHeadings(article('<h2>A</h2><h2>B</h2>')))).toBe(false);
    expect(wantsContents(collectHeadings(article('<h2>A</h2><h2>B</h2><h3></h3>')))).toBe(false);
    expect(wantsContents(collectHeadings(article('<h2>A</h2><h2>B</h2><h3>C</h3>')))).toBe(true);
  });
});

describe('contentsDepths', () => {
  it('ranks the levels present and caps the depth', () => {
    const headings = collectHeadings(article('<h2>a</h2><h4>b</h4><h5>c</h5><h6>d</h6><h2>e</h2>'));
    expect(contentsDepths(headings)).toEqual([0, 1, 2, 2, 0]);
  });
});
