/**
 * CPU profile of `cleanDocument` (or plain Readability, or `planTidy`) in real Chromium, through the DevTools
 * protocol's sampling profiler: what is slow in V8 on a real DOM, not in jsdom.
 *
 *   npx tsx bench/browser/profile.ts [DIR…] [--limit N] [--runs N] [--cold] [--readability | --tidy] [--top N] [--callers f,g]
 *   PROFILE_DUMP=DIR npx tsx bench/browser/profile.ts …   # also writes each page's profile to DIR/<n>.cpuprofile
 *
 * Pages are served as in the benchmark (scripts stripped). The core bundle is built unminified
 * so the profile names our functions. Prints the top functions by self time and by total time,
 * and with `--callers`, the self time of the named functions split by their caller.
 * Each page's code is warmed by one run before the profiled ones; `--cold` profiles instead the
 * first run on each freshly loaded page, as `npm run bench:browser` times it (the engine's compiling
 * and cold tiers included; `--runs` is then 1).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../test/e2e/harness/chromium-path.ts';
import { REPO_ROOT } from '../../test/e2e/harness/fixture-routes.ts';
import { startStaticServer } from '../../test/e2e/harness/static-server.ts';
import { defaultCorpusDirs, loadCorpus } from '../lib/corpus.ts';
import { buildInPageBundles } from './in-page-bundles.ts';
import { pagePath, serveCorpus } from './serve-corpus.ts';
import type * as Core from './core-entry.ts';
import type * as ReadabilityModule from './readability-entry.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function parseArgs(argv: string[]): { dirs: string[]; limit: number; runs: number; cold: boolean; readability: boolean; tidy: boolean; top: number; callers: string[] } {
  const dirs: string[] = [];
  let limit = 25;
  let runs = 3;
  let top = 40;
  let readability = false;
  let tidy = false;
  let cold = false;
  const callers: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--limit') limit = Number(argv[++i]);
    else if (arg === '--runs') runs = Number(argv[++i]);
    else if (arg === '--top') top = Number(argv[++i]);
    else if (arg === '--readability') readability = true;
    else if (arg === '--tidy') tidy = true;
    else if (arg === '--cold') cold = true;
    else if (arg === '--callers') callers.push(...(argv[++i] ?? '').split(','));
    else dirs.push(arg);
  }
  return { dirs: dirs.length > 0 ? dirs : defaultCorpusDirs(REPO_ROOT).slice(0, 2), limit, runs: cold ? 1 : runs, cold, readability, tidy, top, callers };
}

function sample<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)] as T);
}

/** Self and total sampled time (ms) per function (name + position). */
function summarise(profile: Profile, callersOf: string[]): { self: Map<string, number>; total: Map<string, number>; callers: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode): string => {
    const f = n.callFrame;
    const file = f.url.split('/').at(-1) ?? '';
    return `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const callers = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(key(node), (self.get(key(node)) ?? 0) + ms);
    if (callersOf.includes(node.callFrame.functionName)) {
      const up = byId.get(parent.get(id) ?? -1);
      const k = `${key(node)} <- ${up ? key(up) : '?'}`;
      callers.set(k, (callers.get(k) ?? 0) + ms);
    }
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  return { self, total, callers };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const pages = args.dirs.flatMap((dir) => sample(loadCorpus(dir), args.limit));
  const bundles = await buildInPageBundles({ minify: false });
  const server = await startStaticServer(serveCorpus(pages));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', ...(process.env.PROFILE_JS_FLAGS ? [`--js-flags=${process.env.PROFILE_JS_FLAGS}`] : [])] });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    const callers = new Map<string, number>();
    let measured = 0;
    for (const [i, corpusPage] of pages.entries()) {
      await page.goto(`${server.origin}${pagePath(i, corpusPage)}`, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      await page.evaluate(bundles.core);
      await page.evaluate(bundles.readability);
      const run = (): Promise<number> =>
        page.evaluate(
          ({ url, readability, tidy }) => {
            const w = window as unknown as { BersihBenchCore: typeof Core; BersihBenchReadability: typeof ReadabilityModule };
            const start = performance.now();
            if (readability) new w.BersihBenchReadability.Readability(document.cloneNode(true) as Document).parse();
            else if (tidy) w.BersihBenchCore.planTidy(document, { url });
            else w.BersihBenchCore.cleanDocument(document, { url });
            return performance.now() - start;
          },
          { url: corpusPage.url, readability: args.readability, tidy: args.tidy },
        );
      if (!args.cold) await run(); // warm
      await cdp.send('Profiler.start');
      for (let r = 0; r < args.runs; r++) measured += await run();
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      // Each page's raw profile, for DevTools or a script that splits a function's time by callee.
      if (process.env.PROFILE_DUMP) writeFileSync(join(process.env.PROFILE_DUMP, `${i}.cpuprofile`), JSON.stringify(profile));
      const s = summarise(profile, args.callers);
      for (const [k, v] of s.callers) callers.set(k, (callers.get(k) ?? 0) + v);
      for (const [k, v] of s.self) self.set(k, (self.get(k) ?? 0) + v);
      for (const [k, v] of s.total) total.set(k, (total.get(k) ?? 0) + v);
    }
    const top = (m: Map<string, number>): string =>
      [...m].sort((a, b) => b[1] - a[1]).slice(0, args.top).map(([k, v]) => `${v.toFixed(0).padStart(7)}  ${k}`).join('\n');
    console.log(`${pages.length} pages × ${args.runs} runs, ${measured.toFixed(0)} ms measured\n\nSELF\n${top(self)}\n\nTOTAL\n${top(total)}\n\nCALLERS (self time)\n${top(callers)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
