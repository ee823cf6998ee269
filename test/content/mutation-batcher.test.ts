// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MutationBatcher } from '../../src/content/mutation-batcher.ts';

function div(id: string): HTMLDivElement {
  const el = document.createElement('div');
  el.id = id;
  return el;
}

describe('MutationBatcher', () => {
  let batcher: MutationBatcher;
  const onBatch = vi.fn();

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    onBatch.mockReset();
    batcher = new MutationBatcher(document.body, { onBatch, delayMs: 250 });
    batcher.start();
  });
  afterEach(() => {
    batcher.stop();
    vi.useRealTimers();
  });

  it('hands a burst of inserts over once, after the delay', async () => {
    document.body.append(div('a'));
    await vi.advanceTimersByTimeAsync(100);
    document.body.append(div('b'));
    document.body.append(document.createTextNode('text only'));
    await vi.advanceTimersByTimeAsync(100);
    expect(onBatch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);
    expect(onBatch).toHaveBeenCalledTimes(1);
    expect(onBatch.mock.calls[0]![0].map((el: Element) => el.id)).toEqual(['a', 'b']);
  });

  it('ignores changes made through quietly(), keeping the page inserts queued before them', async () => {
    document.body.append(div('page'));
    batcher.quietly(() => {
      document.body.append(div('ours'));
      document.getElementById('page')!.before(div('ours-too'));
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(onBatch).toHaveBeenCalledTimes(1);
    expect(onBatch.mock.calls[0]![0].map((el: Element) => el.id)).toEqual(['page']);

    batcher.quietly(() => document.body.append(div('only-ours')));
    await vi.advanceTimersByTimeAsync(1000);
    expect(onBatch).toHaveBeenCalledTimes(1);
  });

  it('skips inserts the page removed again before the batch ran', async () => {
    const gone = div('gone');
    document.body.append(gone);
    await vi.advanceTimersByTimeAsync(10);
    gone.remove();
    await vi.advanceTimersByTimeAsync(1000);
    expect(onBatch).not.toHaveBeenCalled();
  });

  it('reports nothing after stop()', async () => {
    document.body.append(div('late'));
    await vi.advanceTimersByTimeAsync(10);
    batcher.stop();
    document.body.append(div('later'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(onBatch).not.toHaveBeenCalled();
    expect(batcher.active).toBe(false);
  });
});
