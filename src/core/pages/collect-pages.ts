/**
 * Gathers an article's other pages and joins them, for the faces that can fetch (the content
 * script, the CLI). It does no I/O of its own: the face injects its fetch (with its timeout and
 * size cap), its cleaner and its clock, and passes its limits. The loop walks the pages within
 * them: at most `maxPages` pages, a time budget, and the URLs already fetched, so a loop of
 * "next" links cannot run away. A page that fails is noted as missing and the rest goes on.
 */
import type { CleanResult } from '../types.ts';
import { findPages } from './find-pages.ts';
import { joinPages, type JoinedResult, type PagePart } from './join.ts';

export interface CollectLimits {
  /** Pages in all, the first included. */
  maxPages: number;
  /** Milliseconds from the start after which no further page is fetched. */
  budgetMs: number;
}

/** The face's ways to reach pages: each fetch has its own timeout and size cap. */
export interface CollectIo {
  /** Fetches and parses one page; rejects with a short reason. */
  fetchDoc(url: string): Promise<Document>;
  /** Cleans one page (the core's `cleanDocument`, with the face's options). */
  clean(doc: Document, url: string): CleanResult | null;
  /** A clock in milliseconds (injected so tests need no timers). */
  now(): number;
}

export interface MissingPage {
  page: number;
  url: string;
  reason: string;
}

export interface Collected {
  result: JoinedResult;
  /** Pages found but not joined, with why. */
  missing: MissingPage[];
  /** True when the outlet's single-page address gave the whole article in one fetch. */
  showAll: boolean;
}

/**
 * Collects the pages of the article whose first page is `doc` (already cleaned into `first`).
 * @param onUpdate called with the joined result after each page that arrives
 */
export async function collectPages(
  doc: Document,
  url: string,
  first: CleanResult,
  io: CollectIo,
  limits: CollectLimits,
  onUpdate?: (update: Collected) => void,
): Promise<Collected> {
  const start = io.now();
  const links = findPages(doc, url);
  if (links.showAll) {
    const whole = await tryWhole(links.showAll, io);
    if (whole && whole.wordCount > first.wordCount) {
      const done: Collected = { result: { ...whole, pages: [1] }, missing: [], showAll: true };
      onUpdate?.(done);
      return done;
    }
  }
  const parts: PagePart[] = [{ page: links.current, result: first }];
  const known = new Map<number, string>(links.pages.map((p) => [p.page, p.url]));
  const visited = new Set<string>([stripHash(url)]);
  const missing: MissingPage[] = [];
  const joined = (): Collected => ({ result: joinPages(parts, doc) ?? { ...first, pages: [links.current] }, missing: [...missing], showAll: false });

  for (let next = pick(known, parts, missing); next; next = pick(known, parts, missing)) {
    const [page, target] = next;
    if (parts.length >= limits.maxPages) {
      missing.push({ page, url: target, reason: `more than ${limits.maxPages} pages` });
      continue;
    }
    if (io.now() - start > limits.budgetMs) {
      missing.push({ page, url: target, reason: 'out of time' });
      continue;
    }
    if (visited.has(stripHash(target))) {
      missing.push({ page, url: target, reason: 'already fetched' });
      continue;
    }
    visited.add(stripHash(target));
    try {
      const pageDoc = await io.fetchDoc(target);
      const result = io.clean(pageDoc, target);
      if (!result) throw new Error('no article on the page');
      parts.push({ page, result });
      for (const link of findPages(pageDoc, target).pages) if (!known.has(link.page)) known.set(link.page, link.url);
      onUpdate?.(joined());
    } catch (e) {
      missing.push({ page, url: target, reason: e instanceof Error ? e.message : String(e) });
      onUpdate?.(joined());
    }
  }
  return joined();
}

/** The lowest-numbered page known but neither joined nor given up. */
function pick(known: Map<number, string>, parts: PagePart[], missing: MissingPage[]): [number, string] | null {
  const done = new Set([...parts.map((p) => p.page), ...missing.map((m) => m.page)]);
  const open = [...known].filter(([page]) => !done.has(page)).sort(([a], [b]) => a - b);
  return open[0] ?? null;
}

async function tryWhole(target: string, io: CollectIo): Promise<CleanResult | null> {
  try {
    return io.clean(await io.fetchDoc(target), target);
  } catch {
    return null;
  }
}

function stripHash(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}
