/**
 * The content script's joiner: its state as pages arrive (the popup and the reader view read
 * it), started once per page, null for a one-page article.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import { currentPagesStatus, joinedArticle, joinPagesStatus, resetJoiner, whenJoined } from '../../../src/content/pages/page-joiner.ts';
import type { PagesStatus } from '../../../src/shared/messages.ts';
import { loadFixture, parseFixture } from '../../core/fixtures.ts';
import { fixtureIo, fixturePages } from '../../core/pages/page-fixtures.ts';

describe('joinPagesStatus', () => {
  afterEach(() => resetJoiner());

  async function settled(read: () => PagesStatus | null): Promise<PagesStatus> {
    for (let i = 0; i < 50; i += 1) {
      const status = read();
      if (status?.done) return status;
      await Promise.resolve();
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error('never done');
  }

  it('is null for a one-page article and fetches nothing', () => {
    const fixture = loadFixture('pages-next-article');
    const doc = parseFixture(fixture);
    const io = fixtureIo(fixturePages('pages-next-article'));
    expect(joinPagesStatus(doc, cleanDocument(doc)!, { url: fixture.url }, io)).toBeNull();
    expect(io.fetched).toEqual([]);
  });

  it('starts once per page, grows as pages arrive, and gives the reader the joined article', async () => {
    const fixture = loadFixture('pages-numbered-nav');
    const doc = parseFixture(fixture);
    const first = cleanDocument(doc)!;
    const io = fixtureIo(fixturePages('pages-numbered-nav'));
    expect(currentPagesStatus(fixture.url)).toBeNull();
    const start = joinPagesStatus(doc, first, { url: fixture.url }, io);
    expect(start).toMatchObject({ done: false, pages: [1] });
    expect(currentPagesStatus(fixture.url)).toBe(start);
    const done = await settled(() => joinPagesStatus(doc, first, { url: fixture.url }, io));
    expect(done.pages).toEqual([1, 2, 3]);
    expect(io.fetched).toHaveLength(2);
    expect(joinedArticle(fixture.url)?.text).toContain('Hingga akhir tahun');
    expect(joinedArticle('https://www.kabarkota.id/other')).toBeNull();
    expect((await whenJoined(fixture.url))?.pages).toEqual([1, 2, 3]);
    expect(await whenJoined('https://www.kabarkota.id/other')).toBeNull();
  });
});
