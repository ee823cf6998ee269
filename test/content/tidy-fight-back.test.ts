// @vitest-environment jsdom
/**
 * A page that fights back (issue 18): it puts every insert auto-clean removes back, or adds new
 * ones as fast as they go. Auto-clean must not grow its placeholders and removal list without
 * bound; it stops on such a page and says so. Also: a page whose forms shadow DOM properties.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTidy, type TidySweep } from '../../src/core/tidy.ts';
import { MAX_RETURNS, TidyController } from '../../src/content/tidy-controller.ts';
import { MAX_SWAPS } from '../../src/content/removal-ledger.ts';
import { emulateClobbering } from '../core/clobber.ts';
import { ARTICLE_URL, PARAGRAPHS, loadArticle } from './article-fixture.ts';

function realPlan(): (root?: ParentNode) => TidySweep {
  return (root) => startTidy(document, { url: ARTICLE_URL }, root);
}

/** Comment placeholders the ledger left in the page. */
function placeholders(): number {
  const walker = document.createTreeWalker(document.body, 128);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

describe('a page that fights back', () => {
  let controller: TidyController | null = null;
  let observer: MutationObserver | null = null;

  beforeEach(() => {
    vi.useFakeTimers();
    loadArticle();
  });
  afterEach(() => {
    observer?.disconnect();
    controller?.dispose();
    controller = null;
    vi.useRealTimers();
  });

  it('stops once the page has put removed inserts back too often, and leaves it alone', async () => {
    // The page's script: whatever is removed from the article goes straight back in.
    const article = document.querySelector('article')!;
    let restored = 0;
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node.nodeType === 1 && !node.isConnected) {
            article.append(node);
            restored++;
          }
        }
      }
    });
    observer.observe(article, { childList: true });
    const changes: boolean[] = [];
    controller = new TidyController(document, { plan: realPlan(), onChange: (status) => changes.push(Boolean(status.gaveUp)) });
    controller.setActive(true);
    for (let i = 0; i < 200 && !controller.status().gaveUp; i++) await vi.advanceTimersByTimeAsync(300);

    const status = controller.status();
    expect(status.gaveUp).toBe(true);
    expect(changes.at(-1)).toBe(true);
    expect(status.removed.length).toBeLessThanOrEqual(3 * (MAX_RETURNS + 2));
    expect(placeholders()).toBeLessThanOrEqual(status.removed.length);
    // Left alone: the page's next re-insert stays, and nothing runs any more.
    const before = restored;
    await vi.advanceTimersByTimeAsync(5000);
    expect(controller.status().removed).toHaveLength(status.removed.length);
    expect(restored).toBe(before);
    // The article itself was never harmed.
    for (const paragraph of PARAGRAPHS) expect(document.body.textContent).toContain(paragraph);
  });

  it('caps its removals when the page adds new inserts as fast as they go', async () => {
    const article = document.querySelector('article')!;
    const slot = (): HTMLElement => Object.assign(document.createElement('div'), { className: 'rb-1' });
    observer = new MutationObserver((records) => {
      // Ten fresh ad slots for every removal: never the same node twice.
      const removals = records.filter((r) => [...r.removedNodes].some((n) => n.nodeType === 1)).length;
      for (let i = 0; i < 10 * removals; i++) article.append(slot());
    });
    observer.observe(article, { childList: true });
    controller = new TidyController(document, { plan: realPlan() });
    controller.setActive(true);
    for (let i = 0; i < 400 && !controller.status().gaveUp; i++) await vi.advanceTimersByTimeAsync(300);

    const status = controller.status();
    expect(status.gaveUp).toBe(true);
    expect(status.removed.length).toBeLessThanOrEqual(MAX_SWAPS);
    expect(placeholders()).toBeLessThanOrEqual(MAX_SWAPS);
    observer.disconnect();
    // "Show original" still puts back everything that was taken out.
    const off = controller.setActive(false);
    expect(off.gaveUp).toBeUndefined();
    expect(placeholders()).toBe(0);
  });

  it('keeps a page that re-renders once or twice clean', async () => {
    const article = document.querySelector('article')!;
    let left = 2;
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) if (left > 0 && node.nodeType === 1 && !node.isConnected) {
          left--;
          article.append(node);
        }
      }
    });
    observer.observe(article, { childList: true });
    controller = new TidyController(document, { plan: realPlan() });
    controller.setActive(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(controller.status().gaveUp).toBeUndefined();
    expect(document.body.textContent).not.toContain('Baca Juga');
  });
});

describe('a live page whose forms shadow DOM properties', () => {
  afterEach(() => vi.useRealTimers());

  for (const prop of ['parentNode', 'nextSibling', 'nodeType', 'contains', 'replaceChild', 'tagName', 'getAttribute']) {
    it(`removes an insert inside a form with a field named "${prop}", and puts it back`, async () => {
      vi.useFakeTimers();
      loadArticle();
      const undo = emulateClobbering(window);
      try {
        const article = document.querySelector('article')!;
        const form = document.createElement('form');
        form.innerHTML = `<p>Tulis komentar Anda di bawah ini.</p><input name="${prop}"><p><strong>Baca Juga: <a href="/x">Judul lain di dalam formulir</a></strong></p>`;
        article.append(form);
        const before = document.body.innerHTML;
        const controller = new TidyController(document, { plan: realPlan() });
        const status = controller.setActive(true);
        expect(status.removed.map((r) => r.text).join(' ')).toContain('Judul lain di dalam formulir');
        expect(document.body.textContent).not.toContain('Judul lain');
        // A later insert into the form is seen too.
        form.insertAdjacentHTML('beforeend', '<div class="rb-1"></div>');
        await vi.advanceTimersByTimeAsync(1000);
        // Booleans, not nodes: a failing match would have vitest print a clobbered form, for ever.
        expect(form.isConnected).toBe(true);
        expect(document.querySelector('form .rb-1') === null).toBe(true);
        controller.setActive(false);
        controller.dispose();
        expect(document.body.innerHTML).toBe(before.replace('</form>', '<div class="rb-1"></div></form>'));
      } finally {
        undo();
      }
    });
  }
});
