/**
 * HTML bytes to a jsdom `Document`, the one DOM the CLI, the evaluation and the benchmark share.
 * Scripts never run and no sub-resource is fetched (jsdom's defaults, kept explicit here), and
 * jsdom's own console (CSS parse errors of real pages) is silenced so it cannot pollute stdout.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface ParsedPage {
  document: Document;
  /** Frees the jsdom window; call it once the page is done with (batch runs parse thousands). */
  close(): void;
}

/**
 * Parses a page. Bytes let jsdom sniff the charset (BOM, `<meta charset>`) the way a browser does;
 * a string is taken as already decoded.
 */
export function parseHtml(html: Uint8Array | string, url?: string): ParsedPage {
  const dom = new JSDOM(html, {
    url,
    contentType: 'text/html',
    runScripts: undefined,
    resources: undefined,
    virtualConsole: new VirtualConsole(),
  });
  return { document: dom.window.document, close: () => dom.window.close() };
}

/**
 * css-tree (used by jsdom for inline styles) `console.warn`s "[csstree-match] BREAK after 15000
 * iterations" on some real pages' CSS. It is harmless noise that would break the CLI's
 * one-line-per-error stderr contract, so the entry points drop exactly that message.
 */
export function silenceCssTreeWarnings(): void {
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]): void => {
    if (typeof args[0] === 'string' && args[0].startsWith('[csstree-match]')) return;
    warn(...args);
  };
}
