/**
 * The CLI's DOM: a page's bytes (or text) to a `Document` for the core. By default parse5's tree
 * (the standard's, jsdom's) in linkedom's nodes (./parse-linkedom.ts), which gives the core the
 * output jsdom gives it (bench/dom-parity.ts, test/cli/linkedom-parity.test.ts) in a fraction of
 * the time and memory. `BERSIH_DOM=jsdom` parses with jsdom instead (./parse-html.ts), the
 * reference, for checking a page that seems to come out differently.
 */
import { decodeHtml } from './decode-html.ts';
import type { ParsedPage } from './parse-html.ts';
import { parseLinkedom } from './parse-linkedom.ts';

// jsdom is loaded only when asked for: it costs each worker time and memory at start.
const jsdom = process.env.BERSIH_DOM === 'jsdom' ? await import('./parse-html.ts') : null;

/**
 * Parses a page: bytes are decoded as a browser would (./decode-html.ts), a string is taken as is.
 * Throws on a URL that does not parse, as jsdom does.
 * @param encoding the transport's charset label, when something outside the page knows it
 */
export function parsePage(html: Uint8Array | string, url?: string, encoding?: string): ParsedPage {
  if (jsdom) return jsdom.parseHtml(html, url, encoding);
  const text = typeof html === 'string' ? html : decodeHtml(html, encoding).text;
  const document = parseLinkedom(text, url === undefined ? undefined : new URL(url).href);
  return { document, close: () => Promise.resolve() };
}
