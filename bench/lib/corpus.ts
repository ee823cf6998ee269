/**
 * Loaders for the three corpus layouts the evaluation and the benchmark read. Every loader takes
 * its folder as an argument (CI has the corpora at `../shared/corpus`, a user can point at their
 * own pages) and returns pages whose HTML is read lazily, so 1,500 pages never sit in memory at once.
 *
 * - id-news: `pages/*.html` + `ground-truth.json` keyed by file stem (url, articleBody, with, without)
 * - readability-test-pages: `<case>/source.html`, `expected.html`, `expected-metadata.json`
 * - wcxb-dev: `html/NNNN.html.gz` + `ground-truth/NNNN.json` (url, ground_truth.main_content,
 *   ground_truth.with/without, `_internal.page_type.primary`)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export type CorpusKind = 'id-news' | 'readability' | 'wcxb';

/** One page to extract, with what the gold standard says about it. */
export interface CorpusPage {
  corpus: string;
  kind: CorpusKind;
  id: string;
  url: string;
  /** Page type (wcxb's primary type; the other corpora are all articles). */
  type: string;
  /** The page's file (`.html` or `.html.gz`), as a command-line run is given it. */
  file: string;
  /** Raw (decompressed) page bytes. */
  html(): Buffer;
  /**
   * Gold article text. For readability pages it is the HTML of `expected.html` instead, so the
   * caller derives its text with the same DOM text function it uses for Readability's output.
   */
  gold(): { text: string } | { html: string };
  with: string[];
  without: string[];
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
/** The page's URL when it is a valid absolute one (a few wcxb pages have '' or null), else a stand-in. */
function pageUrl(url: unknown, id: string): string {
  if (typeof url === 'string' && URL.canParse(url)) return url;
  return `https://example.invalid/${encodeURIComponent(id)}`;
}
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
/** Reads a file, gunzipping it when it starts with the gzip magic bytes. */
export function readMaybeGzip(path: string): Buffer {
  const bytes = readFileSync(path);
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}

interface IdNewsTruth {
  url?: string;
  articleBody?: string;
  with?: unknown;
  without?: unknown;
}

function loadIdNews(dir: string): CorpusPage[] {
  const truth = readJson(join(dir, 'ground-truth.json')) as Record<string, IdNewsTruth>;
  return readdirSync(join(dir, 'pages'))
    .filter((f) => /\.html?(\.gz)?$/.test(f))
    .sort()
    .flatMap((file) => {
      const id = file.replace(/\.html?(\.gz)?$/, '');
      const t = truth[id];
      if (!t) return [];
      return [{
        corpus: basename(dir), kind: 'id-news' as const, id, url: pageUrl(t.url, id),
        type: 'article', file: join(dir, 'pages', file), html: () => readMaybeGzip(join(dir, 'pages', file)),
        gold: () => ({ text: t.articleBody ?? '' }), with: strings(t.with), without: strings(t.without),
      }];
    });
}

function readabilityCase(dir: string, corpus: string): CorpusPage {
  const id = basename(dir);
  // Readability's own harness serves every case from this URL; relative links resolve against it.
  const url = 'http://fakehost/test/page.html';
  return {
    corpus, kind: 'readability', id, url, type: 'article', file: join(dir, 'source.html'),
    html: () => readFileSync(join(dir, 'source.html')),
    gold: () => ({ html: readFileSync(join(dir, 'expected.html'), 'utf8') }),
    with: [], without: [],
  };
}

function loadReadability(dir: string): CorpusPage[] {
  if (existsSync(join(dir, 'source.html'))) return [readabilityCase(dir, basename(resolve(dir, '..')))];
  return readdirSync(dir)
    .sort()
    .filter((d) => existsSync(join(dir, d, 'source.html')) && existsSync(join(dir, d, 'expected.html')))
    .map((d) => readabilityCase(join(dir, d), basename(dir)));
}

interface WcxbTruth {
  url?: string;
  ground_truth?: { main_content?: string; with?: unknown; without?: unknown };
  _internal?: { page_type?: { primary?: string } };
}

function loadWcxb(dir: string): CorpusPage[] {
  return readdirSync(join(dir, 'ground-truth'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const id = file.replace(/\.json$/, '');
      const page = ['.html.gz', '.html'].map((ext) => join(dir, 'html', id + ext)).find((p) => existsSync(p));
      if (!page) return [];
      const t = readJson(join(dir, 'ground-truth', file)) as WcxbTruth;
      const gt = t.ground_truth ?? {};
      return [{
        corpus: basename(dir), kind: 'wcxb' as const, id, url: pageUrl(t.url, id),
        type: t._internal?.page_type?.primary ?? 'unknown', file: page, html: () => readMaybeGzip(page),
        gold: () => ({ text: gt.main_content ?? '' }), with: strings(gt.with), without: strings(gt.without),
      }];
    });
}

/** Which layout a folder has, or null when it is none of the three. */
export function detectKind(dir: string): CorpusKind | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  if (existsSync(join(dir, 'ground-truth.json')) && existsSync(join(dir, 'pages'))) return 'id-news';
  if (existsSync(join(dir, 'html')) && existsSync(join(dir, 'ground-truth'))) return 'wcxb';
  if (existsSync(join(dir, 'source.html'))) return 'readability';
  const hasCase = readdirSync(dir).some((d) => existsSync(join(dir, d, 'source.html')));
  return hasCase ? 'readability' : null;
}

/** Loads the pages of one corpus folder; throws with a clear message when the layout is unknown. */
export function loadCorpus(dir: string): CorpusPage[] {
  const kind = detectKind(dir);
  if (kind === 'id-news') return loadIdNews(dir);
  if (kind === 'wcxb') return loadWcxb(dir);
  if (kind === 'readability') return loadReadability(dir);
  throw new Error(`not a corpus folder (id-news, readability-test-pages or wcxb layout): ${dir}`);
}

/** The default corpora: the three folders under `../shared/corpus` beside the checkout, if present. */
export function defaultCorpusDirs(repoRoot: string): string[] {
  const base = resolve(repoRoot, '..', 'shared', 'corpus');
  return ['id-news', 'readability-test-pages', 'wcxb-dev'].map((d) => join(base, d)).filter((d) => existsSync(d));
}
