/**
 * Serves corpus pages for the browser benchmark at `/p/<index>/<the page's own path>` (see
 * `pagePath`), HTML only: `<script>` elements,
 * meta refreshes and meta CSPs are stripped, and a `script-src 'none'` header stops inline event
 * handlers, so a page neither runs its own code (ads, trackers, network calls that would fail
 * anyway; malaymail's `onerror` image fallback reloads a 404 forever) nor blocks our evaluation.
 * The extension's scripts and the benchmark's `page.evaluate` are not subject to page CSP.
 * Bytes are kept as they are (latin1 round-trip), so the browser still sniffs each page's charset.
 */
import type { Resolver } from '../../test/e2e/harness/static-server.ts';

const SCRIPT = /<script\b[\s\S]*?<\/script\s*>/gi;
const META = /<meta\b[^>]*http-equiv\s*=\s*["']?(?:refresh|content-security-policy)[^>]*>/gi;

/** The page bytes without scripts, meta refresh or meta CSP. */
export function stripPage(bytes: Buffer): Buffer {
  const text = bytes.toString('latin1').replace(SCRIPT, '').replace(META, '');
  return Buffer.from(text, 'latin1');
}

/**
 * Where `page` number `i` is served: its original path under `/p/i`, so that what the core reads
 * from the address (an article's path, not a front page's `/`) is what it reads on the real site.
 */
export function pagePath(i: number, page: { url: string }): string {
  let path = '/';
  try {
    path = new URL(page.url).pathname;
  } catch {
    // A stand-in address: the bare folder.
  }
  return `/p/${i}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A resolver serving `pages[i]` at `pagePath(i, …)` (any path under `/p/i/`). */
export function serveCorpus(pages: readonly { html(): Buffer }[]): Resolver {
  return (url) => {
    const match = /^\/p\/(\d+)\//.exec(url.pathname);
    const page = match ? pages[Number(match[1])] : undefined;
    if (!page) return null;
    return { body: stripPage(page.html()), type: 'text/html', headers: { 'content-security-policy': "script-src 'none'" } };
  };
}
