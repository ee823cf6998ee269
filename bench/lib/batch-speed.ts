/**
 * The batch part of `npm run bench`: whole processes, end to end (start-up, reading, decoding,
 * parsing, extracting, writing), on one manifest of saved pages, each system timed by the wall
 * clock and its peak resident memory read from the process's own `maxRSS` (worker threads
 * included) when it exits:
 *
 *   bersih-jobs-1         node bin/bersih.js batch --jobs 1 MANIFEST (the built CLI)
 *   bersih-jobs-N         the same with --jobs N (N = the cores: the default)
 *   bersih-jsdom-1/N      the same two with BERSIH_DOM=jsdom: the CLI's reference DOM, as before
 *                         issue 17 (src/cli/parse-page.ts)
 *   readability-jsdom     bench/readability-batch.ts jsdom: plain Readability, one core
 *   readability-linkedom  bench/readability-batch.ts linkedom
 *
 * Systems alternate within each round, their order rotating, so the load of a shared machine
 * falls on all of them; each figure is the median of the rounds.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusPage } from './corpus.ts';
import { median } from './eval-summary.ts';

export interface BatchSystem {
  name: string;
  /** Arguments to `node`. */
  args: string[];
  /** Worker threads (1 for the single-threaded baselines). */
  workers: number;
  /** Extra environment of the process. */
  env?: Record<string, string>;
}

export interface BatchFigure {
  name: string;
  workers: number;
  pagesPerSecond: number;
  /** Median over rounds of the whole process's peak RSS. */
  peakRssMb: number;
  /** Seconds of each round. */
  seconds: number[];
}

// Preloaded into each measured process: its peak RSS, in KB, written to fd 3 as it exits.
const REPORT_RSS = `data:text/javascript,${encodeURIComponent("import { writeSync } from 'node:fs'; process.on('exit', () => { try { writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });")}`;

/** Writes a `bersih batch` manifest of `pages` (absolute paths, their URLs) to `path`. */
export function writeManifest(pages: CorpusPage[], path: string): void {
  writeFileSync(path, pages.map((p) => JSON.stringify({ file: p.file, url: p.url })).join('\n') + '\n');
}

/**
 * A spread of pages: every page of the news corpora, then pages taken at even steps from the
 * others until there are `count`.
 */
export function pickPages(corpora: CorpusPage[][], count: number): CorpusPage[] {
  const news = corpora.filter((c) => c[0]?.kind === 'id-news').flat();
  const others = corpora.filter((c) => c[0]?.kind !== 'id-news' && c.length > 0);
  const picked = news.slice(0, count);
  const left = count - picked.length;
  for (const [i, corpus] of others.entries()) {
    const want = Math.floor(left / others.length) + (i < left % others.length ? 1 : 0);
    const step = corpus.length / Math.max(1, want);
    for (let k = 0; k < want && k < corpus.length; k++) picked.push(corpus[Math.floor(k * step)]!);
  }
  return picked;
}

/** The systems for a manifest; `root` is the repository (their working directory). */
export function batchSystems(root: string, manifest: string, jobs: number): BatchSystem[] {
  const bin = join(root, 'bin', 'bersih.js');
  // tsx as a loader in the measured process itself (its CLI would run the script in a child).
  const tsx = ['--import', 'tsx'];
  const baseline = join(root, 'bench', 'readability-batch.ts');
  return [
    { name: 'bersih batch --jobs 1', args: [bin, 'batch', '--jobs', '1', manifest], workers: 1 },
    { name: `bersih batch --jobs ${jobs}`, args: [bin, 'batch', '--jobs', String(jobs), manifest], workers: jobs },
    { name: 'bersih batch --jobs 1, jsdom DOM', args: [bin, 'batch', '--jobs', '1', manifest], workers: 1, env: { BERSIH_DOM: 'jsdom' } },
    { name: `bersih batch --jobs ${jobs}, jsdom DOM`, args: [bin, 'batch', '--jobs', String(jobs), manifest], workers: jobs, env: { BERSIH_DOM: 'jsdom' } },
    { name: 'Readability on jsdom', args: [...tsx, baseline, 'jsdom', manifest], workers: 1 },
    { name: 'Readability on linkedom', args: [...tsx, baseline, 'linkedom', manifest], workers: 1 },
  ];
}

/** Runs one system once: its wall-clock seconds and peak RSS (MB); rejects when it fails. */
export function runOnce(system: BatchSystem, cwd: string): Promise<{ seconds: number; rssMb: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_RSS, ...system.args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      ...(system.env && { env: { ...process.env, ...system.env } }),
    });
    const err: Buffer[] = [];
    const rss: Buffer[] = [];
    child.stdio[2]!.on('data', (b: Buffer) => err.push(b));
    child.stdio[3]!.on('data', (b: Buffer) => rss.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) return reject(new Error(`${system.name} exited ${code}: ${Buffer.concat(err).toString().trim().slice(0, 300)}`));
      resolve({ seconds, rssMb: Number(Buffer.concat(rss).toString()) / 1024 });
    });
  });
}

/** Runs every system `rounds` times, interleaved (see the file comment). */
export async function measureBatch(systems: BatchSystem[], cwd: string, pages: number, rounds: number, log: (line: string) => void): Promise<BatchFigure[]> {
  const runs = systems.map(() => ({ seconds: [] as number[], rss: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < systems.length; i++) {
      const k = (i + r) % systems.length;
      const { seconds, rssMb } = await runOnce(systems[k]!, cwd);
      runs[k]!.seconds.push(seconds);
      runs[k]!.rss.push(rssMb);
      log(`bench: batch round ${r + 1}/${rounds}: ${systems[k]!.name} ${(pages / seconds).toFixed(2)} pages/s, ${rssMb.toFixed(0)} MB`);
    }
  }
  return systems.map((s, k) => ({
    name: s.name, workers: s.workers, seconds: runs[k]!.seconds,
    pagesPerSecond: pages / median(runs[k]!.seconds), peakRssMb: median(runs[k]!.rss),
  }));
}
