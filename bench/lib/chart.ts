/**
 * A hand-written SVG scatter chart for the benchmark report: time per page against page size,
 * one series per system, log scales on both axes (sizes and times both span decades).
 * No charting dependency: the report must render on GitHub as a plain file.
 */

export interface ChartSeries {
  name: string;
  colour: string;
  /** [page size in KB, time in ms] pairs. */
  points: [number, number][];
}

const W = 720;
const H = 420;
const M = { left: 64, right: 16, top: 36, bottom: 48 };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Powers of ten covering [lo, hi], at least two. */
function decades(lo: number, hi: number): number[] {
  const first = Math.floor(Math.log10(lo));
  const last = Math.max(first + 1, Math.ceil(Math.log10(hi)));
  return Array.from({ length: last - first + 1 }, (_, i) => 10 ** (first + i));
}

const tickLabel = (v: number): string => (v >= 1 ? String(v) : v.toString());

/** Renders the scatter chart as a standalone SVG document. */
export function scatterChart(title: string, xLabel: string, yLabel: string, series: ChartSeries[]): string {
  const all = series.flatMap((s) => s.points).filter(([x, y]) => x > 0 && y > 0);
  const xs = decades(Math.min(...all.map((p) => p[0]), 1), Math.max(...all.map((p) => p[0]), 10));
  const ys = decades(Math.min(...all.map((p) => p[1]), 1), Math.max(...all.map((p) => p[1]), 10));
  const [x0, x1, y0, y1] = [Math.log10(xs[0]!), Math.log10(xs.at(-1)!), Math.log10(ys[0]!), Math.log10(ys.at(-1)!)];
  const px = (x: number): number => M.left + ((Math.log10(x) - x0) / (x1 - x0)) * (W - M.left - M.right);
  const py = (y: number): number => H - M.bottom - ((Math.log10(y) - y0) / (y1 - y0)) * (H - M.top - M.bottom);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">${esc(title)}</text>`,
  ];
  for (const x of xs) {
    out.push(`<line x1="${fmt(px(x))}" y1="${M.top}" x2="${fmt(px(x))}" y2="${H - M.bottom}" stroke="#ddd"/>`,
      `<text x="${fmt(px(x))}" y="${H - M.bottom + 16}" text-anchor="middle">${tickLabel(x)}</text>`);
  }
  for (const y of ys) {
    out.push(`<line x1="${M.left}" y1="${fmt(py(y))}" x2="${W - M.right}" y2="${fmt(py(y))}" stroke="#ddd"/>`,
      `<text x="${M.left - 6}" y="${fmt(py(y) + 4)}" text-anchor="end">${tickLabel(y)}</text>`);
  }
  out.push(
    `<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="#333"/>`,
    `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#333"/>`,
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 10}" text-anchor="middle">${esc(xLabel)}</text>`,
    `<text transform="translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`,
  );
  for (const s of series) {
    out.push(`<g fill="${esc(s.colour)}" fill-opacity="0.55" class="series" data-name="${esc(s.name)}">`);
    for (const [x, y] of s.points) if (x > 0 && y > 0) out.push(`<circle cx="${fmt(px(x))}" cy="${fmt(py(y))}" r="2.5"/>`);
    out.push('</g>');
  }
  series.forEach((s, i) => {
    const y = M.top + 12 + i * 18;
    out.push(`<circle cx="${M.left + 14}" cy="${y - 4}" r="5" fill="${esc(s.colour)}"/>`,
      `<text x="${M.left + 24}" y="${y}">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
