/**
 * `npm run bench [-- PATHS…] [--limit N] [--repeat R] [--report] [--batch-pages P] [--batch-rounds B] [--jobs J] [--skip-batch] [--batch-only]`
 *
 * Node speed of our pipeline against plain Readability, and of the in-place tidy pass against the
 * floor of any DOM pass (see lib/speed.ts for what each system times). One process, no workers;
 * systems are interleaved (order rotated every round) so drift and GC hit them alike.
 * Then batch throughput, whole processes end to end: `bersih batch --jobs 1` and `--jobs J`
 * (default: the cores) against plain Readability on jsdom and on linkedom (lib/batch-speed.ts).
 * The last line is always `bench: pipeline/readability X.XX, tidy/floor Y.YY, pages N`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultJobs } from '../src/cli/limits.ts';
import { parseHtml } from '../src/cli/parse-html.ts';
import { silenceCssTreeWarnings } from '../src/cli/css-tree-warnings.ts';
import { batchSection, keepBrowserBlock, type BatchRun } from './lib/batch-report.ts';
import { batchSystems, measureBatch, pickPages, writeManifest } from './lib/batch-speed.ts';
import { defaultCorpusDirs, loadCorpus, type CorpusPage } from './lib/corpus.ts';
import { median } from './lib/eval-summary.ts';
import { headline, renderReport, summariseTimings, timingChart, timingTable, type PageTiming } from './lib/report.ts';
import { SPEED_SYSTEMS, speedSystems, type SpeedSystem } from './lib/speed.ts';
import { loadCore } from './lib/systems.ts';

/** wcxb pages benchmarked when no --limit is given: a full run would take most of an hour. */
const DEFAULT_WCXB_LIMIT = 100;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      limit: { type: 'string' },
      repeat: { type: 'string', default: '3' },
      report: { type: 'boolean', default: false },
      'batch-pages': { type: 'string', default: '60' },
      'batch-rounds': { type: 'string', default: '3' },
      jobs: { type: 'string' },
      'skip-batch': { type: 'boolean', default: false },
      'batch-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const int = (s: string | undefined, name: string, min: number): number | undefined => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} needs a whole number ≥ ${min}, got '${s}'`);
    return n;
  };
  if (values['batch-only'] && (values['skip-batch'] || values.report)) throw new Error('--batch-only goes without --skip-batch and --report');
  return {
    ...values, limit: int(values.limit, 'limit', 0), repeat: int(values.repeat, 'repeat', 1)!, paths: positionals,
    batchPages: int(values['batch-pages'], 'batch-pages', 1)!, batchRounds: int(values['batch-rounds'], 'batch-rounds', 1)!,
    jobs: int(values.jobs, 'jobs', 1) ?? defaultJobs(),
  };
}

let peakHeap = 0;
const sampleHeap = (): void => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

async function benchPage(page: CorpusPage, core: Parameters<typeof speedSystems>[0], repeats: number): Promise<PageTiming> {
  const bytes = page.html();
  const parsed = parseHtml(bytes, page.url);
  try {
    const run = speedSystems(core, parsed.document, page.url);
    for (const system of SPEED_SYSTEMS) run[system]();
    const times: Record<SpeedSystem, number[]> = { readability: [], pipeline: [], tidy: [], floor: [] };
    for (let r = 0; r < repeats; r++) {
      for (let i = 0; i < SPEED_SYSTEMS.length; i++) {
        const system = SPEED_SYSTEMS[(i + r) % SPEED_SYSTEMS.length]!;
        const start = performance.now();
        run[system]();
        times[system].push(performance.now() - start);
        sampleHeap();
      }
    }
    const ms = Object.fromEntries(SPEED_SYSTEMS.map((s) => [s, median(times[s])])) as Record<SpeedSystem, number>;
    return { corpus: page.corpus, id: page.id, kb: Math.round(bytes.length / 1024), ms };
  } finally {
    await parsed.close();
  }
}

/** Batch throughput (lib/batch-speed.ts) on a manifest picked from `dirs`, with the CLI built afresh. */
async function benchBatch(dirs: string[], opts: ReturnType<typeof options>): Promise<BatchRun> {
  console.error('bench: building the CLI (dist/cli) for the batch runs');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--cli'], { cwd: ROOT, stdio: 'ignore' });
  const pages = pickPages(dirs.map((d) => loadCorpus(d)), opts.batchPages);
  const tmp = mkdtempSync(join(os.tmpdir(), 'bersih-bench-'));
  try {
    const manifest = join(tmp, 'pages.jsonl');
    writeManifest(pages, manifest);
    const figures = await measureBatch(batchSystems(ROOT, manifest, opts.jobs), ROOT, pages.length, opts.batchRounds, (l) => console.error(l));
    const corpora: Record<string, number> = {};
    for (const p of pages) corpora[p.corpus] = (corpora[p.corpus] ?? 0) + 1;
    return { figures, pages: pages.length, corpora, rounds: opts.batchRounds, loadAverage: os.loadavg() };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const versionOf = (pkg: string): string =>
  (JSON.parse(readFileSync(join(ROOT, pkg === 'bersih' ? '' : `node_modules/${pkg}`, 'package.json'), 'utf8')) as { version: string }).version;

async function main(): Promise<void> {
  const opts = options();
  if (opts.help) return void console.log('usage: npm run bench [-- PATHS…] [--limit N] [--repeat R] [--report]');
  silenceCssTreeWarnings();
  const core = await loadCore();
  if (core instanceof Error) throw new Error(`the core did not load: ${core.message}`);
  const dirs = opts.paths.length ? opts.paths : defaultCorpusDirs(ROOT);
  if (dirs.length === 0) throw new Error('no corpus found: pass corpus folders as arguments');

  if (opts['batch-only']) {
    const batch = await benchBatch(dirs, opts);
    console.log(batchSection(batch));
    return;
  }
  const started = performance.now();
  const timings: PageTiming[] = [];
  const corpora: Record<string, number> = {};
  for (const dir of dirs) {
    const all = loadCorpus(dir);
    const limit = opts.limit ?? (all[0]?.kind === 'wcxb' ? DEFAULT_WCXB_LIMIT : undefined);
    const pages = limit === undefined ? all : all.slice(0, limit);
    for (const [i, page] of pages.entries()) {
      try {
        timings.push(await benchPage(page, core, opts.repeat));
        corpora[page.corpus] = (corpora[page.corpus] ?? 0) + 1;
      } catch (e) {
        console.error(`bench: skipped ${page.corpus}/${page.id}: ${e instanceof Error ? e.message : String(e)}`);
      }
      if ((i + 1) % 25 === 0) console.error(`bench: ${page.corpus} ${i + 1}/${pages.length}`);
    }
  }
  const summary = summariseTimings(timings, opts.repeat, peakHeap);
  const batch = opts['skip-batch'] ? null : await benchBatch(dirs, opts);
  const seconds = (performance.now() - started) / 1000;

  console.log(timingTable(summary));
  if (batch) console.log(`\n${batchSection(batch)}`);
  console.log(`\npeak heap ${summary.peakHeapMb.toFixed(0)} MB; ${timings.length} pages × ${opts.repeat} runs in ${seconds.toFixed(0)} s; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (opts.report) {
    const env = {
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown', cores: os.cpus().length, memoryGb: os.totalmem() / 1024 ** 3,
      loadAverage: os.loadavg(), date: new Date().toISOString(), seconds,
      versions: {
        node: process.version, jsdom: versionOf('jsdom'), linkedom: versionOf('linkedom'),
        '@mozilla/readability': versionOf('@mozilla/readability'), bersih: versionOf('bersih'),
      },
    };
    const path = join(ROOT, 'bench', 'REPORT.md');
    const previous = existsSync(path) ? readFileSync(path, 'utf8') : null;
    writeFileSync(join(ROOT, 'bench', 'report-chart.svg'), timingChart(timings));
    writeFileSync(path, keepBrowserBlock(renderReport(summary, env, corpora, 'report-chart.svg', batch ? [batchSection(batch)] : []), previous));
    console.log('report written to bench/REPORT.md and bench/report-chart.svg');
  }
  console.log(headline(summary));
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
