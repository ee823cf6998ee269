/**
 * Chromium as the batch's DOM: one more candidate for issue 17's goal 3, measured rather than
 * guessed. Real Chromium (headless, no extension) parses each page with `DOMParser` and runs our
 * core in the page, `--tabs` pages at a time, each tab in its own browser context; Node reads and
 * decodes each page as `bersih batch` does and writes nothing. Whole run, browser start included.
 *
 *   npx tsx bench/chromium-batch.ts [--pages 40] [--tabs 2] [--compare]
 *
 * The pages are the batch benchmark's (lib/batch-speed.ts `pickPages`). `--compare` also runs
 * `bersih batch --jobs 1 --no-memory` (the built CLI) on them and counts the pages whose output is
 * the same, field by field. Prints pages/s, and the core's own time in the tabs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { decodeHtml } from '../src/cli/decode-html.ts';
import { chromiumPath } from '../test/e2e/harness/chromium-path.ts';
import { REPO_ROOT } from '../test/e2e/harness/fixture-routes.ts';
import { buildInPageBundles } from './browser/in-page-bundles.ts';
import type * as Core from './browser/core-entry.ts';
import { pickPages, writeManifest } from './lib/batch-speed.ts';
import { defaultCorpusDirs, loadCorpus } from './lib/corpus.ts';

declare global {
  interface Window {
    BersihBenchCore: typeof Core;
    bersihCoreMs: number;
  }
}

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '40' },
    tabs: { type: 'string', default: '2' },
    compare: { type: 'boolean', default: false },
  },
});
const tabs = Number(values.tabs);
const pages = pickPages(defaultCorpusDirs(REPO_ROOT).map(loadCorpus), Number(values.pages));
const { core } = await buildInPageBundles();

const start = performance.now();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
const lines: (string | null)[] = new Array<string | null>(pages.length).fill(null);
let coreMs = 0;
try {
  const workers = await Promise.all(Array.from({ length: tabs }, async () => {
    const page = await (await browser.newContext()).newPage();
    await page.addScriptTag({ content: core });
    return page;
  }));
  const ready = performance.now();
  let next = 0;
  await Promise.all(workers.map(async (tab) => {
    for (let i = next++; i < pages.length; i = next++) {
      const { html, url } = pages[i]!;
      lines[i] = await tab.evaluate(([text, pageUrl]) => {
        const t = performance.now();
        const doc = new DOMParser().parseFromString(text, 'text/html');
        const result = window.BersihBenchCore.cleanDocument(doc, { url: pageUrl });
        window.bersihCoreMs = (window.bersihCoreMs ?? 0) + performance.now() - t;
        // The CLI's fields (src/cli/format.ts `jsonFields`).
        return result ? JSON.stringify({ url: pageUrl, ...result }) : null;
      }, [decodeHtml(html()).text, url] as const);
    }
  }));
  const done = performance.now();
  for (const tab of workers) coreMs += await tab.evaluate(() => window.bersihCoreMs ?? 0);
  const seconds = (done - start) / 1000;
  console.log(`${pages.length} pages, ${tabs} tabs: ${(pages.length / seconds).toFixed(2)} pages/s end to end (${seconds.toFixed(1)} s, ` +
    `browser start ${((ready - start) / 1000).toFixed(1)} s); in the tabs, parse + cleanDocument ${(coreMs / pages.length).toFixed(1)} ms a page`);
} finally {
  await browser.close();
}

if (values.compare) {
  const dir = mkdtempSync(join(tmpdir(), 'bersih-chromium-batch-'));
  try {
    const manifest = join(dir, 'pages.jsonl');
    writeManifest(pages, manifest);
    const out = execFileSync('node', [join(REPO_ROOT, 'bin/bersih.js'), 'batch', '--jobs', '1', '--no-memory', manifest], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const cli = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    let same = 0;
    for (const [i, line] of lines.entries()) {
      const { file: _file, ...theirs } = cli[i] ?? {};
      // No article: null in the tab, an error line from the CLI.
      const ours = line ? (JSON.parse(line) as Record<string, unknown>) : { error: /^no article found/.test(String(theirs.error)) ? theirs.error : 'no article found' };
      const differ = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].filter((k) => JSON.stringify(ours[k]) !== JSON.stringify(theirs[k]));
      if (differ.length === 0) same++;
      else console.log(`  differs: ${pages[i]!.corpus} ${pages[i]!.id}: ${differ.join(', ')}`);
    }
    console.log(`same output as bersih batch on ${same} of ${pages.length} pages`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
