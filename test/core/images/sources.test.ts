import { describe, expect, it } from 'vitest';
import { bestOfSrcset, imageUrl, isPlaceholder, parseSrcset } from '../../../src/core/images/sources.ts';

const BASE = 'https://news.example/a/b/page.html';

describe('srcset', () => {
  it('parses candidates the way browsers do, commas inside URLs included', () => {
    expect(parseSrcset('https://c.example/w_480,h_270/x.jpg 480w, /y.jpg 2x,/z.jpg')).toEqual([
      { url: 'https://c.example/w_480,h_270/x.jpg', width: 480, density: 1 },
      { url: '/y.jpg', width: null, density: 2 },
      { url: '/z.jpg', width: null, density: 1 },
    ]);
  });

  it('keeps the widest candidate up to 1600w, else the narrowest above, resolved', () => {
    expect(bestOfSrcset('s.jpg 400w, m.jpg 1200w, l.jpg 2400w', BASE)).toBe('https://news.example/a/b/m.jpg');
    expect(bestOfSrcset('l.jpg 2400w, xl.jpg 3200w', BASE)).toBe('https://news.example/a/b/l.jpg');
    expect(bestOfSrcset('a.jpg, b.jpg 2x, c.jpg 3x', BASE)).toBe('https://news.example/a/b/b.jpg');
  });

  it('skips placeholders and unsafe candidates, and has nothing when none is left', () => {
    expect(bestOfSrcset('data:image/gif;base64,R0lGOD 1w, javascript:alert(1) 800w, /real.jpg 300w', BASE)).toBe('https://news.example/real.jpg');
    expect(bestOfSrcset('/img/blank.gif 1x', BASE)).toBeNull();
    expect(bestOfSrcset('', BASE)).toBeNull();
    expect(bestOfSrcset(null, BASE)).toBeNull();
  });
});

describe('image URLs', () => {
  it('resolves against the page and keeps only what the sanitiser keeps', () => {
    expect(imageUrl('../x.jpg', BASE)).toBe('https://news.example/a/x.jpg');
    expect(imageUrl('javascript:alert(1)', BASE)).toBeNull();
    expect(imageUrl('data:image/svg+xml,<svg onload=alert(1)>', BASE)).toBeNull();
    expect(imageUrl('ftp://x.example/a.jpg', BASE)).toBeNull();
  });
});

describe('placeholders', () => {
  it('knows a lazy loader placeholder', () => {
    for (const src of [null, '', '#', 'about:blank', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E",
      '/img/blank.gif', '/assets/lazy-placeholder.png', 'https://x.example/no-image.jpg', '/spacer.gif?v=2', '/images/transparent_1x1.png']) {
      expect(isPlaceholder(src), String(src)).toBe(true);
    }
  });

  it('leaves photos alone, whatever words their names share with placeholders', () => {
    for (const src of ['/foto/grey-whale.jpg', '/foto/clear-sky-over-bali.jpg', '/loading-dock-fire.jpg', '/2024/pixel-9-review.png', 'https://x.example/a.jpg',
      `data:image/jpeg;base64,${'A'.repeat(400)}`]) {
      expect(isPlaceholder(src), src).toBe(false);
    }
  });
});
