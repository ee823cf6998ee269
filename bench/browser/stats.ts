/** Medians, 95th percentiles and the summary table of the browser benchmark. */

/** The q-quantile (0–1) of `values` by the nearest-rank method; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export interface Row {
  measure: string;
  values: number[];
}

const ms = (v: number): string => (Number.isFinite(v) ? v.toFixed(1) : '–');

/** A fixed-width table: measure, pages, median, p95, max (all in ms). */
export function formatTable(rows: readonly Row[]): string {
  const width = Math.max(...rows.map((r) => r.measure.length), 'measure'.length);
  const line = (cells: string[]): string =>
    [cells[0]?.padEnd(width), ...cells.slice(1).map((c) => c.padStart(8))].join('  ');
  return [
    line(['measure', 'pages', 'median', 'p95', 'max']),
    ...rows.map((r) => line([r.measure, String(r.values.length), ms(quantile(r.values, 0.5)), ms(quantile(r.values, 0.95)), ms(quantile(r.values, 1))])),
  ].join('\n');
}

/** "ours / Readability" for the median and the p95. */
export function ratioLine(ours: readonly number[], baseline: readonly number[]): string {
  const r = (q: number): string => (quantile(ours, q) / quantile(baseline, q)).toFixed(2);
  return `ours / Readability: median ×${r(0.5)}, p95 ×${r(0.95)}`;
}
