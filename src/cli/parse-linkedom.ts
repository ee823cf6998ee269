/**
 * HTML to a linkedom `Document` built by parse5 (see linkedom-tree.ts): the tree a browser and
 * jsdom build, in a much lighter DOM than jsdom's.
 *
 * linkedom's document lacks what the core and Readability read of a page's document, or has it
 * differently from a browser; the document class here supplies it as the standard says:
 * - `URL`, `documentURI` and `baseURI` (the first `<base href>` resolved against the URL);
 * - `doctype` after a comment too;
 * - `title`: the first `<title>` anywhere, whitespace stripped and collapsed (linkedom: the
 *   head's, raw; and its `head` getter inserts a head when there is none);
 * - `forms`, which the core's clobbering defence reads (src/core/clobbering.ts);
 * - `defaultView.DOMParser` and `implementation.createHTMLDocument`, the inert parsers the core
 *   reads `<noscript>` markup and joined pages with, so that they build this same DOM;
 * - `createElement` lower-cases the name, as an HTML document does (Readability asks for 'DIV');
 * - `createTreeWalker`: the standard's (./tree-walker.ts);
 * - `cloneNode` that keeps the URL, and whose nodes belong to the clone.
 */
import { DOMParser as LinkedomParser } from 'linkedom';
import { parse } from 'parse5';
import { adoptTree, fixLinkedom } from './linkedom-fixes.ts';
import { linkedomTreeAdapter } from './linkedom-tree.ts';
import { PageTreeWalker } from './tree-walker.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- linkedom ships no types for its classes. */
const HTMLDocument = new LinkedomParser().parseFromString('', 'text/html').constructor as new () => any;
/* eslint-enable @typescript-eslint/no-explicit-any */

const ASCII_SPACE = /[\t\n\f\r ]+/g;

/** `href` against `base`, or null when it is no URL. */
function resolve(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

class PageDocument extends HTMLDocument {
  URL = 'about:blank';

  get documentURI(): string {
    return this.URL;
  }

  get baseURI(): string {
    const base = this.querySelector('base[href]') as Element | null;
    return (base && resolve(base.getAttribute('href')!, this.URL)) || this.URL;
  }

  get title(): string {
    const title = this.getElementsByTagName('title')[0] as Element | undefined;
    return title ? (title.textContent ?? '').replace(ASCII_SPACE, ' ').trim() : '';
  }

  createElement(name: string, options?: unknown): Element {
    return super.createElement(name.replace(/[A-Z]+/g, (c) => c.toLowerCase()), options) as Element;
  }

  /** The doctype wherever it is among the document's children (linkedom: only a first child). */
  get doctype(): DocumentType | null {
    for (let node = this.firstChild as Node | null; node; node = node.nextSibling) {
      if (node.nodeType === 10) return node as DocumentType;
    }
    return null;
  }

  createTreeWalker(root: Node, whatToShow?: number, filter?: ConstructorParameters<typeof PageTreeWalker>[2]): PageTreeWalker {
    return new PageTreeWalker(root, whatToShow, filter);
  }

  get forms(): ArrayLike<Element> {
    return this.getElementsByTagName('form') as ArrayLike<Element>;
  }

  get defaultView(): { DOMParser: typeof PageParser } {
    return VIEW;
  }

  get implementation(): { createHTMLDocument(title?: string): Document } {
    return { createHTMLDocument: (title) => emptyDocument(title, this.URL) };
  }

  cloneNode(deep?: boolean): PageDocument {
    const clone = super.cloneNode(deep) as PageDocument;
    clone.URL = this.URL;
    adoptTree(clone as unknown as Document);
    return clone;
  }
}

/** An inert parser that builds this DOM, as a window's `DOMParser` does (only 'text/html'). */
class PageParser {
  parseFromString(html: string, type: string): Document {
    if (type !== 'text/html') throw new TypeError(`DOMParser: only text/html here, not ${type}`);
    return parseLinkedom(html);
  }
}

const VIEW = Object.freeze({ DOMParser: PageParser });

function emptyDocument(title: string | undefined, url: string): Document {
  const doc = parseLinkedom(`<!doctype html><html><head>${title === undefined ? '' : '<title></title>'}</head><body></body></html>`, url);
  if (title !== undefined) doc.getElementsByTagName('title')[0]!.textContent = title;
  return doc;
}

/** Parses `html` into a fresh linkedom document at `url`. Nothing runs and nothing is fetched. */
export function parseLinkedom(html: string, url = 'about:blank'): Document {
  const doc = new PageDocument();
  fixLinkedom(doc);
  doc.URL = url;
  // As jsdom parses a page whose scripts never run: `<noscript>` content is markup.
  parse(html, { treeAdapter: linkedomTreeAdapter(doc), scriptingEnabled: false });
  return doc as unknown as Document;
}
