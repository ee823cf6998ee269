/**
 * The image passes one by one on small trees, and through `cleanDocument`: the noscript markup
 * of a scripting-enabled parse (text, as in a browser tab), the lazy attributes, pixels and
 * spacers, captions and the hero.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import { applyCaptions, markCaptions } from '../../../src/core/images/captions.ts';
import { findLeadHero, placeLeadImage } from '../../../src/core/images/hero.ts';
import { recoverLazyImages } from '../../../src/core/images/lazy.ts';
import { inertParserFor, recoverNoscriptImages } from '../../../src/core/images/noscript.ts';
import { dropUnseenImages, unseen } from '../../../src/core/images/pixels.ts';
import type { Removal } from '../../../src/core/types.ts';

const URL = 'https://news.example/2024/story';

function dom(body: string): Document {
  return new JSDOM(`<!doctype html><html><head></head><body>${body}</body></html>`, { url: URL }).window.document;
}

/** A `<noscript>` as a browser tab parses it (scripting on): one text node of markup. */
function scriptingNoscript(doc: Document, markup: string): HTMLElement {
  const noscript = doc.createElement('noscript');
  noscript.append(doc.createTextNode(markup));
  return noscript;
}

const PROSE = Array.from({ length: 6 }, (_, i) =>
  `<p>Paragraf ${i + 1}. Warga desa bergotong royong membangun jembatan bambu yang menghubungkan dua dusun di tepi sungai, sebuah kerja yang memakan waktu berminggu-minggu.</p>`).join('\n');

describe('noscript fallbacks', () => {
  it('parses the markup of a scripting-enabled parse inertly and replaces the placeholder', () => {
    const doc = dom('<div id="box"><img class="lazy" data-src="/small.jpg" alt="Jembatan"></div>');
    const box = doc.getElementById('box')!;
    box.append(scriptingNoscript(doc, '<img src="/full.jpg" width="800">'));
    expect(recoverNoscriptImages(doc.body, URL, inertParserFor(doc))).toBe(1);
    expect(box.innerHTML).toBe('<img src="/full.jpg" width="800" alt="Jembatan">');
  });

  it('takes only images: event handlers stay inert attributes, scripts and text mean it is no image fallback', () => {
    const doc = dom('<div id="a"></div><div id="b"></div>');
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    a.append(scriptingNoscript(doc, '<img src="/x.jpg" onerror="window.ran = 1">'));
    b.append(scriptingNoscript(doc, '<script>window.ran = 2</script><img src="/y.jpg"><p>Enable JavaScript</p>'));
    recoverNoscriptImages(doc.body, URL, inertParserFor(doc));
    expect((doc.defaultView as unknown as { ran?: number }).ran).toBeUndefined();
    expect(a.querySelector('img')?.getAttribute('src')).toBe('/x.jpg');
    expect(b.querySelector('noscript')).not.toBeNull();
    expect(b.querySelector('img')).toBeNull();
    // Nor does the handler reach the article.
    const cleaned = cleanDocument(dom(`<article>${PROSE}<noscript><img src="/x.jpg" onerror="window.ran = 1"></noscript></article>`));
    expect(cleaned?.html).toContain('<img src="https://news.example/x.jpg">');
    expect(cleaned?.html).not.toContain('onerror');
  });

  it('does nothing without a parser at hand', () => {
    const doc = dom('<div id="box"></div>');
    doc.getElementById('box')!.append(scriptingNoscript(doc, '<img src="/full.jpg">'));
    expect(recoverNoscriptImages(doc.body, URL, () => null)).toBe(0);
  });
});

describe('lazy images', () => {
  it('puts the lazy address in src and drops the attributes Readability would copy back', () => {
    const doc = dom('<img id="i" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/real.jpg" data-srcset="/real-2x.jpg 2x" srcset="data:image/gif;base64,R0lGODlhAQABAAAAACw= 1x">');
    expect(recoverLazyImages(doc.body, URL)).toBe(1);
    expect(doc.getElementById('i')!.outerHTML).toBe('<img id="i" src="https://news.example/real.jpg">');
  });

  it('leaves a real image alone, and a data-url that names no image', () => {
    const doc = dom('<img id="a" src="/photo.jpg"><img id="b" src="/img/blank.gif" data-url="https://news.example/2024/other-story">');
    expect(recoverLazyImages(doc.body, URL)).toBe(0);
    expect(doc.getElementById('b')!.getAttribute('src')).toBe('/img/blank.gif');
  });
});

describe('unseen images', () => {
  const verdict = (html: string) => unseen(dom(html).querySelector('img')!);

  it('names pixels, spacers and hidden images', () => {
    expect(verdict('<img src="/a.gif" width="1" height="1">')).toBe('tracking-pixel');
    expect(verdict('<img src="/a.gif" style="width:2px;height:2px">')).toBe('tracking-pixel');
    expect(verdict('<img src="https://www.facebook.com/tr?id=1&ev=PageView">')).toBe('tracking-pixel');
    expect(verdict('<img src="/rule.png" width="640" height="1">')).toBe('spacer-image');
    expect(verdict('<img src="/img/spacer.gif">')).toBe('spacer-image');
    expect(verdict('<img src="/a.jpg" hidden>')).toBe('hidden-image');
    expect(verdict('<img src="/a.jpg" style="visibility: hidden">')).toBe('hidden-image');
  });

  it('keeps photos, whatever their size says', () => {
    expect(verdict('<img src="/a.jpg" width="640" height="360">')).toBeNull();
    expect(verdict('<img src="/a.jpg" width="100%">')).toBeNull();
    expect(verdict('<img src="/a.jpg" style="opacity: 0">')).toBeNull();
  });

  it('reports each removal with its rule', () => {
    const doc = dom('<img src="/a.gif" width="1" height="1"><img src="/b.jpg">');
    const removed: Removal[] = [];
    dropUnseenImages(doc.body, removed);
    expect(removed.map((r) => [r.rule, r.category])).toEqual([['img-tracking-pixel', 'ad']]);
    expect(doc.querySelectorAll('img')).toHaveLength(1);
  });
});

describe('captions', () => {
  it('joins a marked caption after the image block to it', () => {
    const doc = dom('<div id="root"><p><a href="/big.jpg"><img src="/a.jpg"></a></p><div class="image-caption">Foto: Jembatan baru.</div><p>Teks.</p></div>');
    const root = doc.getElementById('root')!;
    expect(markCaptions(root)).toBe(1);
    // Readability drops classes and turns a div without blocks into a paragraph; the marks stay.
    for (const el of Array.from(root.querySelectorAll('[class]'))) el.removeAttribute('class');
    expect(applyCaptions(root)).toBe(1);
    expect(root.innerHTML).toBe('<figure><p><a href="/big.jpg"><img src="/a.jpg"></a></p><figcaption>Foto: Jembatan baru.</figcaption></figure><p>Teks.</p>');
  });

  it('leaves prose beside an image alone', () => {
    const doc = dom(`<div id="root"><div class="photo"><img src="/a.jpg"><p>${'Kalimat panjang. '.repeat(30)}</p></div></div>`);
    expect(markCaptions(doc.getElementById('root')!)).toBe(0);
    expect(applyCaptions(doc.getElementById('root')!)).toBe(0);
    expect(doc.querySelector('figure')).toBeNull();
  });
});

describe('background hero', () => {
  it('finds the marked lead block before the prose, not an avatar or a sponsor', () => {
    const doc = dom(`<div class="sponsor" style="background-image:url(/s.jpg)"></div><span class="author-avatar" style="background-image:url(/a.jpg)"></span>
      <div class="post-hero" title="Senja" style="background: #000 url('/hero.jpg') center/cover"></div>${PROSE}<div class="hero" style="background-image:url(/late.jpg)"></div>`);
    expect(findLeadHero(doc.body, URL)).toEqual({ src: 'https://news.example/hero.jpg', alt: 'Senja' });
  });

  it('finds nothing after the article has begun', () => {
    expect(findLeadHero(dom(`${PROSE}<div class="hero" style="background-image:url(/late.jpg)"></div>`).body, URL)).toBeNull();
  });

  it('is not put before an article that leads with an image', () => {
    const doc = dom('<div id="c"><p><img src="/lead.jpg"></p><p>Teks.</p></div>');
    placeLeadImage(doc.getElementById('c')!, { src: 'https://news.example/hero.jpg', alt: '' });
    expect(doc.querySelectorAll('img')).toHaveLength(1);
  });
});

describe('through the pipeline', () => {
  it('shows recovered images in the HTML and the Markdown, never changes the input, and keeps the text', () => {
    const html = `<article><h1>Judul</h1>${PROSE}<p><img class="lazyload" src="/img/blank.gif" data-src="/foto/jembatan.jpg" alt="Jembatan bambu"></p>
      <img src="https://sb.scorecardresearch.com/p?c1=2" width="1" height="1"></article>`;
    const doc = dom(html);
    const before = doc.documentElement.outerHTML;
    const result = cleanDocument(doc)!;
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(result.html).toContain('<img src="https://news.example/foto/jembatan.jpg" alt="Jembatan bambu">');
    expect(result.markdown).toContain('![Jembatan bambu](https://news.example/foto/jembatan.jpg)');
    expect(result.html).not.toContain('scorecardresearch');
    expect(result.removed.map((r) => r.rule)).toEqual(['img-tracking-pixel']);
    expect(result.text.split('\n\n')).toHaveLength(7);
  });
});
