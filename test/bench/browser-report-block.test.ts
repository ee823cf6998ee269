/** The browser benchmark rewrites only its own block of bench/REPORT.md. */
import { describe, expect, it } from 'vitest';
import { BLOCK_END, BLOCK_START, renderBrowserBlock, restAndBudget, withBrowserBlock, type BrowserFigures } from '../../bench/browser/report-block.ts';
import { markdownTable, quantile } from '../../bench/browser/stats.ts';

describe('withBrowserBlock', () => {
  it('replaces the block between the markers and keeps everything around it', () => {
    const report = `# Report\n\nbatch figures\n\n${BLOCK_START}\nold figures\n${BLOCK_END}\n\n## Machine\n`;
    const next = withBrowserBlock(report, 'new figures');
    expect(next).toBe(`# Report\n\nbatch figures\n\n${BLOCK_START}\nnew figures\n${BLOCK_END}\n\n## Machine\n`);
    expect(withBrowserBlock(next, 'newer')).toContain(`${BLOCK_START}\nnewer\n${BLOCK_END}`);
  });

  it('appends the block to a report that has none', () => {
    expect(withBrowserBlock('# Report\n\nbatch figures\n', 'figures')).toBe(`# Report\n\nbatch figures\n\n${BLOCK_START}\nfigures\n${BLOCK_END}\n`);
  });
});

describe('browser benchmark statistics', () => {
  it('takes nearest-rank quantiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([0.5, 0.95, 0.99, 1].map((q) => quantile(values, q))).toEqual([50, 95, 99, 100]);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('writes a Markdown row per measure with n, median, p95, p99 and max', () => {
    expect(markdownTable([{ measure: 'slice', values: [1, 2, 3] }, { measure: 'none', values: [] }])).toBe(
      ['| measure | n | median | p95 | p99 | max |', '|---|---:|---:|---:|---:|---:|', '| slice | 3 | 2.0 | 3.0 | 3.0 | 3.0 |', '| none | 0 | – | – | – | – |'].join('\n'),
    );
  });
});

describe('renderBrowserBlock', () => {
  const figures: BrowserFigures = {
    command: 'npm run bench:browser',
    date: '2026-12-03T00:00:00.000Z',
    seconds: 100,
    pages: 3,
    corpora: 'id-news 3',
    slicePages: 3,
    sliceCorpora: 'id-news 3',
    chromium: 'Chromium 156',
    loadAverage: [1, 1, 1],
    inPage: {
      first: [{ ours: 30, parse: 8, readability: 10 }, { ours: 60, parse: 16, readability: 20 }, { ours: 90, parse: 24, readability: 30 }],
      second: [{ ours: 20, parse: 6, readability: 10 }, { ours: 30, parse: 12, readability: 15 }, { ours: 40, parse: 14, readability: 20 }],
    },
    popup: [],
    slices: [],
    other: [],
    failures: 0,
  };

  const block = renderBrowserBlock(figures, 'chart.svg');

  it('gives the ratio of the first runs and, beside it, of the second runs in the same page', () => {
    expect(block).toContain('**ours / Readability: median ×3.00, p95 ×3.00**');
    expect(block).toContain('Second runs: ours / Readability median ×2.00, p95 ×2.00.');
    expect(block).toContain('| ours: second run | 3 | 30.0 | 40.0 | 40.0 | 40.0 |');
    expect(block).toContain('| readability: second run | 3 | 15.0 | 20.0 | 20.0 | 20.0 |');
  });

  it("splits ours into Readability's parse and the rest, beside what the rest may take for ×1.15", () => {
    // First runs: parse 8/16/24, rest 22/44/66, budget 1.15 × 10/20/30 less the parse = 3.5/7/10.5.
    expect(block).toContain("| ours, first run: Readability's parse inside | 3 | 16.0 | 24.0 | 24.0 | 24.0 |");
    expect(block).toContain('| ours, first run: all the rest | 3 | 44.0 | 66.0 | 66.0 | 66.0 |');
    expect(block).toContain('| ours, first run: what the rest may take for ×1.15 | 3 | 7.0 | 10.5 | 10.5 | 10.5 |');
    expect(block).toContain('| ours, second run: all the rest | 3 | 18.0 | 26.0 | 26.0 | 26.0 |');
  });

  it('takes each page on its own: a page where the rest fits its budget is within ×1.15', () => {
    const { rest, budget } = restAndBudget([{ ours: 11, parse: 9, readability: 10 }, { ours: 30, parse: 10, readability: 10 }]);
    expect(rest).toEqual([2, 20]);
    expect(budget.map((b) => Number(b.toFixed(2)))).toEqual([2.5, 1.5]);
    expect(rest.map((r, i) => r <= budget[i]!)).toEqual([true, false]);
  });
});
