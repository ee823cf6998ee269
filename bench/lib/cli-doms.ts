/**
 * The DOM implementations the CLI could parse pages with, behind one shape, so the parity check
 * (bench/dom-parity.ts) and the benchmark time and compare them alike. Each takes decoded HTML
 * and the page URL; scripts never run and nothing is fetched.
 */
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { parseLinkedom } from '../../src/cli/parse-linkedom.ts';
import { shimDom } from './dom-shim.ts';

export interface DomPage {
  document: Document;
  close(): Promise<void> | void;
}

export type DomParser = (html: string, url: string | undefined) => DomPage;

const jsdom: DomParser = (html, url) => parseHtml(html, url);

let shimmed = false;

/** The core's safe DOM reads need the shim on happy-dom (see dom-shim.ts); installed once. */
function shim(document: Document): void {
  if (shimmed || !document.documentElement) return;
  shimmed = true;
  shimDom(document.documentElement, document.documentElement);
}

// Unshimmed: the core then throws at its first read (linkedom keeps `parentNode`, `localName`,
// `nodeType` as own fields, no prototype has a getter to take); with the shim and a
// `document.forms`, the core looped on the first fixture tried (not investigated, since no page's
// tree matches jsdom's anyway).
const linkedom: DomParser = (html) => ({ document: parseHTML(html).document as unknown as Document, close: () => undefined });

// parse5's tree (the standard's, jsdom's) in linkedom's nodes (src/cli/parse-linkedom.ts).
const parse5Linkedom: DomParser = (html, url) => ({ document: parseLinkedom(html, url), close: () => undefined });

const happyDom: DomParser = (html, url) => {
  const window = new Window({
    url: url ?? 'about:blank',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  shim(document);
  return { document, close: () => window.happyDOM.close() };
};

export const CLI_DOMS = { jsdom, linkedom, 'happy-dom': happyDom, 'parse5-linkedom': parse5Linkedom } satisfies Record<string, DomParser>;
export type CliDomName = keyof typeof CLI_DOMS;
