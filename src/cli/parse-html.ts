/**
 * HTML bytes to a jsdom `Document`, the one DOM the CLI, the evaluation and the benchmark share.
 * Scripts never run and no sub-resource is fetched (jsdom's defaults, kept explicit here), and
 * jsdom's own console (CSS parse errors of real pages) is silenced so it cannot pollute stdout.
 */
import { setImmediate as nextTick } from 'node:timers/promises';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from './decode-html.ts';
import { guardJsdomCss } from './jsdom-css-guard.ts';

// A page's unparseable CSS value must never fail its parse (see jsdom-css-guard.ts).
guardJsdomCss();

export interface ParsedPage {
  document: Document;
  /**
   * Frees the jsdom window; await it once the page is done with (batch runs parse thousands).
   * jsdom queues the document's load steps as a task that holds the whole document: a loop that
   * never yields to the event loop keeps every page alive (measured: +1.2 MB per page for jsdom
   * alone, +6.6 MB with both extractors, linear). Waiting one macrotask lets those steps finish.
   */
  close(): Promise<void>;
}

/**
 * Parses a page: bytes are decoded as a browser would (./decode-html.ts), a string is taken as is.
 * @param encoding the transport's charset label, when something outside the page knows it
 */
export function parseHtml(html: Uint8Array | string, url?: string, encoding?: string): ParsedPage {
  const dom = new JSDOM(typeof html === 'string' ? html : decodeHtml(html, encoding).text, {
    url,
    contentType: 'text/html',
    runScripts: undefined,
    resources: undefined,
    virtualConsole: new VirtualConsole(),
  });
  return {
    document: dom.window.document,
    close: async () => {
      dom.window.close();
      await nextTick();
    },
  };
}

