import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../shared/fake-browser.ts';
import { renderNotArticle } from '../../src/popup/not-article.ts';
import type { NotArticleKind } from '../../src/core/types.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const doc = new JSDOM('').window.document;
const KINDS: NotArticleKind[] = ['homepage', 'section', 'tag', 'search', 'video'];
const actions = () => ({ showAnyway: vi.fn(), useSelection: vi.fn() });

beforeEach(() => fake.reset());

describe('renderNotArticle', () => {
  it('says the page does not look like an article, and why in words of its own for each kind', () => {
    const hints = KINDS.map((kind) => {
      const element = renderNotArticle(doc, { kind, reason: 'r' }, actions());
      expect(element.dataset.state).toBe('not-article');
      expect(element.dataset.kind).toBe(kind);
      expect(element.querySelector('.state-message')?.textContent).toBe('This page does not look like an article.');
      return element.querySelector('.state-hint')?.textContent;
    });
    expect(new Set(hints).size).toBe(KINDS.length);
    expect(hints[0]).toBe("It looks like the site's front page, a list of other articles. Open one of them, or show this page's text anyway.");
  });

  it('offers "Show anyway" and the text selection as real buttons', () => {
    const handlers = actions();
    const element = renderNotArticle(doc, { kind: 'section', reason: 'r' }, handlers);
    const buttons = [...element.querySelectorAll('button')];
    expect(buttons.map((b) => [b.type, b.dataset.action, b.textContent])).toEqual([
      ['button', 'show-anyway', 'Show anyway'],
      ['button', 'use-selection', 'Use my text selection'],
    ]);
    buttons[0]!.click();
    expect(handlers.showAnyway).toHaveBeenCalledTimes(1);
    expect(handlers.useSelection).not.toHaveBeenCalled();
    buttons[1]!.click();
    expect(handlers.useSelection).toHaveBeenCalledTimes(1);
  });

  it('speaks Indonesian in an Indonesian browser', () => {
    fake.setLocale('id');
    const element = renderNotArticle(doc, { kind: 'tag', reason: 'r' }, actions());
    expect(element.querySelector('.state-message')?.textContent).toBe('Halaman ini tampaknya bukan artikel.');
    expect(element.querySelector('[data-action="show-anyway"]')?.textContent).toBe('Tetap tampilkan');
    expect(element.querySelector('.state-hint')?.textContent).toMatch(/^Tampaknya ini halaman tag atau topik/);
  });
});
