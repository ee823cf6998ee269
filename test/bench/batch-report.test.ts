import { describe, expect, it } from 'vitest';
import { batchSection, batchTable, keepBrowserBlock } from '../../bench/lib/batch-report.ts';
import { pickPages } from '../../bench/lib/batch-speed.ts';
import type { CorpusPage } from '../../bench/lib/corpus.ts';

const FIGURES = [
  { name: 'bersih batch --jobs 1', workers: 1, pagesPerSecond: 2, peakRssMb: 300, seconds: [30] },
  { name: 'bersih batch --jobs 2', workers: 2, pagesPerSecond: 3.5, peakRssMb: 500, seconds: [17] },
  { name: 'Readability on jsdom', workers: 1, pagesPerSecond: 4, peakRssMb: 250, seconds: [15] },
  { name: 'Readability on linkedom', workers: 1, pagesPerSecond: 20, peakRssMb: 120, seconds: [3] },
];

describe('batch report', () => {
  it('gives pages/s, the ratio to Readability on linkedom and peak RSS per process and per worker', () => {
    expect(batchTable(FIGURES).split('\n')).toEqual([
      '| system | pages/s | × Readability on linkedom | peak RSS MB | per worker MB |',
      '|---|---:|---:|---:|---:|',
      '| bersih batch --jobs 1 | 2.00 | 0.10 | 300 | 300 |',
      '| bersih batch --jobs 2 | 3.50 | 0.17 | 500 | 250 |',
      '| Readability on jsdom | 4.00 | 0.20 | 250 | 250 |',
      '| Readability on linkedom | 20.00 | 1.00 | 120 | 120 |',
    ]);
    const md = batchSection({ figures: FIGURES, pages: 60, corpora: { 'id-news': 24, wcxb: 36 }, rounds: 3, loadAverage: [1.5, 1.25, 1] });
    expect(md).toContain('60 saved pages (id-news 24, wcxb 36)');
    expect(md).toContain('3 rounds');
    expect(md).toContain('Load average when they ended: 1.50, 1.25, 1.00.');
  });

  it('picks every news page, then pages at even steps from the other corpora', () => {
    const corpus = (kind: CorpusPage['kind'], n: number): CorpusPage[] =>
      Array.from({ length: n }, (_, i) => ({ kind, id: `${kind}${i}` }) as CorpusPage);
    const picked = pickPages([corpus('id-news', 3), corpus('readability', 10), corpus('wcxb', 100)], 8);
    expect(picked.map((p) => p.id)).toEqual(['id-news0', 'id-news1', 'id-news2', 'readability0', 'readability3', 'readability6', 'wcxb0', 'wcxb50']);
  });
});

describe('the browser block of bench/REPORT.md', () => {
  const BLOCK = '<!-- bench:browser -->\n## In Chromium\n\n| a | b |\n|---|---|\n| 1 | 2 |\n<!-- /bench:browser -->';
  const NEXT = '# Bersih speed benchmark\n\nfigures\n\n## Machine\n\n- CPU: x\n';

  it('is kept verbatim, before the machine, when the report is rewritten', () => {
    const old = `# Old report\n\nold figures\n\n${BLOCK}\n\n## Machine\n\n- CPU: old\n`;
    const md = keepBrowserBlock(NEXT, old);
    expect(md).toContain(BLOCK);
    expect(md.indexOf(BLOCK)).toBeLessThan(md.indexOf('## Machine'));
    expect(md).not.toContain('old figures');
    expect(md.replace(`${BLOCK}\n\n`, '')).toBe(NEXT);
    // A second rewrite keeps it again, once.
    expect(keepBrowserBlock(NEXT, md).split('<!-- bench:browser -->')).toHaveLength(2);
  });

  it('is appended when the new report has no machine section, and nothing is added without one', () => {
    expect(keepBrowserBlock('# Report\n', BLOCK)).toBe(`# Report\n\n${BLOCK}\n`);
    expect(keepBrowserBlock(NEXT, '# Old report without a block\n')).toBe(NEXT);
    expect(keepBrowserBlock(NEXT, null)).toBe(NEXT);
  });
});
