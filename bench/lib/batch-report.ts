/**
 * The batch part of bench/REPORT.md (figures from ./batch-speed.ts), and the rule that keeps the
 * browser benchmark's block: `npm run bench:browser` writes its figures between
 * `<!-- bench:browser -->` and `<!-- /bench:browser -->`, and `npm run bench -- --report`
 * rewrites the rest of the file around that block, verbatim.
 */
import type { BatchFigure } from './batch-speed.ts';

export const BROWSER_BLOCK = /<!-- bench:browser -->[\s\S]*?<!-- \/bench:browser -->/;

export interface BatchRun {
  figures: BatchFigure[];
  pages: number;
  /** Pages per corpus in the manifest. */
  corpora: Record<string, number>;
  rounds: number;
  /** Load average (1, 5, 15 min) when the batch runs ended. */
  loadAverage: number[];
}

/** The table: pages/s, peak RSS of the process and per worker, and each against Readability on linkedom. */
export function batchTable(figures: BatchFigure[]): string {
  const linkedom = figures.find((f) => f.name === 'Readability on linkedom')?.pagesPerSecond;
  const rows = figures.map((f) => {
    const ratio = linkedom ? (f.pagesPerSecond / linkedom).toFixed(2) : '–';
    return `| ${f.name} | ${f.pagesPerSecond.toFixed(2)} | ${ratio} | ${f.peakRssMb.toFixed(0)} | ${(f.peakRssMb / f.workers).toFixed(0)} |`;
  });
  return ['| system | pages/s | × Readability on linkedom | peak RSS MB | per worker MB |', '|---|---:|---:|---:|---:|', ...rows].join('\n');
}

/** The `## Batch throughput` section. */
export function batchSection(run: BatchRun): string {
  const corpora = Object.entries(run.corpora).map(([c, n]) => `${c} ${n}`).join(', ');
  return `## Batch throughput

Whole processes, end to end (start-up, reading, decoding, parsing, extracting, writing one JSON
line per page), over one manifest of ${run.pages} saved pages (${corpora}); the systems alternate,
${run.rounds} rounds, and each figure is the median over rounds (bench/lib/batch-speed.ts).
Peak RSS is the process's \`maxRSS\` (worker threads included); "per worker" divides it by the
workers. The two Readability baselines run on one core, as bench/readability-batch.ts.
Load average when they ended: ${run.loadAverage.map((l) => l.toFixed(2)).join(', ')}.

${batchTable(run.figures)}
`;
}

/**
 * `next` with the browser block of `previous` (the report being replaced), when `previous` has
 * one and `next` does not: put before \`## Machine\`, or at the end.
 */
export function keepBrowserBlock(next: string, previous: string | null): string {
  const block = previous ? BROWSER_BLOCK.exec(previous)?.[0] : undefined;
  if (!block || BROWSER_BLOCK.test(next)) return next;
  const at = next.indexOf('\n## Machine');
  return at < 0 ? `${next.trimEnd()}\n\n${block}\n` : `${next.slice(0, at + 1)}${block}\n\n${next.slice(at + 1)}`;
}
