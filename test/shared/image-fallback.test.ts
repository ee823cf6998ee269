import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { IMAGE_MISSING_CLASS, fallBackOnImageError } from '../../src/shared/image-fallback.ts';
import { renderArticle } from '../../src/popup/render-article.ts';
import { buildArticle } from '../../src/content/reader/article-view.ts';
import type { CleanResult } from '../../src/core/types.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('../content/fake-browser.ts')).fake.browser }));

function body(html: string): HTMLElement {
  const doc = new JSDOM(`<!doctype html><body><div id="a">${html}</div></body>`).window.document;
  return doc.getElementById('a')!;
}

function fail(root: ParentNode, selector = 'img'): void {
  for (const img of Array.from(root.querySelectorAll(selector))) img.dispatchEvent(new img.ownerDocument.defaultView!.Event('error'));
}

describe('a failed article image', () => {
  it('leaves its alt text and its caption', () => {
    const root = body('<figure><img src="https://x.example/a.jpg" alt="Jembatan bambu"><figcaption>Warga menyeberang.</figcaption></figure>');
    fallBackOnImageError(root);
    fail(root);
    expect(root.innerHTML).toBe(`<figure><span class="${IMAGE_MISSING_CLASS}">Jembatan bambu</span><figcaption>Warga menyeberang.</figcaption></figure>`);
  });

  it('goes quietly when it has no alt text, or one its caption repeats, and takes its picture along', () => {
    const root = body('<p><img src="https://x.example/a.jpg"></p><figure><picture><source srcset="https://x.example/b.webp"><img src="https://x.example/b.jpg" alt="Sama"></picture><figcaption>Sama</figcaption></figure>');
    fallBackOnImageError(root);
    fail(root);
    expect(root.innerHTML).toBe('<p></p><figure><figcaption>Sama</figcaption></figure>');
  });

  it('leaves an image that loads alone', () => {
    const root = body('<img src="https://x.example/a.jpg" alt="A"><img src="https://x.example/b.jpg" alt="B">');
    fallBackOnImageError(root);
    fail(root, 'img[alt="B"]');
    expect(root.innerHTML).toBe(`<img src="https://x.example/a.jpg" alt="A"><span class="${IMAGE_MISSING_CLASS}">B</span>`);
  });
});

describe('the popup and the reader watch their article images', () => {
  const article = {
    title: 'Judul', byline: null, siteName: null, lang: 'id', publishedTime: null, excerpt: null,
    html: '<p>Teks.</p><figure><img src="https://x.example/a.jpg" alt="Jembatan"><figcaption>Keterangan.</figcaption></figure>',
    text: 'Teks.', markdown: 'Teks.', wordCount: 1, readingMinutes: 1, removed: [], readerable: true, notArticle: null,
  } satisfies CleanResult;

  for (const [name, render] of [
    ['popup', (doc: Document) => renderArticle(doc, article, 'https://x.example/')],
    ['reader', (doc: Document) => buildArticle(doc, article, 'https://x.example/')],
  ] as const) {
    it(name, () => {
      const { window } = new JSDOM('<!doctype html><body></body>');
      (globalThis as { DOMParser?: unknown }).DOMParser ??= window.DOMParser;
      const root = render(window.document);
      fail(root);
      expect(root.querySelector('img')).toBeNull();
      expect(root.querySelector(`.${IMAGE_MISSING_CLASS}`)?.textContent).toBe('Jembatan');
      expect(root.querySelector('figcaption')?.textContent).toBe('Keterangan.');
    });
  }
});
