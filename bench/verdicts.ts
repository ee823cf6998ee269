/**
 * `npx tsx bench/verdicts.ts [PATHS…] [--type TYPE] [--ids ID,…] [--shard I/N] [--jsonl FILE]`
 * `npx tsx bench/verdicts.ts --table FILE…`
 *
 * The not-an-article verdict alone over the corpora, per page type: each page parsed and cleaned
 * with its corpus URL (no Readability run, no scoring, so it is much quicker than the eval).
 * `--shard 2/3` takes every third page from the second, so shards can run side by side;
 * `--jsonl` keeps one line per page, and `--table` prints the table of such files together (a later
 * line for the same page replaces an earlier one, so `--ids` can run a few pages again).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseHtml } from '../src/cli/parse-html.ts';
import { silenceCssTreeWarnings } from '../src/cli/css-tree-warnings.ts';
import { cleanDocument } from '../src/core/index.ts';
import { defaultCorpusDirs, loadCorpus } from './lib/corpus.ts';
import { formatFlaggedArticles, formatVerdicts, type PageVerdict } from './lib/verdicts.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { type: { type: 'string' }, ids: { type: 'string' }, shard: { type: 'string' }, jsonl: { type: 'string' }, table: { type: 'boolean' } },
});

function print(pages: PageVerdict[]): void {
  console.log(formatVerdicts(pages));
  console.log(`\n== article pages flagged\n${formatFlaggedArticles(pages)}`);
}

if (values.table) {
  const lines = positionals.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as PageVerdict));
  print([...new Map(lines.map((p) => [`${p.corpus}/${p.id}`, p])).values()]);
} else {
  const [index, count] = (values.shard ?? '1/1').split('/').map(Number) as [number, number];
  if (!(count >= 1 && index >= 1 && index <= count)) throw new Error(`--shard needs I/N with 1 ≤ I ≤ N, got '${values.shard}'`);
  silenceCssTreeWarnings();
  const dirs = positionals.length ? positionals : defaultCorpusDirs(fileURLToPath(new URL('..', import.meta.url)));
  if (values.jsonl) writeFileSync(values.jsonl, '');
  const started = performance.now();
  const pages: PageVerdict[] = [];
  for (const dir of dirs) {
    const ids = values.ids ? new Set(values.ids.split(',')) : null;
    const corpus = loadCorpus(dir).filter((p, i) => (!values.type || p.type === values.type) && (!ids || ids.has(p.id)) && i % count === index - 1);
    for (const page of corpus) {
      const parsed = parseHtml(page.html(), page.url);
      let verdict: PageVerdict;
      try {
        const result = cleanDocument(parsed.document, { url: page.url });
        verdict = { corpus: page.corpus, id: page.id, type: page.type, url: page.url, verdict: result?.notArticle?.kind ?? null, reason: result?.notArticle?.reason ?? null };
      } finally {
        await parsed.close();
      }
      pages.push(verdict);
      if (values.jsonl) appendFileSync(values.jsonl, `${JSON.stringify(verdict)}\n`);
    }
  }
  print(pages);
  console.log(`\nverdicts: ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
