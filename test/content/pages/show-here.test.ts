// @vitest-environment jsdom
/** "Show the whole article here": pages 2 to n go into the live page after page 1, sanitised, once. */
import { beforeEach, describe, expect, it } from 'vitest';
import { ADDED_PAGES_CLASS, MISSING_PAGE_CLASS, showWholeHere } from '../../../src/content/pages/show-here.ts';
import type { PagesStatus } from '../../../src/shared/messages.ts';

function status(html: string, pages: number[]): PagesStatus {
  return { done: true, pages, missing: [], article: { html, pages } as PagesStatus['article'] };
}

const JOINED = '<div><p>Satu.</p><p>Dua.</p><hr title="2"><p>Tiga.</p><hr title="3"><p>Empat <a href="javascript:alert(1)">x</a><img src="x" onerror="alert(1)"></p></div>';

beforeEach(() => {
  document.body.innerHTML = '<main><article><h1>Judul</h1><p>Satu.</p><p>Dua.</p><div class="pagination">Halaman 1 2 3</div></article><aside>Terkait</aside></main>';
});

describe('showWholeHere', () => {
  it('adds pages 2 to n after the last paragraph of page 1, boundaries kept, sanitised', () => {
    expect(showWholeHere(document, status(JOINED, [1, 2, 3]), 'Dua.')).toBe(2);
    const section = document.querySelector(`.${ADDED_PAGES_CLASS}`)!;
    expect(section.previousElementSibling?.textContent).toBe('Dua.');
    expect(section.innerHTML).toBe('<hr title="2"><p>Tiga.</p><hr title="3"><p>Empat <a>x</a><img src="http://localhost:3000/x"></p>');
    expect(document.querySelector('article')!.textContent).toContain('Satu.');
  });

  it('adds nothing twice, nothing for one page, and falls back to the article end', () => {
    showWholeHere(document, status(JOINED, [1, 2, 3]), 'Dua.');
    expect(showWholeHere(document, status(JOINED, [1, 2, 3]), 'Dua.')).toBe(0);
    document.querySelector(`.${ADDED_PAGES_CLASS}`)!.remove();
    expect(showWholeHere(document, status('<p>Satu.</p>', [1]), 'Satu.')).toBe(0);
    expect(showWholeHere(document, status(JOINED, [1, 2, 3]), 'not on the page')).toBe(2);
    expect(document.querySelector('article')!.lastElementChild!.className).toBe(ADDED_PAGES_CLASS);
  });

  it('names each page that failed after the pages that arrived, and says so even when none arrived', () => {
    const partial: PagesStatus = { ...status('<div><p>Satu.</p><p>Dua.</p><hr title="3"><p>Empat.</p></div>', [1, 3]), missing: [{ page: 2, url: 'https://x.test/a?page=2', reason: 'HTTP 404' }] };
    expect(showWholeHere(document, partial, 'Dua.', (m) => `Halaman ${m.page} hilang: ${m.reason}`)).toBe(1);
    const section = document.querySelector(`.${ADDED_PAGES_CLASS}`)!;
    expect(section.textContent).toBe('Empat.Halaman 2 hilang: HTTP 404');
    expect(section.lastElementChild!.className).toBe(MISSING_PAGE_CLASS);
    section.remove();
    const none: PagesStatus = { ...status('<p>Satu.</p><p>Dua.</p>', [1]), missing: [{ page: 2, url: 'https://x.test/a?page=2', reason: 'network error' }] };
    expect(showWholeHere(document, none, 'Dua.')).toBe(0);
    expect(document.querySelector(`.${MISSING_PAGE_CLASS}`)?.textContent).toBe('Page 2 is missing: network error');
    expect(document.querySelector(`.${ADDED_PAGES_CLASS}`)!.previousElementSibling?.textContent).toBe('Dua.');
  });
});
