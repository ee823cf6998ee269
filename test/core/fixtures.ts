/**
 * Loads the golden fixtures under `test/fixtures/<case>/`. Each `source.html` starts with a
 * header comment `<!-- bersih-fixture url: … lang: … pattern: … -->`; the URL picks the site
 * profile, so it is the URL the page is parsed with.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import type { CleanResult } from '../../src/core/index.ts';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface Fixture {
  name: string;
  dir: string;
  html: string;
  url: string;
  lang: string;
}

const HEADER = /^<!--\s*bersih-fixture\s+url:\s*(\S+)\s+lang:\s*(\S+)\s+pattern:/;

/** Every fixture folder that has a `source.html`, sorted by name. */
export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES_DIR, d.name, 'source.html')))
    .map((d) => loadFixture(d.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Reads one fixture and its header; throws when the header is missing. */
export function loadFixture(name: string): Fixture {
  const dir = join(FIXTURES_DIR, name);
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const header = HEADER.exec(html);
  if (!header) throw new Error(`${name}/source.html lacks the bersih-fixture header comment`);
  return { name, dir, html, url: header[1]!, lang: header[2]! };
}

/** A fresh jsdom Document for the fixture, at its origin URL (no scripts run, no network). */
export function parseFixture(fixture: Fixture): Document {
  return new JSDOM(fixture.html, { url: fixture.url }).window.document;
}

/** The metadata a golden pins down (`expected.json`), with the sorted ids of the rules that fired. */
export function summarise(result: CleanResult) {
  return {
    title: result.title,
    byline: result.byline,
    siteName: result.siteName,
    lang: result.lang,
    publishedTime: result.publishedTime,
    excerpt: result.excerpt,
    wordCount: result.wordCount,
    readingMinutes: result.readingMinutes,
    rules: [...new Set(result.removed.map((r) => r.rule))].sort(),
  };
}
