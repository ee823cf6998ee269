/**
 * `npm run eval [-- PATHS…] [--type TYPE] [--ids A,B…] [--limit N] [--repeat N] [--worst N] [--json FILE] [--verbose] [--generic]`
 *
 * Quality of our pipeline against plain Readability on the corpora, with the scrapinghub metric
 * (see lib/metric.ts). Both systems get the same untouched parse of each page (Readability a
 * clone), and are scored on that run. Single process, no workers: timings stay comparable and a failing page
 * only counts as an empty output.
 *
 * By default each system is timed once per page. In jsdom, one run leaves garbage that the next run pays to
 * collect, and the parse leaves its own: with a fixed order the same 40 pages gave a time ratio
 * of 1.00 in one run and 1.12 in the next, and 1.38 with the order reversed. So a full garbage
 * collection comes before each timed run, and the order alternates page by page (1.09 and 1.12
 * over the same pages).
 *
 * Even so, one run of a page can take a third longer than the next on a shared machine, so the
 * median of 150 pages moves by several percent between runs of the same code. `--repeat N` times
 * each system N times per page, each time on a fresh parse of the page (so that neither finds the
 * other's work done on the input), in alternating order, and takes the page's median. Processes
 * still differ: 1.01 to 1.21 over the same 154 pages with `--repeat 3`, in five runs.
 *
 * `--generic` also runs our pipeline under a neutral address (no site profile applies) as the
 * system `generic`, printed beside `ours` and Readability (lib/generic-mode.ts).
 *
 * For the scores alone, on a big corpus: `--scores-only` skips the garbage collections (a full
 * collection with a jsdom page alive takes 0.3–1 s here, most of a wcxb page's time), so the
 * times it prints are not comparable; `--shard 2/3` takes every third page from the second, so that
 * shards run side by side on separate cores; and `--merge A.json B.json…` prints the tables of
 * results saved by `--json`, as one run would have.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseHtml } from '../src/cli/parse-html.ts';
import { silenceCssTreeWarnings } from '../src/cli/css-tree-warnings.ts';
import { neutralUrl } from './lib/generic-mode.ts';
import { defaultCorpusDirs, loadCorpus, type CorpusPage } from './lib/corpus.ts';
import { formatErrors, formatGroup, formatLeftovers, formatWorst, groupResults, median, type PageResult, type SystemPage } from './lib/eval-summary.ts';
import { pageF1, shingleMatch } from './lib/metric.ts';
import { checkSnippets } from './lib/snippets.ts';
import { formatVerdicts, verdictsOf } from './lib/verdicts.ts';
import { EvalMemory } from './lib/site-memory.ts';
import { htmlText, loadCore, runOurs, runReadability, type Extraction } from './lib/systems.ts';

const USAGE = 'usage: npm run eval [-- PATHS…] [--type TYPE] [--ids A,B…] [--limit N] [--shard I/N] [--repeat N] [--worst N] [--json FILE] [--verbose] [--generic] [--memory] [--scores-only]\n' +
  '       npm run eval -- --merge RESULTS.json… [--worst N]';

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      ids: { type: 'string' },
      limit: { type: 'string' },
      repeat: { type: 'string', default: '1' },
      worst: { type: 'string', default: '10' },
      json: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      generic: { type: 'boolean' },
      memory: { type: 'boolean' },
      shard: { type: 'string' },
      'scores-only': { type: 'boolean' },
      merge: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const int = (s: string | undefined, name: string): number | undefined => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number, got '${s}'`);
    return n;
  };
  const repeat = int(values.repeat, 'repeat') ?? 1;
  if (repeat < 1) throw new Error('--repeat needs a whole number ≥ 1');
  return { ...values, limit: int(values.limit, 'limit'), repeat, worst: int(values.worst, 'worst') ?? 10, shard: parseShard(values.shard), paths: positionals };
}

/** `--shard I/N` as [I - 1, N] (every Nth page from the Ith); the whole list without it. */
function parseShard(value: string | undefined): [number, number] {
  if (value === undefined) return [0, 1];
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [i, n] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!(n >= 1 && i >= 1 && i <= n)) throw new Error(`--shard needs I/N with 1 ≤ I ≤ N, got '${value}'`);
  return [i - 1, n];
}

function score(page: CorpusPage, gold: string, run: Extraction): SystemPage {
  const counts = shingleMatch(gold, run.text);
  return {
    counts, f1: pageF1(counts), ms: run.ms, empty: run.text.trim() === '', error: run.error, verdict: run.verdict,
    ...checkSnippets(run.text, page.with, page.without),
  };
}

/** V8's full garbage collection (exposed at run time: the npm script passes no node flags). */
const fullCollection = ((): (() => void) => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();
let collectGarbage = fullCollection;

type Core = Awaited<ReturnType<typeof loadCore>>;

/**
 * Both systems on `doc`, each alone after a full garbage collection, in the given order (ours is
 * null when the core did not load). Readability works on a clone and ours clones too: neither
 * sees the other's side effects.
 */
function runBoth(doc: Document, core: Core, url: string, readabilityFirst: boolean, generic = false): Runs {
  let readability: Extraction = { text: '', ms: 0 };
  let ours: Extraction | null = null;
  let neutral: Extraction | null = null;
  const runs = [
    (): void => {
      collectGarbage();
      readability = runReadability(doc);
    },
    (): void => {
      if (core instanceof Error) return;
      collectGarbage();
      ours = runOurs(core, doc, url);
      if (!generic) return;
      collectGarbage();
      neutral = runOurs(core, doc, neutralUrl(url));
    },
  ];
  if (!readabilityFirst) runs.reverse();
  for (const run of runs) run();
  return { readability, ours, generic: neutral };
}

interface Runs {
  readability: Extraction;
  ours: Extraction | null;
  /** Ours under a neutral address, with `--generic` only. */
  generic: Extraction | null;
}

async function evaluatePage(
  page: CorpusPage,
  core: Core,
  readabilityFirst: boolean,
  repeat: number,
  generic: boolean,
  memory: EvalMemory | null,
): Promise<PageResult> {
  const bytes = page.html();
  const result: PageResult = { corpus: page.corpus, kind: page.kind, id: page.id, type: page.type, url: page.url, kb: Math.round(bytes.length / 1024), systems: {} };
  let parsed: ReturnType<typeof parseHtml>;
  try {
    parsed = parseHtml(bytes, page.url);
  } catch (e) {
    // A page jsdom cannot even parse counts as an empty output for every system, and is listed.
    const error = `parse failed: ${e instanceof Error ? e.message : String(e)}`;
    const failed: Extraction = { text: '', ms: 0, error };
    const g = page.gold();
    const gold = 'text' in g ? g.text : g.html;
    result.systems.readability = score(page, gold, failed);
    if (!(core instanceof Error)) result.systems.ours = score(page, gold, failed);
    if (generic && !(core instanceof Error)) result.systems.generic = score(page, gold, failed);
    return result;
  }
  try {
    const doc = parsed.document;
    const g = page.gold();
    const gold = 'text' in g ? g.text : htmlText(doc, g.html);
    const first = runBoth(doc, core, page.url, readabilityFirst, generic);
    result.systems.readability = score(page, gold, first.readability);
    if (first.ours) result.systems.ours = score(page, gold, first.ours);
    if (first.generic) result.systems.generic = score(page, gold, first.generic);
    // With --memory, ours again with site memory ("memory" in the tables), beside ours without.
    if (memory && !(core instanceof Error)) result.systems.memory = score(page, gold, await memory.run(core, doc, page.corpus, page.url));
  } finally {
    await parsed.close();
  }
  if (repeat > 1) await retime(page, bytes, core, result, readabilityFirst, repeat);
  return result;
}

/**
 * Times each system `repeat - 1` more times on `page` (a fresh parse each time, the order
 * alternating) and sets each one's time to the median of all its runs. The scores stay those of
 * the first run: both systems give the same output every time.
 */
async function retime(page: CorpusPage, bytes: Buffer, core: Core, result: PageResult, readabilityFirst: boolean, repeat: number): Promise<void> {
  // Only pages that parsed get here (evaluatePage returns early otherwise), so both systems ran.
  const { readability, ours } = result.systems;
  if (!readability) return;
  const times = { readability: [readability.ms], ours: ours ? [ours.ms] : [] };
  for (let r = 1; r < repeat; r++) {
    const parsed = parseHtml(bytes, page.url);
    try {
      const runs = runBoth(parsed.document, core, page.url, readabilityFirst !== (r % 2 === 1));
      times.readability.push(runs.readability.ms);
      if (runs.ours) times.ours.push(runs.ours.ms);
    } finally {
      await parsed.close();
    }
  }
  readability.ms = median(times.readability);
  if (ours) ours.ms = median(times.ours);
}

async function main(): Promise<void> {
  const opts = options();
  if (opts.help) return void console.log(USAGE);
  if (opts.merge) return printMerged(opts.paths, opts.worst);
  if (opts['scores-only']) collectGarbage = () => undefined;
  silenceCssTreeWarnings();
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dirs = opts.paths.length ? opts.paths : defaultCorpusDirs(root);
  if (dirs.length === 0) throw new Error('no corpus found: pass corpus folders as arguments');
  const core = await loadCore();
  if (core instanceof Error) console.error(`eval: core did not load, scoring Readability only (${core.message.split('\n')[0]})`);

  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const results: PageResult[] = [];
  const memory = opts.memory ? new EvalMemory() : null;
  for (const dir of dirs) {
    let pages = loadCorpus(dir);
    if (opts.type) pages = pages.filter((p) => p.type === opts.type);
    if (opts.ids) {
      const ids = new Set(opts.ids.split(','));
      pages = pages.filter((p) => ids.has(p.id));
    }
    if (opts.limit !== undefined) pages = pages.slice(0, opts.limit);
    const [first, step] = opts.shard;
    pages = pages.filter((_, i) => i % step === first);
    for (const [i, page] of pages.entries()) {
      const t = performance.now();
      results.push(await evaluatePage(page, core, results.length % 2 === 0, opts.repeat, opts.generic ?? false, memory));
      if (opts.verbose) {
        const heap = process.memoryUsage().heapUsed / 2 ** 20;
        console.error(`eval: ${page.corpus}/${page.id} ${(performance.now() - t).toFixed(0)} ms, heap ${heap.toFixed(0)} MB`);
      }
      if ((i + 1) % 100 === 0) console.error(`eval: ${page.corpus} ${i + 1}/${pages.length}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  // CPU time too: on a shared machine the wall clock mostly measures the neighbours.
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  printTables(results, opts.worst);
  if (memory) console.log(`\n${memory.summary()}`);
  console.log(`\neval: ${results.length} pages in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU)`);
  if (opts['scores-only']) console.log('eval: --scores-only: no garbage collection between runs, so the times are not comparable');
  if (opts.json) {
    writeFileSync(opts.json, JSON.stringify({ seconds, cpuSeconds, groups: groupResults(results), pages: results }, null, 2));
    console.log(`eval: results written to ${opts.json}`);
  }
}

/** The tables for `results`: per group, the id-news leftovers, verdicts, errors and the worst pages. */
function printTables(results: PageResult[], worst: number): void {
  const groups = groupResults(results);
  console.log(groups.map(formatGroup).join('\n\n'));
  for (const corpus of new Set(results.filter((r) => r.kind === 'id-news').map((r) => r.corpus))) {
    console.log(`\n== ${corpus}: 'without' snippets left in the output`);
    console.log(formatLeftovers(results.filter((r) => r.corpus === corpus)));
  }
  console.log(`\n== not-an-article verdicts (ours) per page type\n${formatVerdicts(verdictsOf(results))}`);
  console.log(`\n== pages where an extractor threw\n${formatErrors(results)}`);
  console.log(`\n== worst ${worst} pages for ours (F1, Δ vs readability)\n${formatWorst(results, worst)}`);
}

/** `--merge`: the tables of the pages saved in `files` by `--json` (shards, or one type per run). */
function printMerged(files: string[], worst: number): void {
  if (files.length === 0) throw new Error('--merge needs the JSON files written by --json');
  const results = files.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { pages: PageResult[] }).pages);
  printTables(results, worst);
  console.log(`\neval: ${results.length} pages merged from ${files.length} file${files.length === 1 ? '' : 's'}`);
}

main().catch((e: unknown) => {
  console.error(`eval: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
