import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { contentsMarkdown, toMarkdown } from '../../src/core/markdown.ts';

const doc = new JSDOM('<!doctype html><body></body>').window.document;

function article(html: string): Element {
  const holder = doc.createElement('div');
  holder.innerHTML = html;
  return holder;
}

const THREE = '<h2>Latar [belakang]</h2><p>Satu.</p><h3>Data <em>baru</em></h3><p>Dua.</p><h2>Kota</h2><p>Tiga.</p>';

describe('Markdown contents list', () => {
  it('prepends a nested list of links to the headings’ anchors', () => {
    expect(toMarkdown(article(THREE), { contents: true })).toBe(
      [
        '- [Latar \\[belakang\\]](#latar-belakang)',
        '  - [Data baru](#data-baru)',
        '- [Kota](#kota)',
        '',
        '## Latar \\[belakang\\]',
        '',
        'Satu.',
        '',
        '### Data _baru_',
        '',
        'Dua.',
        '',
        '## Kota',
        '',
        'Tiga.',
      ].join('\n'),
    );
  });

  it('leaves the Markdown as it was without the option or with fewer than 3 headings', () => {
    const root = article(THREE);
    expect(toMarkdown(root, { contents: false })).toBe(toMarkdown(root));
    expect(toMarkdown(root)).not.toContain('](#');
    const two = article('<h2>A</h2><p>x</p><h2>B</h2><p>y</p>');
    expect(toMarkdown(two, { contents: true })).toBe(toMarkdown(two));
    expect(contentsMarkdown(two)).toBe('');
  });

  it('leaves the title’s anchor to the title and percent-encodes non-ASCII slugs', () => {
    const root = article('<h2>Berita</h2><h2>Café</h2><h2>Akhir</h2>');
    expect(contentsMarkdown(root, 'Berita')).toBe(
      ['- [Berita](#berita-1)', '- [Café](#caf%C3%A9)', '- [Akhir](#akhir)'].join('\n'),
    );
  });
});
