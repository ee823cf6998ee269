// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTidy, type TidyItem, type TidySweep } from '../../src/core/tidy.ts';
import type { Removal } from '../../src/core/types.ts';
import { CHECK_EVERY, insertScopes, TidyController, type TidyClock } from '../../src/content/tidy-controller.ts';
import { ARTICLE_URL, PARAGRAPHS, loadArticle } from './article-fixture.ts';

function realPlan(): (root?: ParentNode) => TidySweep {
  return (root) => startTidy(document, { url: ARTICLE_URL }, root);
}

/** A plan that hands over `items` in one slice. */
function fixedSweep(items: TidyItem[]): TidySweep {
  let done = false;
  return {
    next() {
      done = true;
      return items;
    },
    get done() {
      return done;
    },
  };
}

/** Makes the article long: `copies` more of its paragraphs and inserts. */
function growArticle(copies: number): void {
  const article = document.querySelector('article')!;
  const parts = [...article.childNodes].filter((n) => n.nodeName !== 'H1');
  for (let i = 0; i < copies; i++) for (const part of parts) article.append(part.cloneNode(true));
}

/** What one unsliced pass removes from the page as it is now, and the page after it; the page is then put back. */
function onePass(): { removed: Removal[]; html: string } {
  const reference = new TidyController(document, { plan: realPlan(), sliceMs: Infinity });
  const { removed } = reference.setActive(true);
  const html = document.body.innerHTML;
  reference.setActive(false);
  reference.dispose();
  return { removed, html };
}

function bodyText(): string {
  return document.body.textContent ?? '';
}

describe('TidyController', () => {
  let controller: TidyController | null = null;

  beforeEach(() => {
    vi.useFakeTimers();
    loadArticle();
  });
  afterEach(() => {
    controller?.dispose();
    controller = null;
    vi.useRealTimers();
  });

  it('removes the inserts and keeps every article paragraph', () => {
    controller = new TidyController(document, { plan: realPlan() });
    const status = controller.setActive(true);

    expect(status.active).toBe(true);
    expect(status.removed.map((r) => r.rule).sort()).toEqual(['ad-gpt-slot', 'ad-rb-slot', 'id-baca-juga']);
    expect(document.getElementById('div-gpt-ad-123')).toBeNull();
    expect(document.querySelector('.rb-1')).toBeNull();
    expect(bodyText()).not.toContain('Baca Juga');
    for (const paragraph of PARAGRAPHS) expect(bodyText()).toContain(paragraph);
    // The site's layout stays: header, article, footer are all still there.
    expect(document.querySelector('header')).not.toBeNull();
    expect(document.querySelector('footer')).not.toBeNull();
    expect(controller.count).toBe(3);
  });

  it('puts every node back exactly where it was ("Show original")', () => {
    const before = document.body.innerHTML;
    controller = new TidyController(document, { plan: realPlan() });
    controller.setActive(true);
    expect(document.body.innerHTML).not.toBe(before);

    const status = controller.setActive(false);
    expect(document.body.innerHTML).toBe(before);
    expect(status.active).toBe(false);
    // What would be removed is still listed, for the popup.
    expect(status.removed).toHaveLength(3);
    expect(controller.count).toBe(0);
  });

  it('removes the inserts again after "Show original" ("Clean again")', () => {
    controller = new TidyController(document, { plan: realPlan() });
    controller.setActive(true);
    const cleaned = document.body.innerHTML;
    controller.setActive(false);
    const again = controller.setActive(true);

    expect(again.removed).toHaveLength(3);
    expect(document.body.innerHTML).toBe(cleaned);
    controller.setActive(false);
    expect(document.getElementById('div-gpt-ad-123')).not.toBeNull();
  });

  it('restores nested removals and nodes whose neighbours were removed too', () => {
    const before = document.body.innerHTML;
    const article = document.querySelector('article')!;
    const paragraphs = [...article.querySelectorAll('p')];
    // A parent and its own child in separate items, adjacent siblings, and a text node.
    const plan = (): TidySweep =>
      fixedSweep([
        { rule: 'a', category: 'ad', reason: '', text: '', nodes: [paragraphs[1]!.firstChild!, paragraphs[1]!] },
        { rule: 'b', category: 'ad', reason: '', text: '', nodes: [paragraphs[2]!, paragraphs[3]!] },
        { rule: 'c', category: 'ad', reason: '', text: '', nodes: [paragraphs[0]!.firstChild!] },
      ]);
    controller = new TidyController(document, { plan });
    controller.setActive(true);
    expect(article.querySelectorAll('p')).toHaveLength(paragraphs.length - 3);
    controller.setActive(false);
    expect(document.body.innerHTML).toBe(before);
  });

  it('setActive with the current state changes nothing', () => {
    const plan = vi.fn(realPlan());
    controller = new TidyController(document, { plan });
    controller.setActive(true);
    controller.setActive(true);
    expect(plan).toHaveBeenCalledTimes(1);
    expect(controller.status().removed).toHaveLength(3);
  });

  it('catches an insert the page adds later, in one batched pass', async () => {
    const onChange = vi.fn();
    const plan = vi.fn(realPlan());
    controller = new TidyController(document, { plan, onChange });
    controller.setActive(true);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ active: true }));
    onChange.mockClear();

    const article = document.querySelector('article')!;
    const slot = document.createElement('div');
    slot.id = 'div-gpt-ad-999';
    const related = document.createElement('p');
    const label = document.createElement('strong');
    label.textContent = 'Baca Juga: ';
    const link = document.createElement('a');
    link.href = 'https://news.contoh.co.id/read/2024/05/10/macet';
    link.textContent = 'Macet Parah di Tol Dalam Kota';
    label.append(link);
    related.append(label);
    article.append(slot);
    article.append(related);

    // Nothing happens before the batch delay: a burst of inserts costs one pass.
    // (The async variant lets the observer deliver its records, a microtask, first.)
    await vi.advanceTimersByTimeAsync(100);
    expect(document.getElementById('div-gpt-ad-999')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(200);

    expect(document.getElementById('div-gpt-ad-999')).toBeNull();
    expect(related.isConnected).toBe(false);
    expect(plan).toHaveBeenCalledTimes(2);
    // Only the inserts' parent was planned again, not the whole page.
    expect(plan).toHaveBeenLastCalledWith(article);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(controller.count).toBe(5);
    for (const paragraph of PARAGRAPHS) expect(bodyText()).toContain(paragraph);
  });

  it('does not react to its own removals and restores (no loop)', async () => {
    const plan = vi.fn(realPlan());
    controller = new TidyController(document, { plan });
    controller.setActive(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(plan).toHaveBeenCalledTimes(1);

    controller.setActive(false);
    controller.setActive(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(plan).toHaveBeenCalledTimes(2);
  });

  it('a page insert that holds nothing to remove costs one pass and no change', async () => {
    const onChange = vi.fn();
    const plan = vi.fn(realPlan());
    controller = new TidyController(document, { plan, onChange });
    controller.setActive(true);
    onChange.mockClear();
    const extra = document.createElement('p');
    extra.textContent = 'Paragraf tambahan dari pemuat otomatis.';
    document.querySelector('article')!.append(extra);
    await vi.advanceTimersByTimeAsync(300);
    expect(plan).toHaveBeenCalledTimes(2);
    expect(onChange).not.toHaveBeenCalled();
    expect(extra.isConnected).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(plan).toHaveBeenCalledTimes(2);
  });

  it('does not watch the page while showing the original', async () => {
    const plan = vi.fn(realPlan());
    controller = new TidyController(document, { plan });
    controller.setActive(true);
    controller.setActive(false);
    const slot = document.createElement('div');
    slot.id = 'div-gpt-ad-777';
    document.querySelector('article')!.append(slot);
    await vi.advanceTimersByTimeAsync(1000);
    expect(plan).toHaveBeenCalledTimes(1);
    expect(slot.isConnected).toBe(true);
  });
});

describe('TidyController on a page that takes several slices', () => {
  let controller: TidyController | null = null;

  beforeEach(() => {
    vi.useFakeTimers();
    loadArticle();
    // 10 copies: about 250 nodes, so a sweep with no time to spare takes a dozen slices.
    growArticle(10);
  });
  afterEach(() => {
    controller?.dispose();
    controller = null;
    vi.useRealTimers();
  });

  it('finds in slices and removes in later tasks, ending as one pass would', async () => {
    const reference = onePass();
    expect(reference.removed).toHaveLength(11 * 3);
    const plan = vi.fn(realPlan());
    const onChange = vi.fn();
    // No time at all: each slice ends at the walk's first question (every CHECK_EVERY nodes), and
    // a slice that found has no time left to remove.
    controller = new TidyController(document, { plan, onChange, sliceMs: 0 });

    expect(controller.setActive(true).removed).toHaveLength(0);
    expect(onChange).toHaveBeenCalledTimes(1);
    for (let task = 0; task < 8; task++) await vi.advanceTimersToNextTimerAsync();
    const early = controller.status().removed.length;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(reference.removed.length);

    await vi.runAllTimersAsync();
    expect(controller.status().removed).toEqual(reference.removed);
    expect(document.body.innerHTML).toBe(reference.html);
    expect(plan).toHaveBeenCalledTimes(1);
    // Each later slice that removed something said so, the last one with the full count.
    expect(onChange.mock.calls.length).toBeGreaterThan(3);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ active: true, removed: reference.removed }));
    for (const paragraph of PARAGRAPHS) expect(document.body.textContent).toContain(paragraph);
  });

  it('removes what one slice found across several tasks when removing takes the slice\'s time', async () => {
    // One walk finds everything (fixedSweep); with no time at all, the finding task removes
    // nothing and each later task removes one item.
    const all = startTidy(document, { url: ARTICLE_URL }).next(() => false);
    expect(all.length).toBeGreaterThan(3);
    const onChange = vi.fn();
    controller = new TidyController(document, { plan: () => fixedSweep([...all]), onChange, sliceMs: 0 });

    expect(controller.setActive(true).removed).toHaveLength(0);
    for (const item of all) for (const node of item.nodes) expect(document.contains(node)).toBe(true);
    await vi.advanceTimersToNextTimerAsync();
    expect(controller.status().removed).toHaveLength(1);
    await vi.advanceTimersToNextTimerAsync();
    expect(controller.status().removed).toHaveLength(2);
    await vi.runAllTimersAsync();
    expect(controller.status().removed.map((r) => r.rule)).toEqual(all.map((item) => item.rule));
    for (const item of all) for (const node of item.nodes) expect(document.contains(node)).toBe(false);
    for (const paragraph of PARAGRAPHS) expect(bodyText()).toContain(paragraph);
  });

  it('"Show original" in the middle of a sweep puts the page back exactly, and "Clean again" works', async () => {
    const before = document.body.innerHTML;
    const reference = onePass();
    expect(document.body.innerHTML).toBe(before);
    controller = new TidyController(document, { plan: realPlan(), sliceMs: 0 });

    controller.setActive(true);
    for (let task = 0; task < 8; task++) await vi.advanceTimersToNextTimerAsync();
    expect(controller.count).toBeGreaterThan(0);
    expect(controller.count).toBeLessThan(reference.removed.length);
    const shown = controller.setActive(false);
    expect(shown.active).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    // The slices still scheduled remove nothing.
    await vi.runAllTimersAsync();
    expect(document.body.innerHTML).toBe(before);
    expect(controller.count).toBe(0);

    controller.setActive(true);
    await vi.runAllTimersAsync();
    expect(controller.status().removed).toEqual(reference.removed);
    expect(document.body.innerHTML).toBe(reference.html);
    controller.setActive(false);
    expect(document.body.innerHTML).toBe(before);
  });

  it('dispose stops a sweep in the middle', async () => {
    controller = new TidyController(document, { plan: realPlan(), sliceMs: 0 });
    controller.setActive(true);
    const count = controller.count;
    const html = document.body.innerHTML;
    controller.dispose();
    await vi.runAllTimersAsync();
    expect(controller.count).toBe(count);
    expect(document.body.innerHTML).toBe(html);
  });

  it('plans a big batch of page inserts in slices too', async () => {
    loadArticle();
    // A lazy loader will append the next 10 sections of the article at once.
    const article = document.querySelector('article')!;
    const more = document.createElement('div');
    const parts = [...article.childNodes].filter((n) => n.nodeName !== 'H1');
    for (let i = 0; i < 10; i++) for (const part of parts) more.append(part.cloneNode(true));
    const plan = vi.fn(realPlan());
    const onChange = vi.fn();
    controller = new TidyController(document, { plan, onChange, sliceMs: 0 });
    controller.setActive(true);
    onChange.mockClear();

    article.append(more);
    const slots = more.querySelectorAll('[id^="div-gpt-ad"], .rb-1').length;
    expect(slots).toBe(20);

    await vi.advanceTimersByTimeAsync(300);
    expect(plan).toHaveBeenLastCalledWith(article);
    await vi.runAllTimersAsync();
    expect(more.querySelectorAll('[id^="div-gpt-ad"], .rb-1')).toHaveLength(0);
    expect(more.textContent).not.toContain('Baca Juga');
    expect(plan).toHaveBeenCalledTimes(2);
    expect(onChange.mock.calls.length).toBeGreaterThan(1);
    expect(controller.count).toBe(3 + 10 * 3);
  });
});

describe('TidyController slices on a clock', () => {
  /** A clock that moves only when the walk takes nodes: each node costs `stepMs`. */
  function costlyPage(stepMs: number): { clock: TidyClock; slices: number[]; plan: (root?: ParentNode) => TidySweep } {
    let t = 0;
    const slices: number[] = [];
    const clock: TidyClock = { now: () => t, measure: (start) => void slices.push(t - start) };
    const plan = (root?: ParentNode): TidySweep => {
      const sweep = realPlan()(root);
      return {
        next: (shouldStop, every = 16) =>
          sweep.next(() => {
            t += every * stepMs;
            return shouldStop();
          }, every),
        get done() {
          return sweep.done;
        },
      };
    };
    return { clock, slices, plan };
  }

  beforeEach(() => {
    vi.useFakeTimers();
    loadArticle();
  });
  afterEach(() => vi.useRealTimers());

  it('no slice runs past its time by more than the nodes between two looks at the clock, however big the page', async () => {
    for (const copies of [10, 80]) {
      loadArticle();
      growArticle(copies);
      const reference = onePass();
      const { clock, slices, plan } = costlyPage(1);
      const controller = new TidyController(document, { plan, clock, sliceMs: 12 });
      controller.setActive(true);
      await vi.runAllTimersAsync();
      expect(controller.status().removed).toEqual(reference.removed);
      expect(slices.length).toBeGreaterThan(copies / 4);
      expect(Math.max(...slices)).toBeLessThanOrEqual(12 + CHECK_EVERY);
      controller.dispose();
    }
  });
});

describe('insertScopes', () => {
  beforeEach(() => loadArticle());

  it('plans under the parents of the inserts, merging nested ones', () => {
    const article = document.querySelector('article')!;
    const first = article.querySelector('p')!;
    const inner = document.createElement('span');
    first.append(inner);
    const box = document.createElement('div');
    article.append(box);
    expect(insertScopes(document, [inner, box])).toEqual([article]);
    expect(insertScopes(document, [inner])).toEqual([first]);
  });

  it('merges a burst of nested inserts into their outermost parents', () => {
    const article = document.querySelector('article')!;
    const list = document.createElement('ul');
    const other = document.createElement('div');
    article.append(list, other);
    const added: Element[] = [];
    for (let i = 0; i < 2000; i++) {
      const item = list.appendChild(document.createElement('li'));
      added.push(item, item.appendChild(document.createElement('a')));
    }
    added.push(other.appendChild(document.createElement('p')));
    expect(insertScopes(document, added)).toEqual([list, other]);
    expect(insertScopes(document, [...added, list])).toEqual([article]);
  });

  it('falls back to the whole page for inserts straight into <body>', () => {
    const banner = document.createElement('div');
    document.body.append(banner);
    const box = document.createElement('div');
    document.querySelector('article')!.append(box);
    expect(insertScopes(document, [box, banner])).toEqual([undefined]);
  });
});
