/**
 * Starts or inspects a golden fixture.
 *
 *   npx tsx scripts/new-fixture.ts <case> <url> <lang> <pattern words…>   # writes a skeleton
 *   npx tsx scripts/new-fixture.ts <case>                                 # shows what the core does
 *
 * The skeleton is a page for you to fill with your own invented prose and a reproduction of the
 * real insert markup (never a copy of an outlet's page). Showing a case prints the rules that fired
 * and the cleaned text; once it holds exactly the article paragraphs, write the goldens with
 * `UPDATE_GOLDENS=1 npx vitest run test/core/golden.test.ts` and review the diff.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument, planTidy } from '../src/core/index.ts';
import { FIXTURES_DIR, loadFixture, parseFixture } from '../test/core/fixtures.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function skeleton(url: string, lang: string, pattern: string): string {
  return `<!-- bersih-fixture url: ${url} lang: ${lang} pattern: ${pattern} -->
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>Judul artikel - Nama Situs</title>
<meta property="og:site_name" content="Nama Situs">
<meta name="author" content="Nama Penulis">
<meta property="article:published_time" content="2024-01-01T08:00:00+07:00">
<meta name="description" content="Ringkasan satu kalimat.">
</head>
<body>
<header class="site-header"><a href="/">Nama Situs</a></header>
<main>
<article>
<h1>Judul artikel</h1>
<div class="article-body">
<p>Paragraf pertama: tulis sendiri, sekitar dua ratus karakter, dalam bahasa halaman ini.</p>
<!-- the insert or ad markup being reproduced goes here -->
<p>Paragraf kedua.</p>
<p>Paragraf ketiga.</p>
</div>
</article>
</main>
</body>
</html>
`;
}

function show(name: string): void {
  const fixture = loadFixture(name);
  const doc = parseFixture(fixture);
  const result = cleanDocument(doc);
  const tidy = planTidy(doc);
  console.log(`${name}  (${fixture.url}, ${fixture.lang})`);
  console.log(`tidy: ${tidy.items.map((i) => i.rule).join(', ') || '(nothing)'}`);
  if (!result) {
    console.log('cleanDocument: no article found');
    process.exitCode = 1;
    return;
  }
  for (const r of result.removed) console.log(`removed ${r.rule}: ${r.text}`);
  console.log(`title: ${result.title} | byline: ${result.byline} | lang: ${result.lang} | words: ${result.wordCount}`);
  console.log(`---\n${result.text}`);
}

function main(args: string[]): void {
  const [name, url, lang, ...pattern] = args;
  if (!name || !KEBAB.test(name)) {
    console.error('usage: new-fixture.ts <kebab-case-name> [<url> <lang> <pattern…>]');
    process.exitCode = 2;
    return;
  }
  const file = join(FIXTURES_DIR, name, 'source.html');
  if (url) {
    if (existsSync(file)) {
      console.error(`${file} exists; not overwriting`);
      process.exitCode = 1;
      return;
    }
    new URL(url); // throws on a malformed URL, before anything is written
    mkdirSync(join(FIXTURES_DIR, name), { recursive: true });
    writeFileSync(file, skeleton(url, lang ?? 'id', pattern.join(' ') || 'describe the pattern'));
    console.log(`wrote ${file}`);
    return;
  }
  show(name);
}

main(process.argv.slice(2));
