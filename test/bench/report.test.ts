import { describe, expect, it } from 'vitest';
import { scatterChart } from '../../bench/lib/chart.ts';
import { headline, renderReport, summariseTimings, timingChart, timingTable, type PageTiming } from '../../bench/lib/report.ts';

const page = (id: string, kb: number, readability: number, pipeline: number, tidy: number, floor: number): PageTiming =>
  ({ corpus: 'synthetic', id, kb, ms: { readability, pipeline, tidy, floor } });

// Three pages: medians are the middle values, p95 (nearest rank) the largest.
const PAGES = [
  page('a', 50, 10, 12, 3, 2),
  page('b', 200, 20, 30, 6, 4),
  page('c', 1500, 40, 50, 9, 5),
];

describe('summariseTimings', () => {
  it('takes medians and p95 over pages and the ratios of medians', () => {
    const s = summariseTimings(PAGES, 5, 300 * 1024 * 1024);
    expect(s.systems.readability).toEqual({ medianMs: 20, p95Ms: 40 });
    expect(s.systems.pipeline).toEqual({ medianMs: 30, p95Ms: 50 });
    expect(s.pipelineOverReadability).toBe(1.5);
    expect(s.tidyOverFloor).toBe(1.5);
    expect(s.peakHeapMb).toBe(300);
    expect(headline(s)).toBe('bench: pipeline/readability 1.50, tidy/floor 1.50, pages 3');
  });
});

describe('report', () => {
  const summary = summariseTimings(PAGES, 5, 0);
  const env = {
    cpu: 'Test CPU 9000', cores: 2, memoryGb: 8, loadAverage: [0.5, 0.4, 0.3], date: '2026-01-01T00:00:00Z', seconds: 12,
    versions: { node: 'v20.0.0', jsdom: '29.0.0', '@mozilla/readability': '0.6.0', bersih: '0.1.0' },
  };

  it('tabulates every system', () => {
    expect(timingTable(summary).split('\n')).toEqual([
      '| system | median ms | p95 ms |',
      '|---|---:|---:|',
      '| readability | 20.00 | 40.00 |',
      '| pipeline | 30.00 | 50.00 |',
      '| tidy | 6.00 | 9.00 |',
      '| floor | 4.00 | 5.00 |',
    ]);
  });

  it('names the machine, the versions, the corpora and the chart', () => {
    const md = renderReport(summary, env, { synthetic: 3 }, 'report-chart.svg');
    expect(md).toContain('Test CPU 9000, 2 cores, 8 GB memory');
    expect(md).toContain('node v20.0.0, jsdom 29.0.0, @mozilla/readability 0.6.0, bersih 0.1.0');
    expect(md).toContain('Pages: 3 (synthetic 3)');
    expect(md).toContain('**pipeline / readability: 1.50**');
    expect(md).toContain('![time per page vs page size](report-chart.svg)');
  });

  it('puts extra sections (the batch figures) before the machine', () => {
    const md = renderReport(summary, env, { synthetic: 3 }, 'report-chart.svg', ['## Batch throughput\n\ntable\n']);
    expect(md).toContain('## Batch throughput\n\ntable\n\n## Machine');
  });

  it('draws one point per page and system, with a legend and log-decade ticks', () => {
    const svg = timingChart(PAGES);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    const series = svg.split('<g ').slice(1);
    expect(series).toHaveLength(2);
    for (const g of series) expect(g.split('</g>')[0]!.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('Bersih pipeline (cleanDocument)');
    expect(svg).toContain('Readability (clone + parse)');
    // Sizes 50..1500 KB → x ticks at 10, 100, 1000, 10000.
    for (const tick of ['>10<', '>100<', '>1000<', '>10000<']) expect(svg).toContain(tick);
  });

  it('places a larger page further right and a slower run higher up', () => {
    const svg = scatterChart('t', 'x', 'y', [{ name: 's', colour: '#000', points: [[10, 10], [100, 100]] }]);
    const [a, b] = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="2.5"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(b![0]).toBeGreaterThan(a![0]!);
    expect(b![1]).toBeLessThan(a![1]!);
  });

  it('escapes markup in labels', () => {
    expect(scatterChart('<b>&', 'x', 'y', [])).toContain('&lt;b&gt;&amp;');
  });
});
