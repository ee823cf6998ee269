/**
 * `bersih batch MANIFEST.jsonl`: many pages in one process (jsdom and the core load once).
 * Each manifest line is `{"file": PATH, "url": URL}`, or `{"files": [PAGE1, PAGE2, …], "url": URL}`
 * for an article saved as several pages; each output line is one JSON object, in
 * manifest order. A bad page or a bad line becomes `{"file", "error"}` and the batch goes on.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { CliError } from './exit-codes.ts';
import { extractPage } from './extract.ts';
import { extractPages } from './extract-pages.ts';
import { jsonFields } from './format.ts';
import { readFileBytes } from './read-input.ts';

interface ManifestEntry {
  file: string;
  url?: string;
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
  const { url, files } = value as Record<string, unknown>;
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
  if (typeof url === 'string') {
    try {
      new URL(url);
    } catch {
      return { problem: `"url" is not an absolute URL: ${url}` };
    }
  }
  const pages = Array.isArray(files) && files.length > 1 ? { files: files as string[] } : {};
  return typeof url === 'string' ? { file, url, ...pages } : { file, ...pages };
}

const describe = (e: unknown): string =>
  e instanceof CliError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;

/**
 * Runs a manifest, writing one line per entry through `write`. Throws (a `CliError`) only when
 * the manifest itself cannot be read.
 */
export async function runBatch(manifest: string, write: (line: string) => void): Promise<void> {
  const text = (await readFileBytes(manifest)).toString('utf8');
  const base = dirname(resolve(manifest));
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const entry = parseManifestLine(line);
    if ('problem' in entry) {
      const file = /"file"\s*:\s*"([^"]*)"/.exec(line)?.[1] ?? null;
      write(JSON.stringify({ file, error: `manifest line ${index + 1}: ${entry.problem}` }));
      continue;
    }
    const at = (file: string) => (isAbsolute(file) ? file : resolve(base, file));
    try {
      const { result, url } = entry.files
        ? await extractPages(entry.files.map(at), entry.url, entry.files)
        : await extractPage(at(entry.file), entry.url, entry.file);
      write(JSON.stringify({ file: entry.file, ...(entry.files ? { files: entry.files } : {}), ...jsonFields(result, url) }));
    } catch (e) {
      write(JSON.stringify({ file: entry.file, error: describe(e) }));
    }
  }
}
