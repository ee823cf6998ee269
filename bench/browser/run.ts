/**
 * Browser benchmark: the built extension in real Chromium over corpus pages.
 *
 *   npm run bench:browser [-- DIR…] [--limit N] [--no-popup] [--verbose]
 *
 * DIRs are corpus folders (id-news, readability-test-pages or wcxb layout; default: the three
 * under ../shared/corpus). --limit N takes N pages per folder, evenly spread (default 25).
 * Pages are served from 127.0.0.1 without their scripts (see ./serve-corpus.ts); DNS is off.
 *
 *   pass 1, auto-clean off, per page:
 *     extract message  built content/extract.js, `extract` round trip timed in the worker
 *     ours             core cleanDocument in the page (same Vite IIFE build as the extension)
 *     readability      plain Readability in the page, clone + parse (the baseline)
 *     click→paint      openPopup() to the popup's own marks: document start, extractor
 *                      injected, article received, frame with the article produced
 *     tidy             planTidy + removal of what it found, in the page
 *   pass 2, auto-clean on for 127.0.0.1: the longest main-thread task of the load with the real
 *     content/autoclean.js (PerformanceObserver 'longtask', registered before the page's code),
 *     and the longest synchronous slice the script itself measured (`bersih:tidy` measures);
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
import { serveCorpus } from './serve-corpus.ts';
import { formatTable, ratioLine, type Row } from './stats.ts';

interface Args {
  dirs: string[];
  limit: number;
  popup: boolean;
  /** Print every value with its page as it is measured (to find the slow pages). */
  verbose: boolean;
}

function parseArgs(argv: string[]): Args {
  const dirs: string[] = [];
  let limit = 25;
  let popup = true;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--limit') limit = Number(argv[++i]);
    else if (arg === '--no-popup') popup = false;
    else if (arg === '--verbose') verbose = true;
    else dirs.push(arg);
  }
  if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit needs a whole number ≥ 1');
  return { dirs: dirs.length > 0 ? dirs : defaultCorpusDirs(REPO_ROOT), limit, popup, verbose };
}

/** `limit` pages spread evenly over the folder's sorted list (so a sample is not all one outlet). */
function sample<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)] as T);
}

const measures = [
  'extract message (built extract.js)',
  'ours: cleanDocument in page',
  'readability: clone + parse in page',
  'click → popup document starts',
  'click → popup script runs',
  'click → extractor injected',
  'click → article received',
  'click → article painted in popup',
  'tidy: planTidy + remove',
  'auto-clean: longest own slice (measured by it)',
  'longest task, auto-clean on',
  'longest task, auto-clean off',
] as const;
type Measure = (typeof measures)[number];

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const pages: CorpusPage[] = args.dirs.flatMap((dir) => sample(loadCorpus(dir), args.limit));
  const executable = chromiumPath();
  const extensionDir = buildTestExtension();
  const bundles = await buildInPageBundles();
  const server = await startStaticServer(serveCorpus(pages));
  const ext = await launchExtension(executable, extensionDir);
  const values = new Map<Measure, number[]>(measures.map((m) => [m, []]));
  let current = '';
  const add = (m: Measure, v: number | null | undefined, page = current): void => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return;
    values.get(m)?.push(v);
    if (args.verbose) console.error(`  ${page}  ${m}: ${v.toFixed(1)}`);
  };
  const failures: string[] = [];
  const started = Date.now();
  try {
    await ext.context.addInitScript(LONG_TASK_OBSERVER);
    const page = await ext.context.newPage();
    console.error(`pass 1: ${pages.length} pages, auto-clean off`);
    for (const [i, corpusPage] of pages.entries()) {
      const label = `${corpusPage.corpus}/${corpusPage.id}`;
      current = label;
      try {
        await load(page, `${server.origin}/p/${i}/`);
        const tabId = await tabIdOf(ext.sw, page);
        const message = await timeExtractMessage(ext.sw, tabId);
        add('extract message (built extract.js)', message.ms);
        await installBundles(page, [bundles.core, bundles.readability]);
        const ours = (): Promise<void> => timeOurs(page, corpusPage.url).then((r) => add('ours: cleanDocument in page', r.ms));
        const baseline = (): Promise<void> => timeReadability(page).then((r) => add('readability: clone + parse in page', r.ms));
        if (i % 2 === 0) await ours().then(baseline);
        else await baseline().then(ours);
        if (args.popup) {
          const painted = await clickToPaint(ext, page);
          add('click → popup document starts', painted?.document);
          add('click → popup script runs', painted?.start);
          add('click → extractor injected', painted?.injected);
          add('click → article received', painted?.extracted);
          add('click → article painted in popup', painted?.painted);
        }
        add('tidy: planTidy + remove', (await timeTidy(page, corpusPage.url)).ms);
      } catch (error) {
        failures.push(`${label}: ${firstLine(error)}`);
      }
    }
    console.error('pass 2: auto-clean on');
    await enableAutoClean(ext.sw, server.origin);
    await longestTasks(ext, page, server.origin, pages, failures, 'on', (v, label) => add('longest task, auto-clean on', v, label), (v, label) =>
      add('auto-clean: longest own slice (measured by it)', v, label),
    );
    console.error('pass 3: auto-clean off');
    await disableAutoClean(ext.sw);
    await longestTasks(ext, page, server.origin, pages, failures, 'off', (v, label) => add('longest task, auto-clean off', v, label));
  } finally {
    await ext.close();
    await server.close();
  }
  const rows: Row[] = measures.map((measure) => ({ measure, values: values.get(measure) ?? [] }));
  console.log(`Browser benchmark, ${pages.length} pages from ${args.dirs.join(', ')} (ms; Chromium headless)\n`);
  console.log(formatTable(rows));
  console.log(`\n${ratioLine(values.get('ours: cleanDocument in page') ?? [], values.get('readability: clone + parse in page') ?? [])}`);
  if (failures.length > 0) console.log(`\n${failures.length} page(s) failed:\n  ${failures.join('\n  ')}`);
  console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

/** Loads every page and reports its longest main-thread task (0 when none reached 50 ms). */
async function longestTasks(
  ext: ExtensionBrowser,
  page: Page,
  origin: string,
  pages: CorpusPage[],
  failures: string[],
  autoClean: 'on' | 'off',
  record: (ms: number, page: string) => void,
  ownPass: (ms: number, page: string) => void = () => {},
): Promise<void> {
  for (const [i, corpusPage] of pages.entries()) {
    const label = `${corpusPage.corpus}/${corpusPage.id}`;
    try {
      await load(page, `${origin}/p/${i}/`);
      if (autoClean === 'on') {
        const tabId = await tabIdOf(ext.sw, page);
        // The tidy has run once the auto-clean script answers `tidyStatus`.
        await until('auto-clean', () => sendToTab(ext.sw, tabId, { type: 'tidyStatus' }).catch(() => null), 10_000);
        const passes = await tidyPasses(page);
        if (passes.length === 0) throw new Error('auto-clean ran but its pass was not measured');
        ownPass(Math.max(...passes), label);
      }
      record(Math.max(0, ...(await longTasks(page))), label);
    } catch (error) {
      failures.push(`${corpusPage.corpus}/${corpusPage.id} (auto-clean ${autoClean}): ${firstLine(error)}`);
    }
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
    return await timeClickToPaint(popup);
  } finally {
    await popup.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
