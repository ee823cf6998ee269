/**
 * `npx tsx bench/dom-parity.ts [--dom linkedom,happy-dom] [--limit N] [--ids A,B…] [--fixtures-only] [-v] [PATHS…]`
 *
 * Does the core give exactly the same result on another DOM as on jsdom? Every golden fixture
 * and every page of the given corpora (default: the shared ones) is decoded once, parsed by
 * jsdom and by each candidate (lib/cli-doms.ts), and cleaned; the fields the CLI prints (text,
 * HTML, Markdown, removals, title, byline, verdict…) are compared, and so is the parsed tree
 * itself (lib/dom-outcome.ts), which tells a parser difference from a DOM-API one.
 *
 * Each DOM runs in its own worker thread: the core's safe DOM reads (src/core/safe-dom.ts) bind
 * to the first DOM implementation they meet, as they would in the CLI, which loads one.
 * Prints each differing page with its differing fields, then per DOM: pages equal, trees equal,
 * parse and clean medians.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { decodeHtml } from '../src/cli/decode-html.ts';
import { CLI_DOMS, type CliDomName } from './lib/cli-doms.ts';
import { defaultCorpusDirs, loadCorpus } from './lib/corpus.ts';
import type { DomOutcome, DomRequest } from './lib/dom-outcome.ts';
import { median } from './lib/eval-summary.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'test', 'fixtures');
const WORKER = fileURLToPath(new URL('./lib/dom-parity-worker.ts', import.meta.url));

interface Page {
  name: string;
  url: string;
  bytes: () => Uint8Array;
}

function fixturePages(): Page[] {
  return readdirSync(FIXTURES).sort().filter((d) => existsSync(join(FIXTURES, d, 'source.html'))).map((d) => {
    const html = readFileSync(join(FIXTURES, d, 'source.html'));
    const url = /url:\s*(\S+)/.exec(html.toString('utf8', 0, 300))?.[1] ?? 'https://example.invalid/';
    return { name: `fixture/${d}`, url, bytes: () => html };
  });
}

/** One DOM's worker, asked one page at a time. */
function domWorker(dom: CliDomName): { ask(request: DomRequest): Promise<DomOutcome>; stop(): Promise<number> } {
  const worker = new Worker(
    // A TypeScript worker: tsx's hooks are registered in the worker before its module loads.
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(WORKER).href)}); })`,
    { eval: true, workerData: dom },
  );
  let waiting: ((o: DomOutcome) => void) | null = null;
  worker.on('message', (o: DomOutcome) => waiting?.(o));
  worker.on('error', (e) => {
    throw e;
  });
  return {
    ask: (request) => new Promise((resolve) => {
      waiting = resolve;
      worker.postMessage(request);
    }),
    stop: () => worker.terminate(),
  };
}

/** Where two strings first differ, with a little context. */
function firstDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `@${i}: jsdom «${a.slice(Math.max(0, i - 30), i + 50)}» vs «${b.slice(Math.max(0, i - 30), i + 50)}»`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dom: { type: 'string', default: 'linkedom,happy-dom' },
      limit: { type: 'string' },
      ids: { type: 'string' },
      'fixtures-only': { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
  });
  const doms = values.dom.split(',') as CliDomName[];
  for (const d of doms) if (!(d in CLI_DOMS) || d === 'jsdom') throw new Error(`unknown candidate DOM '${d}'`);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  // With --ids, only those corpus pages (ids as the eval prints them), and no fixtures.
  const ids = values.ids === undefined ? null : new Set(values.ids.split(','));
  const pages = ids ? [] : fixturePages();
  const fixtures = pages.length;
  if (!values['fixtures-only']) {
    for (const dir of positionals.length ? positionals : defaultCorpusDirs(ROOT)) {
      const chosen = loadCorpus(dir).filter((p) => !ids || ids.has(p.id));
      for (const p of chosen.slice(0, limit)) pages.push({ name: `${p.corpus}/${p.id}`, url: p.url, bytes: () => p.html() });
    }
  }
  const all: CliDomName[] = ['jsdom', ...doms];
  const workers = Object.fromEntries(all.map((d) => [d, domWorker(d)]));
  const stats = Object.fromEntries(all.map((d) => [d, { equal: 0, trees: 0, parse: [] as number[], clean: [] as number[], fields: {} as Record<string, number> }]));
  for (const [i, page] of pages.entries()) {
    const request = { html: decodeHtml(page.bytes()).text, url: page.url };
    const outcomes = await Promise.all(all.map((d) => workers[d]!.ask(request)));
    const base = outcomes[0]!;
    for (const [j, dom] of all.entries()) {
      const got = outcomes[j]!;
      const s = stats[dom]!;
      s.parse.push(got.parseMs);
      s.clean.push(got.cleanMs);
      if (dom === 'jsdom') continue;
      if (got.tree === base.tree) s.trees++;
      const keys = [...new Set([...Object.keys(base.fields), ...Object.keys(got.fields)])].filter((k) => base.fields[k] !== got.fields[k]);
      if (keys.length === 0) {
        s.equal++;
        continue;
      }
      for (const k of keys) s.fields[k] = (s.fields[k] ?? 0) + 1;
      const tree = got.tree === base.tree ? 'same tree' : 'tree differs';
      const detail = values.verbose
        ? `\n    ${firstDiff(base.fields[keys[0]!] ?? '', got.fields[keys[0]!] ?? '')}${got.tree === base.tree ? '' : `\n    tree ${firstDiff(base.tree, got.tree)}`}`
        : '';
      console.log(`${dom}\t${page.name}\t${tree}\t${keys.join(',')}${detail}`);
    }
    if ((i + 1) % 100 === 0) console.error(`dom-parity: ${i + 1}/${pages.length}`);
  }
  await Promise.all(Object.values(workers).map((w) => w.stop()));
  console.log(`\n${pages.length} pages (${fixtures} golden fixtures)`);
  for (const d of all) {
    const s = stats[d]!;
    const eq = d === 'jsdom' ? '' : `output equal ${s.equal}/${pages.length}, parsed tree equal ${s.trees}/${pages.length}; differing fields ${JSON.stringify(s.fields)}; `;
    console.log(`${d}: ${eq}parse median ${median(s.parse).toFixed(2)} ms, clean median ${median(s.clean).toFixed(2)} ms`);
  }
}

main().catch((e: unknown) => {
  console.error(`dom-parity: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 1;
});
