/**
 * `npx tsx bench/readability-batch.ts jsdom|linkedom MANIFEST.jsonl`
 *
 * The baseline of the batch benchmark (lib/batch-speed.ts): plain Readability over a `bersih
 * batch` manifest, one page after another on one core, each page read, decoded as the CLI
 * decodes it, parsed by the named DOM, extracted and written as one JSON line to stdout. What a
 * user of Readability alone would run; `bersih batch` does that plus our cleaning, its limits and
 * its workers.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../src/cli/decode-html.ts';
import { parseHtml } from '../src/cli/parse-html.ts';
import { silenceCssTreeWarnings } from '../src/cli/css-tree-warnings.ts';
import { readMaybeGzip } from './lib/corpus.ts';

const [dom, manifest] = process.argv.slice(2);
if ((dom !== 'jsdom' && dom !== 'linkedom') || !manifest) {
  console.error('usage: tsx bench/readability-batch.ts jsdom|linkedom MANIFEST.jsonl');
  process.exit(1);
}
silenceCssTreeWarnings();
const base = dirname(resolve(manifest));
const out: string[] = [];
for (const line of readFileSync(manifest, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const { file, url } = JSON.parse(line) as { file: string; url?: string };
  const html = decodeHtml(readMaybeGzip(isAbsolute(file) ? file : resolve(base, file))).text;
  let article;
  if (dom === 'jsdom') {
    const page = parseHtml(html, url);
    article = new Readability(page.document).parse();
    await page.close();
  } else {
    article = new Readability(parseHTML(html).document as unknown as Document).parse();
  }
  out.push(JSON.stringify({ file, ...article }));
  if (out.length >= 16) process.stdout.write(`${out.splice(0).join('\n')}\n`);
}
if (out.length) process.stdout.write(`${out.join('\n')}\n`);
