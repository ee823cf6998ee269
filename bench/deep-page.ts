/**
 * Time of `cleanDocument` on the issue-18 deep page: the test article inside N nested `<div>`s
 * (default 2,000), parsed by jsdom. Prints the median of `--runs` runs (default 3); the parse is
 * not timed. `npx tsx bench/deep-page.ts [DEPTH] [--runs N]`
 */
import { JSDOM } from 'jsdom';
import { cleanDocument } from '../src/core/index.ts';
import { deepPage } from '../test/core/hostile-pages.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const depth = Number(args.find((a, i) => /^\d+$/.test(a) && i !== runsAt + 1) ?? 2000);
const html = deepPage(depth);
const times: number[] = [];
let summary = '';
for (let i = 0; i < runs; i++) {
  const doc = new JSDOM(html, { url: 'https://news.example.com/2026/flood' }).window.document;
  const started = performance.now();
  const result = cleanDocument(doc);
  times.push(performance.now() - started);
  summary = result ? `article of ${result.text.length} chars, rules: ${[...new Set(result.removed.map((r) => r.rule))].join(', ') || 'none'}` : 'no article';
}
times.sort((a, b) => a - b);
console.log(`depth ${depth}: median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms over ${runs} runs (${times.map((t) => t.toFixed(0)).join(', ')}); ${summary}`);
