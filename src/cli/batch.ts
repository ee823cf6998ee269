/**
 * `bersih batch MANIFEST.jsonl`: many pages in one process (jsdom and the core load once).
 * Each manifest line is `{"file": PATH, "url": URL}`; each output line is one JSON object, in
 * manifest order. A bad page or a bad line becomes `{"file", "error"}` and the batch goes on.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { siteKey } from '../core/site-memory/site-key.ts';
import type { SiteMemory } from '../core/site-memory/types.ts';
import { runWithSiteMemory, type PagePass } from './batch-memory.ts';
import { CliError } from './exit-codes.ts';
import { extractPage } from './extract.ts';
import { jsonFields } from './format.ts';
import { readFileBytes } from './read-input.ts';

interface ManifestEntry {
  file: string;
  url?: string;
}

/** Validates one manifest line; returns the entry or the reason it is unusable. */
export function parseManifestLine(line: string): ManifestEntry | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { problem: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a JSON object' };
  const { file, url } = value as Record<string, unknown>;
  if (typeof file !== 'string' || file === '') return { problem: 'missing "file"' };
  if (url !== undefined && url !== null && typeof url !== 'string') return { problem: '"url" must be a string' };
  if (typeof url === 'string') {
    try {
      new URL(url);
    } catch {
      return { problem: `"url" is not an absolute URL: ${url}` };
    }
  }
  return typeof url === 'string' ? { file, url } : { file };
}

const describe = (e: unknown): string =>
  e instanceof CliError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;

/** A manifest line to run, or the output line of one that cannot be. */
type Job = { line: string } | { entry: ManifestEntry; path: string };

/**
 * Runs a manifest, writing one line per entry through `write`. Throws (a `CliError`) only when
 * the manifest itself cannot be read. With site memory (the default) each site's pages teach
 * each other (see batch-memory.ts), and the lines come once every page has run.
 */
export async function runBatch(manifest: string, write: (line: string) => void, options: { siteMemory?: boolean } = {}): Promise<void> {
  const text = (await readFileBytes(manifest)).toString('utf8');
  const base = dirname(resolve(manifest));
  const jobs: Job[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const entry = parseManifestLine(line);
    if ('problem' in entry) {
      const file = /"file"\s*:\s*"([^"]*)"/.exec(line)?.[1] ?? null;
      jobs.push({ line: JSON.stringify({ file, error: `manifest line ${index + 1}: ${entry.problem}` }) });
      continue;
    }
    jobs.push({ entry, path: isAbsolute(entry.file) ? entry.file : resolve(base, entry.file) });
  }
  if (options.siteMemory === false) {
    for (const job of jobs) write((await runJob(job)).line);
    return;
  }
  for (const line of await runWithSiteMemory(jobs.length, (i, memory) => runJob(jobs[i]!, memory))) write(line);
}

/** One job's output line, with its site and what it taught the memory when `siteMemory` is given. */
async function runJob(job: Job, siteMemory?: SiteMemory): Promise<PagePass> {
  if ('line' in job) return { line: job.line, site: null };
  try {
    const { result, url } = await extractPage(job.path, job.entry.url, job.entry.file, siteMemory);
    const { siteMemory: observed, ...article } = result;
    const line = JSON.stringify({ file: job.entry.file, ...jsonFields(article, url) });
    return { line, site: url ? siteKey(url) : null, ...(observed && { observed }) };
  } catch (e) {
    return { line: JSON.stringify({ file: job.entry.file, error: describe(e) }), site: null };
  }
}
