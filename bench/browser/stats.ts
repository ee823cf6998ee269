/** Medians, percentiles and the summary table of the browser benchmark. */

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

/** The columns of every table: how many values, then median, p95, p99 and max (ms). */
export const COLUMNS = ['n', 'median', 'p95', 'p99', 'max'] as const;

/** A row's cells under `COLUMNS`. */
export function cells(values: readonly number[]): string[] {
  return [String(values.length), ...[0.5, 0.95, 0.99, 1].map((q) => ms(quantile(values, q)))];
}

/** A fixed-width table: measure, then `COLUMNS` (ms). */
export function formatTable(rows: readonly Row[]): string {
  const width = Math.max(...rows.map((r) => r.measure.length), 'measure'.length);
  const line = (row: string[]): string => [row[0]?.padEnd(width), ...row.slice(1).map((c) => c.padStart(8))].join('  ');
  return [line(['measure', ...COLUMNS]), ...rows.map((r) => line([r.measure, ...cells(r.values)]))].join('\n');
}

/** The same table in Markdown. */
export function markdownTable(rows: readonly Row[]): string {
  return [
    `| measure | ${COLUMNS.join(' | ')} |`,
    `|---|${COLUMNS.map(() => '---:').join('|')}|`,
    ...rows.map((r) => `| ${r.measure} | ${cells(r.values).join(' | ')} |`),
  ].join('\n');
}

/** The ratio of two series' q-quantiles. */
export function ratio(ours: readonly number[], baseline: readonly number[], q = 0.5): number {
  return quantile(ours, q) / quantile(baseline, q);
}

/** "median ×…, p95 ×…": ours over the baseline. */
export function ratios(ours: readonly number[], baseline: readonly number[]): string {
  return `median ×${ratio(ours, baseline).toFixed(2)}, p95 ×${ratio(ours, baseline, 0.95).toFixed(2)}`;
}
