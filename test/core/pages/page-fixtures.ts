/**
 * Multi-page fixtures: `source.html` is page 1 (also a golden fixture); `page-N.html` and
 * `page-all.html` are the other pages, each with the bersih-fixture header naming its URL. A
 * fake fetcher serves them by URL, so the collector is tested without a network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { CollectIo } from '../../../src/core/pages/collect-pages.ts';
import { cleanDocument } from '../../../src/core/index.ts';
import { FIXTURES_DIR } from '../fixtures.ts';

const HEADER = /^<!--\s*bersih-fixture\s+url:\s*(\S+)/;

/** Every page of fixture `name`, by URL. */
export function fixturePages(name: string): Map<string, string> {
  const dir = join(FIXTURES_DIR, name);
  const pages = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dir, file), 'utf8');
    pages.set(HEADER.exec(html)![1]!, html);
  }
  return pages;
}

/** Parses `html` at `url` (no scripts, no network). */
export function parseAt(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

/** A collector IO over a fixture's pages: records fetched URLs; `fail` URLs reject. */
export function fixtureIo(pages: Map<string, string>, fail: Set<string> = new Set()): CollectIo & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched,
    fetchDoc: (url) => {
      fetched.push(url);
      const html = pages.get(url);
      if (fail.has(url)) return Promise.reject(new Error('HTTP 503'));
      return html ? Promise.resolve(parseAt(html, url)) : Promise.reject(new Error('HTTP 404'));
    },
    clean: (doc, url) => cleanDocument(doc, { url }),
    now: () => 0,
  };
}
