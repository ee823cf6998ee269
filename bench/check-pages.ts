/**
 * `npm run check:pages [-- PATHS…] [--sample N] [--range A:B] [--shard I/N] [--reverse] [--urls] [--log FILE]`
 *
 * Runs the CLI's extraction (`bersih extract --format json FILE`, in this process) over every page
 * of the corpora and fails when any page ends in an internal error: no page, whatever its CSS,
 * markup or encoding, may break extraction. A page without an article (exit code 2) is the page's
 * answer, not a failure. With no PATHS, the corpora under `../shared/corpus`; `--sample N` takes
 * N pages spread over each corpus instead of all of them; `--shard 2/3` every third page from the
 * second, so that shards can run side by side; `--reverse` goes from the last page to the first (a
 * second set of shards meets the first), `--range 200:600` takes those pages of each corpus (by
 * index), and `--log` appends each page's outcome as it is known. `--urls` runs each page with
 * `--url` its corpus address, as the eval does: its log lines then carry the page's id, type and
 * verdict, and `npx tsx bench/verdicts.ts --table LOG…` tabulates them.
 */
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { silenceCssTreeWarnings } from '../src/cli/css-tree-warnings.ts';
import { defaultCorpusDirs, detectKind, loadCorpus } from './lib/corpus.ts';
import { checkPage, isInternalError, type PageOutcome } from './lib/page-check.ts';
import { listPageFiles, spreadSample } from './lib/page-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { sample: { type: 'string' }, shard: { type: 'string' }, reverse: { type: 'boolean' }, log: { type: 'string' },
    range: { type: 'string' }, urls: { type: 'boolean' } },
});
const sample = values.sample === undefined ? undefined : Number(values.sample);
if (sample !== undefined && (!Number.isInteger(sample) || sample < 1)) {
  console.error(`check-pages: --sample needs a whole number ≥ 1, got '${values.sample}'`);
  process.exit(1);
}
const [shard, shards] = (values.shard ?? '1/1').split('/').map(Number) as [number, number];
if (!(shards >= 1 && shard >= 1 && shard <= shards)) {
  console.error(`check-pages: --shard needs I/N with 1 ≤ I ≤ N, got '${values.shard}'`);
  process.exit(1);
}
const dirs = positionals.length ? positionals : defaultCorpusDirs(fileURLToPath(new URL('..', import.meta.url)));
if (!dirs.length) {
  console.error('check-pages: no corpus folders given and none under ../shared/corpus');
  process.exit(1);
}
silenceCssTreeWarnings();

interface Target {
  file: string;
  url?: string;
  page?: { corpus: string; id: string; type: string; url: string };
}

const started = performance.now();
const internal: PageOutcome[] = [];
let total = 0;
for (const dir of dirs) {
  const all: Target[] = values.urls && detectKind(dir)
    ? loadCorpus(dir).map((p) => ({ file: p.file, url: p.url, page: { corpus: p.corpus, id: p.id, type: p.type, url: p.url } }))
    : listPageFiles(dir).map((file) => ({ file }));
  const [from, to] = (values.range ?? '0:').split(':').map((n) => (n === '' ? undefined : Number(n)));
  const ranged = all.slice(from ?? 0, to);
  const chosen = sample ? spreadSample(ranged, sample) : ranged;
  const files = (values.reverse ? chosen.reverse() : chosen).filter((_, i) => i % shards === shard - 1);
  const codes = new Map<number, number>();
  for (const [i, { file, url, page }] of files.entries()) {
    if (i > 0 && i % 100 === 0) console.log(`${dir}: ${i}/${files.length}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const outcome = await checkPage(file, url);
    codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
    if (values.log) appendFileSync(values.log, `${JSON.stringify({ ...page, ...outcome })}\n`);
    if (isInternalError(outcome)) {
      internal.push(outcome);
      console.log(`INTERNAL ${file}: ${outcome.message}`);
    }
  }
  total += files.length;
  const byCode = [...codes].sort(([a], [b]) => a - b).map(([code, n]) => `exit ${code}: ${n}`).join(', ');
  console.log(`${dir}: ${files.length} pages (${byCode})`);
}
const seconds = (performance.now() - started) / 1000;
console.log(`check-pages: ${total} pages, ${internal.length} internal errors, ${seconds.toFixed(0)} s`);
process.exitCode = internal.length ? 1 : 0;
