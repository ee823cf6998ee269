/**
 * The page files of a corpus folder, as the CLI would be given them: id-news `pages/*.html`,
 * Readability cases' `source.html` (not their `expected.html`), wcxb `html/NNNN.html.gz`, or, for
 * any other folder, the `.html` / `.html.gz` files in it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectKind } from './corpus.ts';

const PAGE = /\.html?(\.gz)?$/;

const filesIn = (dir: string): string[] =>
  readdirSync(dir).filter((f) => PAGE.test(f)).sort().map((f) => join(dir, f));

/** Every page file under `dir`, sorted; throws when `dir` is not a folder. */
export function listPageFiles(dir: string): string[] {
  const kind = detectKind(dir);
  if (kind === 'id-news') return filesIn(join(dir, 'pages'));
  if (kind === 'wcxb') return filesIn(join(dir, 'html'));
  if (kind === 'readability') {
    if (existsSync(join(dir, 'source.html'))) return [join(dir, 'source.html')];
    return readdirSync(dir).sort().map((d) => join(dir, d, 'source.html')).filter((f) => existsSync(f));
  }
  return filesIn(dir);
}

/** `count` files spread evenly over `files` (all of them when there are no more than `count`). */
export function spreadSample<T>(files: T[], count: number): T[] {
  if (files.length <= count) return files;
  return Array.from({ length: count }, (_, i) => files[Math.floor((i * files.length) / count)]!);
}
