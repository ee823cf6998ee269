/**
 * Serves corpus pages for the browser benchmark at `/p/<index>/`, HTML only: `<script>` elements,
 * meta refreshes and meta CSPs are stripped so a page neither runs its own code (ads, trackers,
 * network calls that would fail anyway) nor blocks our evaluation. Bytes are kept as they are
 * (latin1 round-trip), so the browser still sniffs each page's own charset.
 */
import type { Resolver } from '../../test/e2e/harness/static-server.ts';

const SCRIPT = /<script\b[\s\S]*?<\/script\s*>/gi;
const META = /<meta\b[^>]*http-equiv\s*=\s*["']?(?:refresh|content-security-policy)[^>]*>/gi;

/** The page bytes without scripts, meta refresh or meta CSP. */
export function stripPage(bytes: Buffer): Buffer {
  const text = bytes.toString('latin1').replace(SCRIPT, '').replace(META, '');
  return Buffer.from(text, 'latin1');
}

/** A resolver serving `pages[i]` at `/p/i/`. */
export function serveCorpus(pages: readonly { html(): Buffer }[]): Resolver {
  return (url) => {
    const match = /^\/p\/(\d+)\/$/.exec(url.pathname);
    const page = match ? pages[Number(match[1])] : undefined;
    if (!page) return null;
    return { body: stripPage(page.html()), type: 'text/html' };
  };
}
