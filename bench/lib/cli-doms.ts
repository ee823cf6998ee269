/**
 * The DOM implementations the CLI could parse pages with, behind one shape, so the parity check
 * (bench/dom-parity.ts) and the benchmark time and compare them alike. Each takes decoded HTML
 * and the page URL; scripts never run and nothing is fetched.
 */
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { parseHtml } from '../../src/cli/parse-html.ts';

export interface DomPage {
  document: Document;
  close(): Promise<void> | void;
}

export type DomParser = (html: string, url: string | undefined) => DomPage;

const jsdom: DomParser = (html, url) => parseHtml(html, url);

const linkedom: DomParser = (html) => {
  const { document } = parseHTML(html);
  return { document: document as unknown as Document, close: () => undefined };
};

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
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  return { document: document as unknown as Document, close: () => window.happyDOM.close() };
};

export const CLI_DOMS = { jsdom, linkedom, 'happy-dom': happyDom } satisfies Record<string, DomParser>;
export type CliDomName = keyof typeof CLI_DOMS;
