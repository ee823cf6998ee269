import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../shared/fake-browser.ts';
import { followPages, renderPagesStatus, renderShowHere } from '../../src/popup/pages-status.ts';
import type { PagesStatus } from '../../src/shared/messages.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const doc = new JSDOM('').window.document;

function status(pages: number[], done: boolean, missing: PagesStatus['missing'] = []): PagesStatus {
  return { done, pages, missing, article: { pages } as PagesStatus['article'] };
}

beforeEach(() => fake.reset());

describe('renderPagesStatus', () => {
  it('says how many pages are joined, and which one is missing', () => {
    expect(renderPagesStatus(doc, status([1, 2], false)).textContent).toBe("Joining the article's pages… 2 so far");
    expect(renderPagesStatus(doc, status([1, 2, 3], true)).textContent).toBe('Joined 3 pages');
    const box = renderPagesStatus(doc, status([1, 3], true, [{ page: 2, url: 'https://x.id/a?page=2', reason: 'HTTP 503' }]));
    expect([...box.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Joined 2 pages', 'Page 2 is missing: HTTP 503']);
  });
});

describe('followPages', () => {
  it('hands on each new state until done, and asks no more', async () => {
    const answers = [status([1], false), status([1], false), status([1, 2], false), status([1, 2, 3], true)];
    const ask = vi.fn(() => Promise.resolve(answers.shift()!));
    const seen: number[][] = [];
    await followPages(ask, (s) => seen.push(s.pages), () => Promise.resolve());
    expect(seen).toEqual([[1], [1, 2], [1, 2, 3]]);
    expect(ask).toHaveBeenCalledTimes(4);
  });

  it('stops at once for a one-page article', async () => {
    const onStatus = vi.fn();
    await followPages(() => Promise.resolve(null), onStatus, () => Promise.resolve());
    expect(onStatus).not.toHaveBeenCalled();
  });
});

describe('renderShowHere', () => {
  it('asks the tab once and says how many pages it added', async () => {
    const show = vi.fn(() => Promise.resolve(2));
    const box = renderShowHere(doc, show);
    const button = box.querySelector('button')!;
    expect(button.textContent).toBe('Show the whole article here');
    button.click();
    expect(button.disabled).toBe(true);
    await vi.waitFor(() => expect(box.textContent).toBe('Added 2 more pages to this page'));
    expect(show).toHaveBeenCalledTimes(1);
  });
});
