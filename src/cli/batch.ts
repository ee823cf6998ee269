/**
 * `bersih batch MANIFEST.jsonl`: many pages, read line by line and extracted in a pool of page
 * workers (./page-runner.ts; jsdom and the core load once per worker). Each manifest line is
 * `{"file": PATH, "url": URL, "encoding": LABEL}`, or `{"files": [PAGE1, PAGE2, …], …}` for an
 * article saved as several pages (joined in one worker); each output line is one JSON object, in
 * manifest order whatever the number of workers. A bad page or line, or a page over a limit,
 * becomes `{"file", "error"}` and the batch goes on. With site memory (the default; see
 * ./batch-memory.ts) the whole manifest is read first and the lines come once every page ran.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CliError, ExitCode } from './exit-codes.ts';
import { runWithSiteMemory } from './batch-memory.ts';
import type { PageJob, PageOutcome } from './page-job.ts';
import { pageRunner, type PageRunner } from './page-runner.ts';
import { batchProgress, type Progress } from './progress.ts';

interface ManifestEntry {
  file: string;
  url?: string;
  encoding?: string;
  /** An article saved as several pages, in order (`"files"` in the manifest); `file` is the first. */
  files?: string[];
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
  const { url, files, encoding } = value as Record<string, unknown>;
  let { file } = value as Record<string, unknown>;
  if (files !== undefined) {
    if (file !== undefined) return { problem: 'give "file" or "files", not both' };
    if (!Array.isArray(files) || files.length === 0 || !files.every((f) => typeof f === 'string' && f !== '')) {
      return { problem: '"files" must be a non-empty list of paths' };
    }
    file = files[0];
  }
  if (typeof file !== 'string' || file === '') return { problem: 'missing "file"' };
  if (url !== undefined && url !== null && typeof url !== 'string') return { problem: '"url" must be a string' };
  if (encoding !== undefined && encoding !== null && typeof encoding !== 'string') return { problem: '"encoding" must be a string' };
  if (typeof url === 'string') {
    try {
      new URL(url);
    } catch {
      return { problem: `"url" is not an absolute URL: ${url}` };
    }
  }
  const pages = Array.isArray(files) && files.length > 1 ? { files: files as string[] } : {};
  return { file, ...(typeof url === 'string' ? { url } : {}), ...(typeof encoding === 'string' ? { encoding } : {}), ...pages };
}

export interface BatchOptions {
  /** Page workers at once. */
  jobs: number;
  /** Seconds each page may take. */
  timeout: number;
  /** Site memory across the manifest's pages (./batch-memory.ts); on unless false. */
  siteMemory?: boolean;
  /** Where the progress bar goes: drawn only when it is a terminal (./progress.ts). */
  terminal?: Parameters<typeof batchProgress>[1];
}

/** What a batch did: entries listed in the manifest (bad lines included) and pages extracted. */
export interface BatchSummary {
  listed: number;
  done: number;
}

/** Opens the manifest as lines; throws an `unreadable` `CliError` when it cannot. */
async function manifestLines(path: string): Promise<AsyncIterable<string>> {
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CliError(ExitCode.unreadable, `cannot read '${path}': ${why}`);
  }
  return createInterface({ input: createReadStream(path), crlfDelay: Infinity });
}

interface Line {
  text: string;
  ok: boolean;
}

/** One manifest line as a page job, or the error line it gets when it names no usable page. */
function toJob(line: string, number: number, base: string): { job: PageJob; file: string } | { text: string } {
  const entry = parseManifestLine(line);
  if ('problem' in entry) {
    const file = /"file"\s*:\s*"([^"]*)"/.exec(line)?.[1] ?? null;
    return { text: JSON.stringify({ file, error: `manifest line ${number}: ${entry.problem}` }) };
  }
  const at = (file: string): string => (isAbsolute(file) ? file : resolve(base, file));
  // The other pages of a "files" line share its encoding; page 1's URL reaches them in the worker.
  const more = entry.files?.slice(1).map((file) => ({ file: at(file), name: file, ...(entry.encoding ? { encoding: entry.encoding } : {}) }));
  const job: PageJob = {
    file: at(entry.file), name: entry.file, output: 'batch',
    ...(entry.url ? { url: entry.url } : {}), ...(entry.encoding ? { encoding: entry.encoding } : {}),
    ...(more ? { pages: more } : {}),
  };
  return { job, file: entry.file };
}

/** The page's output line, or its error line. */
const lineOf = (outcome: PageOutcome, file: string): Line =>
  outcome.ok ? { text: outcome.output, ok: true } : { text: JSON.stringify({ file, error: outcome.message }), ok: false };

/**
 * The batch with site memory: every line is read first (the first page of a site learns from
 * the last), the pages run in two passes (./batch-memory.ts), then the lines are written.
 */
async function runRemembering(lines: AsyncIterable<string>, base: string, runner: PageRunner, write: (line: string) => void, options: BatchOptions): Promise<BatchSummary> {
  const jobs: ReturnType<typeof toJob>[] = [];
  let number = 0;
  for await (const raw of lines) {
    number++;
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) jobs.push(toJob(line, number, base));
  }
  const progress = batchProgress(jobs.length, options.terminal);
  let calls = 0;
  const passes = await runWithSiteMemory(jobs.length, async (i, siteMemory) => {
    // A call past the first pass cleans a page again with its site's memory: more work to show.
    if (++calls > jobs.length) progress.grow(1);
    const entry = jobs[i]!;
    if ('text' in entry) {
      progress.tick();
      return { line: entry.text, site: null, ok: false };
    }
    const outcome = await runner.run({ ...entry.job, siteMemory });
    progress.tick();
    const { text, ok } = lineOf(outcome, entry.file);
    return { line: text, ok, site: (outcome.ok && outcome.site) || null, ...(outcome.ok && outcome.observed && { observed: outcome.observed }) };
  });
  progress.end();
  for (const pass of passes) write(pass.line);
  return { listed: jobs.length, done: passes.filter((p) => p.ok).length };
}

/** Entries of a manifest (lines that are neither blank nor comments): the bar's total. */
async function countEntries(path: string): Promise<number> {
  let n = 0;
  for await (const raw of await manifestLines(path)) {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) n++;
  }
  return n;
}

/**
 * Runs a manifest, writing one line per entry through `write`, in manifest order. Throws (a
 * `CliError`) only when the manifest itself cannot be read.
 */
export async function runBatch(manifest: string, write: (line: string) => void, options: BatchOptions): Promise<BatchSummary> {
  // Streamed, the manifest is read twice when there is a bar: its total comes first (before
  // the stream below starts, or its first lines would go by unheard).
  const total = options.siteMemory === false && options.terminal?.isTTY ? await countEntries(manifest) : 0;
  const lines = await manifestLines(manifest);
  const base = dirname(resolve(manifest));
  const runner = pageRunner(options.jobs, options.timeout);
  if (options.siteMemory !== false) {
    try {
      return await runRemembering(lines, base, runner, write, options);
    } finally {
      await runner.close();
    }
  }
  // Pages finish out of order; a bounded window of them waits for the oldest, so a slow page
  // holds back at most this many finished ones.
  const window: Promise<Line>[] = [];
  const limit = options.jobs * 4;
  const summary: BatchSummary = { listed: 0, done: 0 };
  const progress: Progress = batchProgress(total, options.terminal);
  const flush = async (): Promise<void> => {
    const line = await window.shift()!;
    if (line.ok) summary.done++;
    progress.tick();
    write(line.text);
  };
  try {
    let number = 0;
    for await (const raw of lines) {
      number++;
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      summary.listed++;
      const entry = toJob(line, number, base);
      window.push('text' in entry ? Promise.resolve({ text: entry.text, ok: false }) : runner.run(entry.job).then((outcome) => lineOf(outcome, entry.file)));
      if (window.length >= limit) await flush();
    }
    while (window.length > 0) await flush();
  } finally {
    progress.end();
    await runner.close();
  }
  return summary;
}
