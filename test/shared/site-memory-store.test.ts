import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MEMORY_INDEX_KEY, storageMemoryStore } from '../../src/shared/site-memory-store.ts';
import { fake } from './fake-browser.ts';

vi.mock('../../src/shared/browser.ts', () => import('./fake-browser.ts'));

beforeEach(() => fake.reset());

/** A store whose clock ticks once per call, capped at `maxSites`. */
function store(maxSites = 3) {
  let t = 0;
  return storageMemoryStore(() => ++t, maxSites);
}

const seen = (article: string, ...blocks: string[]) => ({ article, prose: [`${article}-p`], blocks });

describe('storageMemoryStore', () => {
  it('keeps each site under its own key in storage.local, fingerprints only', async () => {
    const memory = store();
    await memory.observe('detik.com', seen('a', 'x', 'y'));
    await memory.observe('detik.com', seen('b', 'x'));
    expect(fake.stored('siteMemory:detik.com')).toEqual({
      blocks: { x: { a: ['a', 'b'], t: 2 }, y: { a: ['a'], t: 1 } },
      articles: { a: { p: ['a-p'], t: 1 }, b: { p: ['b-p'], t: 2 } },
    });
    expect((await memory.load('detik.com'))?.blocks.x?.a).toEqual(['a', 'b']);
    expect(await memory.load('kompas.com')).toBeUndefined();
  });

  it('caps the sites, forgetting the least recently read', async () => {
    const memory = store(2);
    await memory.observe('a.com', seen('1', 'x'));
    await memory.observe('b.com', seen('2', 'x'));
    await memory.observe('a.com', seen('3', 'x'));
    await memory.observe('c.com', seen('4', 'x'));
    expect(await memory.sites()).toEqual(['c.com', 'a.com']);
    expect(fake.stored('siteMemory:b.com')).toBeUndefined();
    expect(fake.stored(MEMORY_INDEX_KEY)).toEqual({ 'a.com': 3, 'c.com': 4 });
  });

  it('forgets one site, or all of them (keys left outside the index too), and nothing else', async () => {
    fake.store('settings', { schemaVersion: 1, siteMemory: true });
    fake.store('siteMemory:stray.com', { blocks: {} });
    const memory = store();
    await memory.observe('a.com', seen('1', 'x'));
    await memory.observe('b.com', seen('2', 'x'));
    await memory.forget('a.com');
    expect(await memory.sites()).toEqual(['b.com']);
    expect(fake.stored('siteMemory:a.com')).toBeUndefined();
    await memory.forget();
    expect(await memory.sites()).toEqual([]);
    expect(fake.stored('siteMemory:b.com')).toBeUndefined();
    expect(fake.stored('siteMemory:stray.com')).toBeUndefined();
    expect(fake.stored('settings')).toEqual({ schemaVersion: 1, siteMemory: true });
  });

  it('reads a damaged index or memory as empty rather than failing', async () => {
    fake.store(MEMORY_INDEX_KEY, ['not', 'an', 'index']);
    fake.store('siteMemory:a.com', 'garbage');
    const memory = store();
    expect(await memory.sites()).toEqual([]);
    expect(await memory.load('a.com')).toEqual({ blocks: {}, articles: {} });
    await memory.observe('a.com', seen('1', 'x'));
    expect(await memory.sites()).toEqual(['a.com']);
  });
});
