/** The browser benchmark rewrites only its own block of bench/REPORT.md. */
import { describe, expect, it } from 'vitest';
import { BLOCK_END, BLOCK_START, withBrowserBlock } from '../../bench/browser/report-block.ts';
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
