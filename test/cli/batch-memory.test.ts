import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryFor, runWithSiteMemory, type PagePass } from '../../src/cli/batch-memory.ts';
import { learn, type SiteMemory } from '../../src/core/site-memory/index.ts';
import { bersih, tempDir } from './cli-harness.ts';

describe('runWithSiteMemory (the two passes)', () => {
  /** Pages as (site, article, template blocks); the run records each call and its memory. */
  function pages(list: [string | null, string, string[]][]) {
    const calls: { index: number; blocks: number }[] = [];
    const run = (index: number, memory: SiteMemory): Promise<PagePass> => {
      calls.push({ index, blocks: Object.keys(memory.blocks).length });
      const [site, article, blocks] = list[index]!;
      return Promise.resolve({ line: `page ${index} with ${Object.keys(memory.blocks).length}`, site, observed: { article, prose: [`${article}-p`], blocks } });
    };
    return { run, calls };
  }

  it('runs every page once with an empty memory, then again only those the site memory changes', async () => {
    const { run, calls } = pages([
      ['a.com', '1', ['nav', 'own-1']],
      ['b.com', '2', ['nav', 'own-2']],
      ['a.com', '3', ['nav', 'own-3']],
      [null, '4', ['nav']],
    ]);
    const passes = await runWithSiteMemory(4, run);
    expect(calls.slice(0, 4)).toEqual([0, 1, 2, 3].map((index) => ({ index, blocks: 0 })));
    // Page 0 learns from page 2 (later in the manifest) and page 2 from page 0; b.com has one page,
    // page 3 no site. Each is sent the memory of its own blocks only.
    expect(calls.slice(4)).toEqual([{ index: 0, blocks: 2 }, { index: 2, blocks: 2 }]);
    expect(passes.map((p) => p.line)).toEqual(['page 0 with 2', 'page 1 with 0', 'page 2 with 2', 'page 3 with 0']);
  });

  it('does not run a page again for a block that only it holds, twice', async () => {
    const { run, calls } = pages([['a.com', '1', ['x']], ['a.com', '1', ['x']]]);
    await runWithSiteMemory(2, run);
    expect(calls).toHaveLength(2);
  });
});

describe('memoryFor', () => {
  it('keeps the records of the page’s own blocks and the articles they name', () => {
    let memory = learn(undefined, { article: '1', prose: ['p1'], blocks: ['nav', 'own-1'] }, 1);
    memory = learn(memory, { article: '2', prose: ['p2'], blocks: ['nav', 'own-2'] }, 2);
    expect(memoryFor({ article: '1', prose: ['p1'], blocks: ['nav', 'own-1'] }, memory)).toEqual({
      blocks: { nav: { a: ['1', '2'], t: 2 }, 'own-1': { a: ['1'], t: 1 } },
      articles: { 1: { p: ['p1'], t: 1 }, 2: { p: ['p2'], t: 2 } },
    });
  });
});

describe('bersih batch with site memory', { timeout: 120_000 }, () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('learns across the manifest’s pages of one site, and --no-memory turns it off', async () => {
    const fixtures = join(import.meta.dirname, '../fixtures/site-memory');
    for (const name of ['article-a', 'article-b', 'article-c']) copyFileSync(join(fixtures, `${name}.html`), join(tmp.dir, `${name}.html`));
    const manifest = tmp.write('pages.jsonl', [
      JSON.stringify({ file: 'article-a.html', url: 'https://warta.contoh.co.id/daerah/2024/05/01/banjir-surut' }),
      JSON.stringify({ file: 'article-b.html', url: 'https://warta.contoh.co.id/daerah/2024/05/03/bendungan-dilanjutkan' }),
      JSON.stringify({ file: 'article-c.html', url: 'https://www.example.org/other-site' }),
    ].join('\n'));
    const [on, off] = await Promise.all([bersih(['batch', manifest]), bersih(['batch', '--no-memory', manifest])]);
    const parse = (out: string) => out.trimEnd().split('\n').map((l) => JSON.parse(l) as { text: string; removed: { rule: string }[]; siteMemory?: unknown });
    const [a, b, c] = parse(on.stdout);
    const memoryRemovals = (page: { removed: { rule: string }[] } | undefined) => page?.removed.filter((r) => r.rule === 'memory-site-template').length;
    // The first page gains from the second as much as the second from the first.
    expect(a?.text).not.toContain('sejak 1998');
    expect(b?.text).not.toContain('sejak 1998');
    expect(memoryRemovals(a)).toBe(4);
    expect(b?.text).toContain('Sebagai latar belakang');
    // Another site's page shares the template but learns nothing from it.
    expect(c?.text).toContain('sejak 1998');
    expect(a && 'siteMemory' in a).toBe(false);
    expect(parse(off.stdout).map(memoryRemovals)).toEqual([0, 0, 0]);
    expect(parse(off.stdout)[0]?.text).toContain('sejak 1998');
    expect(off.code).toBe(0);
  });
});
