/**
 * Browser benchmark: the built extension in real Chromium over corpus pages.
 *
 *   npm run bench:browser [-- DIR…] [--limit N] [--slice-limit N] [--no-popup] [--popup-only] [--autoclean-only] [--report] [--verbose]
 *
 * DIRs are corpus folders (id-news, readability-test-pages or wcxb layout; default: the three
 * under ../shared/corpus). --limit N takes N pages per folder, evenly spread (default 25).
 * Pages are served from 127.0.0.1 without their scripts (see ./serve-corpus.ts); DNS is off.
 * --report writes the figures into bench/REPORT.md (its browser block only, see ./report-block.ts)
 * and bench/browser-chart.svg. --slice-limit N takes N pages per folder for passes 2 and 3 (the
 * auto-clean slices; default --limit); --autoclean-only runs pass 2 alone; --popup-only times the
 * popup alone (pass 1's click→paint, nothing else).
 *
 *   pass 1, auto-clean off, per page:
 *     click→paint      on the fresh load, the background's click handler (it starts the
 *                      extraction in the tab, then opens the popup) to the popup's own marks:
 *                      document start, script start, article received, article in the DOM,
 *                      frame with it produced; and the tab's marks from the click: extractor
 *                      running, settings read, article cleaned (each phase reported as its own
 *                      duration); then
 *                      the popup opened again on the unchanged page (the tab's answer reused)
 *     extract message  built content/extract.js, `extract` round trip timed in the worker
 *     ours             core cleanDocument in the page (same Vite IIFE build as the extension)
 *     readability      plain Readability in the page, clone + parse (the baseline)
 *     tidy             planTidy + removal of what it found, in the page
 *   pass 2, auto-clean on for 127.0.0.1: the longest main-thread task of the load with the real
 *     content/autoclean.js (PerformanceObserver 'longtask', registered before the page's code),
 *     and every synchronous slice the script itself measured (`bersih:tidy` measures);
 *   pass 3, auto-clean off again: the same for the same (now cached) loads, to compare with.
 * ours and Readability alternate which runs first, so neither always gets the colder engine.
 * Long tasks carry no script attribution, so the auto-clean's own share is read as the
 * difference between passes 2 and 3.
 */
import { chromiumPath } from '../../test/e2e/harness/chromium-path.ts';
import type { Page } from 'playwright-core';
import { disableAutoClean, enableAutoClean } from '../../test/e2e/harness/auto-clean.ts';
import { launchExtension, sendToTab, tabIdOf, type ExtensionBrowser } from '../../test/e2e/harness/extension-browser.ts';
import { buildTestExtension } from '../../test/e2e/harness/global-setup.ts';
import { PopupHandle } from '../../test/e2e/harness/popup-handle.ts';
import { startStaticServer } from '../../test/e2e/harness/static-server.ts';
import { until } from '../../test/e2e/harness/waits.ts';
import { REPO_ROOT } from '../../test/e2e/harness/fixture-routes.ts';
import { defaultCorpusDirs, loadCorpus, type CorpusPage } from '../lib/corpus.ts';
import { buildInPageBundles } from './in-page-bundles.ts';
import { installBundles, LONG_TASK_OBSERVER, longTasks, tidyPasses, timeClickToPaint, type ClickToPaint, timeExtractMessage, timeOurs, timeReadability, timeTidy } from './probes.ts';
import { pagePath, serveCorpus } from './serve-corpus.ts';
import { formatTable, ratios, type Row } from './stats.ts';
import { inPageRows, seriesOf, splitRows, writeBrowserReport, type InPageRun } from './report-block.ts';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';

interface Args {
  dirs: string[];
  limit: number;
  popup: boolean;
  /** Pages per folder for passes 2 and 3 (the auto-clean slices); default: `limit`. */
  sliceLimit: number;
  /** Pass 2 only: the auto-clean slices. */
  autocleanOnly: boolean;
  /** Only the popup's click→paint on each page: no in-page timings, no passes 2 and 3. */
  popupOnly: boolean;
  /** Write bench/REPORT.md's browser block and bench/browser-chart.svg. */
  report: boolean;
  /** Print every value with its page as it is measured (to find the slow pages). */
  verbose: boolean;
}

function parseArgs(argv: string[]): Args {
  const dirs: string[] = [];
  let limit = 25;
  let popup = true;
  let verbose = false;
  let autocleanOnly = false;
  let popupOnly = false;
  let report = false;
  let sliceLimit = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--limit') limit = Number(argv[++i]);
    else if (arg === '--no-popup') popup = false;
    else if (arg === '--verbose') verbose = true;
    else if (arg === '--autoclean-only') autocleanOnly = true;
    else if (arg === '--popup-only') popupOnly = true;
    else if (arg === '--report') report = true;
    else if (arg === '--slice-limit') sliceLimit = Number(argv[++i]);
    else dirs.push(arg);
  }
  if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit needs a whole number ≥ 1');
  if (!Number.isInteger(sliceLimit) || sliceLimit < 0) throw new Error('--slice-limit needs a whole number ≥ 1');
  return { dirs: dirs.length > 0 ? dirs : defaultCorpusDirs(REPO_ROOT), limit, popup, verbose, autocleanOnly, popupOnly, report, sliceLimit: sliceLimit || limit };
}

/** `limit` pages spread evenly over the folder's sorted list (so a sample is not all one outlet). */
function sample<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)] as T);
}

const POPUP = [
  'browser: click → popup document starts',
  'ours: click → extractor runs in the tab',
  '  tab: settings and site memory read',
  '  tab: size check + cleanDocument',
  'ours: click → article cleaned in the tab',
  'ours: document start → popup script runs',
  'ours: script runs → article received',
  'ours: received → article painted',
  '  popup: article in the DOM',
  '  popup: frame painted',
  'ours: document start → article painted',
  'total: click → article painted',
] as const;
const SLICES = [
  'auto-clean: every own slice',
  'auto-clean: longest own slice per page',
  'longest task, auto-clean on',
  'longest task, auto-clean off',
] as const;
const OTHER = [
  'extract message (built extract.js)',
  'tidy: planTidy + remove',
  'popup reopened: script runs → article received',
  'popup reopened: document start → article painted',
] as const;
// The in-page runs are kept page by page instead (`split` in main; report-block.ts, `inPageRows`).
const measures = [...POPUP, ...SLICES, ...OTHER] as const;
type Measure = (typeof measures)[number];

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const pages: CorpusPage[] = args.dirs.flatMap((dir) => sample(loadCorpus(dir), args.limit));
  // Pass 2's own pages, after pass 1's in the served list (their index is their place in it).
  const slicePages: CorpusPage[] = args.dirs.flatMap((dir) => sample(loadCorpus(dir), args.sliceLimit));
  const served = [...pages, ...slicePages];
  const executable = chromiumPath();
  const extensionDir = buildTestExtension();
  const bundles = await buildInPageBundles();
  const server = await startStaticServer(serveCorpus(served));
  const ext = await launchExtension(executable, extensionDir);
  const values = new Map<Measure, number[]>(measures.map((m) => [m, []]));
  let current = '';
  // Each page's size (KB), beside its runs in `split`.
  const pageKb: number[] = [];
  const split: { first: InPageRun[]; second: InPageRun[] } = { first: [], second: [] };
  const say = (m: string, v: number, page = current): void => {
    if (args.verbose) console.error(`  ${page}  ${m}: ${v.toFixed(1)}`);
  };
  const add = (m: Measure, v: number | null | undefined, page = current): void => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return;
    values.get(m)?.push(v);
    say(m, v, page);
  };
  const failures: string[] = [];
  const started = Date.now();
  try {
    await ext.context.addInitScript(LONG_TASK_OBSERVER);
    const page = await ext.context.newPage();
    const slicePasses = async (): Promise<void> => {
      console.error('pass 2: auto-clean on');
      await enableAutoClean(ext.sw, server.origin);
      await longestTasks(ext, page, server.origin, served, pages.length, failures, 'on', (v, label) => add('longest task, auto-clean on', v, label), (slices, label) => {
        for (const v of slices) add('auto-clean: every own slice', v, label);
        add('auto-clean: longest own slice per page', Math.max(...slices), label);
      });
      if (!args.autocleanOnly) {
        console.error('pass 3: auto-clean off');
        await disableAutoClean(ext.sw);
        await longestTasks(ext, page, server.origin, served, pages.length, failures, 'off', (v, label) => add('longest task, auto-clean off', v, label));
      }
    };
    if (!args.autocleanOnly) {
      console.error(`pass 1: ${pages.length} pages, auto-clean off`);
      for (const [i, corpusPage] of pages.entries()) {
        const label = `${corpusPage.corpus}/${corpusPage.id}`;
        current = label;
        try {
          await load(page, `${server.origin}${pagePath(i, corpusPage)}`);
          // The popup first, on the fresh load: nothing of ours has run in the tab yet.
          if (args.popup) {
            addPopup(add, await clickToPaint(ext, page));
            // Opened again on the unchanged page: the tab's last answer is reused (extract-cache.ts).
            const again = await clickToPaint(ext, page);
            if (again?.start != null && again.extracted !== null) add('popup reopened: script runs → article received', again.extracted - again.start);
            if (again?.painted != null) add('popup reopened: document start → article painted', again.painted - again.document);
          }
          if (args.popupOnly) continue;
          const tabId = await tabIdOf(ext.sw, page);
          const message = await timeExtractMessage(ext.sw, tabId);
          add('extract message (built extract.js)', message.ms);
          await installBundles(page, [bundles.core, bundles.readability]);
          const first: InPageRun = { ours: NaN, parse: NaN, readability: NaN };
          const second: InPageRun = { ...first };
          const ours = (run: InPageRun, measure: string) => (): Promise<void> =>
            timeOurs(page, corpusPage.url).then((r) => {
              say(measure, (run.ours = r.ms));
              run.parse = r.parse;
            });
          const baseline = (run: InPageRun, measure: string) => (): Promise<void> =>
            timeReadability(page).then((r) => say(measure, (run.readability = r.ms)));
          // Each again, its code now compiled and warmed by the first run: what of the first
          // run's time is the engine warming our code up rather than the work itself.
          for (const [a, b] of [
            [ours(first, 'ours: cleanDocument in page'), baseline(first, 'readability: clone + parse in page')],
            [ours(second, 'ours: second run in the page'), baseline(second, 'readability: second run in the page')],
          ] as const) {
            if (i % 2 === 0) await a().then(b);
            else await b().then(a);
          }
          pageKb.push(corpusPage.html().length / 1024);
          split.first.push(first);
          split.second.push(second);
          add('tidy: planTidy + remove', (await timeTidy(page, corpusPage.url)).ms);
        } catch (error) {
          failures.push(`${label}: ${firstLine(error)}`);
        }
      }
    }
    if (!args.popupOnly) await slicePasses();
  } finally {
    await ext.close();
    await server.close();
  }
  const rows = (names: readonly Measure[]): Row[] => names.map((measure) => ({ measure, values: values.get(measure) ?? [] }));
  const seconds = (Date.now() - started) / 1000;
  console.log(`Browser benchmark, ${pages.length} pages from ${args.dirs.join(', ')} (ms; Chromium headless)\n`);
  console.log(formatTable([...inPageRows(split), ...rows(measures), ...splitRows(split.first, 'first run'), ...splitRows(split.second, 'second run')]));
  const ratiosOf = (runs: InPageRun[]): string => ratios(seriesOf(runs, 'ours'), seriesOf(runs, 'readability'));
  console.log(`\nours / Readability: ${ratiosOf(split.first)}; second runs ${ratiosOf(split.second)}`);
  if (failures.length > 0) console.log(`\n${failures.length} page(s) failed:\n  ${failures.join('\n  ')}`);
  console.log(`\nTook ${seconds.toFixed(0)} s; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}.`);
  if (args.report) {
    writeBrowserReport(join(REPO_ROOT, 'bench', 'REPORT.md'), join(REPO_ROOT, 'bench', 'browser-chart.svg'), 'browser-chart.svg', {
      command: `npm run bench:browser -- ${process.argv.slice(2).join(' ')}`.trim(),
      date: new Date().toISOString(),
      seconds,
      pages: pages.length,
      corpora: corpusCounts(pages),
      slicePages: slicePages.length,
      sliceCorpora: corpusCounts(slicePages),
      chromium: chromiumVersion(executable),
      loadAverage: loadavg(),
      inPage: split,
      popup: rows(POPUP),
      slices: rows(SLICES),
      other: rows(OTHER),
      failures: failures.length,
    }, pageKb);
    console.log('report written to bench/REPORT.md (browser block) and bench/browser-chart.svg');
  }
}

/** "id-news 24, readability-test-pages 25, …" */
function corpusCounts(pages: CorpusPage[]): string {
  const counts = new Map<string, number>();
  for (const p of pages) counts.set(p.corpus, (counts.get(p.corpus) ?? 0) + 1);
  return [...counts].map(([corpus, n]) => `${corpus} ${n}`).join(', ');
}

function chromiumVersion(executable: string): string {
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium';
  }
}

/** Adds the popup's phases, each its own duration (none when the popup showed no article). */
function addPopup(add: (m: Measure, v: number | null | undefined) => void, t: ClickToPaint | null): void {
  if (!t) return;
  const between = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : b - a);
  if (!t.prepared) throw new Error('the popup did not take the answer the click started (no bersih:prepared mark)');
  add('browser: click → popup document starts', t.document);
  // The click starts the extraction in the tab while the browser opens the popup.
  add('ours: click → extractor runs in the tab', t.tab.asked);
  add('  tab: settings and site memory read', between(t.tab.asked, t.tab.options));
  add('  tab: size check + cleanDocument', between(t.tab.options, t.tab.cleaned));
  add('ours: click → article cleaned in the tab', t.tab.cleaned);
  add('ours: document start → popup script runs', between(t.document, t.start));
  add('ours: script runs → article received', between(t.start, t.extracted));
  add('ours: received → article painted', between(t.extracted, t.painted));
  add('  popup: article in the DOM', between(t.extracted, t.shown));
  add('  popup: frame painted', between(t.shown, t.painted));
  add('ours: document start → article painted', between(t.document, t.painted));
  add('total: click → article painted', t.painted);
}

/** Loads every page and reports its longest main-thread task (0 when none reached 50 ms). */
async function longestTasks(
  ext: ExtensionBrowser,
  page: Page,
  origin: string,
  served: CorpusPage[],
  /** Where pass 2's own pages start in `served` (pass 3 repeats it over the same pages). */
  from: number,
  failures: string[],
  autoClean: 'on' | 'off',
  record: (ms: number, page: string) => void,
  ownSlices: (ms: number[], page: string) => void = () => {},
): Promise<void> {
  for (let i = from; i < served.length; i++) {
    const corpusPage = served[i]!;
    const label = `${corpusPage.corpus}/${corpusPage.id}`;
    try {
      await load(page, `${origin}${pagePath(i, corpusPage)}`);
      if (autoClean === 'on') {
        const tabId = await tabIdOf(ext.sw, page);
        // The tidy has run once the auto-clean script answers `tidyStatus`.
        await until('auto-clean', () => sendToTab(ext.sw, tabId, { type: 'tidyStatus' }).catch(() => null), 10_000);
        const passes = await settledSlices(page);
        if (passes.length === 0) throw new Error('auto-clean ran but its pass was not measured');
        ownSlices(passes, label);
      }
      record(Math.max(0, ...(await longTasks(page))), label);
    } catch (error) {
      failures.push(`${corpusPage.corpus}/${corpusPage.id} (auto-clean ${autoClean}): ${firstLine(error)}`);
    }
  }
}

/**
 * Every slice the auto-clean script measured, once it has stopped adding any for 400 ms (its
 * later slices run in tasks of their own, and a batch of inserts waits 250 ms), or after 10 s.
 */
async function settledSlices(page: Page): Promise<number[]> {
  const deadline = Date.now() + 10_000;
  let slices = await tidyPasses(page);
  for (;;) {
    await new Promise((ok) => setTimeout(ok, 400));
    const again = await tidyPasses(page);
    if (again.length === slices.length || Date.now() > deadline) return again;
    slices = again;
  }
}

/** Loads a page; a page whose subresources never settle is measured from DOMContentLoaded + 10 s. */
async function load(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  await page.waitForLoadState('load', { timeout: 10_000 }).catch(() => undefined);
}

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/** Opens the real popup on `page` and times click → article (null when no article shows). */
async function clickToPaint(ext: ExtensionBrowser, page: Page): Promise<ClickToPaint | null> {
  const popup = await PopupHandle.open(ext.context, ext.sw, page, ext.extensionId);
  try {
    return await timeClickToPaint(popup, page);
  } finally {
    await popup.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
