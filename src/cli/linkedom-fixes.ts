/**
 * Where linkedom's nodes differ from the DOM standard in a way the core or Readability can see,
 * made standard for the CLI's pages (src/cli/parse-linkedom.ts). Each patch is installed once on
 * linkedom's own prototypes, in the process (or worker) that parses with linkedom.
 *
 * - `attributes` is a snapshot in linkedom, live in the standard: the sanitiser removes attributes
 *   while `length` says more are left, and looped for ever on a snapshot.
 * - A new attribute goes last, not first, and `class` keeps its value as written (linkedom
 *   rewrites it from its token list, and `getAttribute` and `className` read it from there), on
 *   SVG elements too: attribute order and values show in the article's HTML.
 * - a document's deep clone owns its nodes (see `adoptTree`).
 * - `getElementsByTagName('*')` lists every element (linkedom: none); other names as linkedom does
 *   (in one walk, without a string per element: see the code).
 * - `innerHTML` and `outerHTML` are the standard's fragment serialisation, parse5's as jsdom's
 *   (linkedom writes `<br />`-less voids alike but escapes text and boolean attributes its own way).
 * - `style` reads declarations as the standard does (./linkedom-style.ts).
 * - Setting `innerHTML` parses with parse5 too, in the element's context, as pages are parsed.
 *   linkedom's own parser gave each character reference its own text node, so text that Readability
 *   put back with `innerHTML` (its retry, its noscript images) came out cut: "&nbsp;·&nbsp;" became
 *   three nodes, and its paragraphs were wrapped differently (wcxb-dev 0337, 0550).
 */
import { parseFragment, serialize, serializeOuter } from 'parse5';
import { fixStyle } from './linkedom-style.ts';
import { linkedomTreeAdapter } from './linkedom-tree.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- linkedom ships no types for its classes. */
type LNode = any;
/* eslint-enable @typescript-eslint/no-explicit-any */

const ATTRIBUTE_NODE = 2;

/** The prototype on `start`'s chain that owns `prop`. */
function ownerOf(start: object, prop: string): Record<string, unknown> {
  for (let p = Object.getPrototypeOf(start) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.hasOwn(p, prop)) return p as Record<string, unknown>;
  }
  throw new Error(`linkedom-fixes: no prototype has ${prop}`);
}

/** One of linkedom's private symbols on `node`, by its description. */
function symbolOf(node: object, description: string): symbol {
  const found = Object.getOwnPropertySymbols(node).find((s) => s.description === description);
  if (!found) throw new Error(`linkedom-fixes: no '${description}' symbol`);
  return found;
}

/** A live view of `el`'s attributes: every read takes linkedom's snapshot afresh. */
function liveAttributes(el: object, snapshot: (this: object) => Record<PropertyKey, unknown>): object {
  return new Proxy(snapshot.call(el), {
    get(_, key) {
      const now = snapshot.call(el);
      const value = now[key];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(now) : value;
    },
    has: (_, key) => key in snapshot.call(el),
  });
}

const TAG_LIST = /^\s*[a-z][a-z0-9]*(?:\s*,\s*[a-z][a-z0-9]*)*\s*$/i;

/** The lower-case names of a selector that is a list of tag names, or null. */
function tagNames(selectors: string): Set<string> | null {
  return TAG_LIST.test(selectors) ? new Set(selectors.toLowerCase().split(',').map((n) => n.trim())) : null;
}

let NEXT_KEY: symbol;
let END_KEY: symbol;

/**
 * Calls `found` with each element under `root` whose lower-cased local name is in `names`, in tree
 * order and not into a template's content (as linkedom's querySelectorAll); stops when it says true.
 */
function walkTags(root: LNode, names: Set<string>, found: (el: LNode) => boolean | void): void {
  for (let next = root[NEXT_KEY], end = root[END_KEY]; next !== end;) {
    if (next.nodeType === 1) {
      const name = next.localName as string;
      if ((names.has(name) || names.has(name.toLowerCase())) && found(next)) return;
      if (name === 'template') {
        next = next[END_KEY];
        continue;
      }
    }
    next = next[NEXT_KEY];
  }
}

let installed = false;
let adoptAll: ((doc: LNode) => void) | null = null;

/**
 * Makes `doc` the owner of every node in it. linkedom's deep clone of a document copies each node
 * with its old owner, so a clone's nodes said they were in the original and not connected.
 */
export function adoptTree(doc: Document): void {
  adoptAll!(doc);
}

/** Installs the patches on the prototypes of `doc`'s DOM (a linkedom document); once. */
export function fixLinkedom(doc: LNode): void {
  if (installed) return;
  installed = true;
  const element = doc.createElement('p');
  const NEXT = symbolOf(element, 'next');
  const PREV = symbolOf(element, 'prev');
  void element.classList;
  const CLASS_LIST = symbolOf(element, 'classList');
  const proto = ownerOf(element, 'attributes');

  const snapshot = Object.getOwnPropertyDescriptor(proto, 'attributes')!.get as (this: object) => Record<PropertyKey, unknown>;
  Object.defineProperty(proto, 'attributes', {
    configurable: true,
    get(this: object) {
      return liveAttributes(this, snapshot);
    },
  });

  /** Links `attr` after `el`'s last attribute. */
  const append = (el: LNode, attr: LNode): void => {
    let last = el;
    while (last[NEXT]?.nodeType === ATTRIBUTE_NODE) last = last[NEXT];
    const next = last[NEXT];
    last[NEXT] = attr;
    attr[PREV] = last;
    attr[NEXT] = next;
    next[PREV] = attr;
    attr.ownerElement = el;
    if (attr.name === 'class') el[CLASS_LIST] = null;
  };
  proto.setAttribute = function setAttribute(this: LNode, name: string, value: unknown): void {
    const attr = this.getAttributeNode(name);
    if (attr) {
      attr.value = value;
      if (name === 'class') this[CLASS_LIST] = null;
      return;
    }
    const created = this.ownerDocument.createAttribute(name);
    created.value = value;
    append(this, created);
  };
  // An SVG element's class went through its token list (first, and rewritten): now as any other.
  const svg = ownerOf(doc.createElementNS('http://www.w3.org/2000/svg', 'svg'), 'setAttribute');
  if (svg !== proto) {
    delete svg.setAttribute;
    delete svg.getAttribute;
  }
  // The attribute's value as written, null when absent (linkedom: `class` from the token list, '' when absent).
  proto.getAttribute = function getAttribute(this: LNode, name: string): string | null {
    const attr = this.getAttributeNode(name);
    return attr ? (attr.value as string) : null;
  };
  const className = Object.getOwnPropertyDescriptor(proto, 'className')!;
  Object.defineProperty(proto, 'className', {
    ...className,
    get(this: LNode) {
      return (this.getAttribute('class') as string | null) ?? '';
    },
  });
  proto.setAttributeNode = function setAttributeNode(this: LNode, attr: LNode): LNode {
    const previous = this.getAttributeNode(attr.name);
    if (previous === attr) return previous;
    if (previous) this.removeAttributeNode(previous);
    if (attr.ownerElement) attr.ownerElement.removeAttributeNode(attr);
    append(this, attr);
    return previous;
  };

  const END = symbolOf(element, 'end');
  NEXT_KEY = NEXT;
  END_KEY = END;
  adoptAll = (doc) => {
    for (let next = doc[NEXT], end = doc[END]; next && next !== end; next = next[NEXT]) next.ownerDocument = doc;
  };
  const parent = ownerOf(element, 'getElementsByTagName');
  // One walk of the node list, as linkedom's own, and its matching: the name as is, or the
  // upper-case local name in an HTML document. linkedom upper-cased the local name of every
  // element it passed to compare it, a string made per element and per call, and the core and
  // Readability ask a whole page for its images, forms, links… a dozen times (issue 17). A name
  // with a lower-case letter is no upper-cased local name, so it is compared as is.
  const MIME = symbolOf(doc, 'mime');
  const NodeList = (parent.getElementsByTagName as (this: LNode, name: string) => LNode[]).call(doc, '*').constructor as new () => LNode[];
  parent.getElementsByTagName = function getElementsByTagName(this: LNode, name: string): LNode[] {
    const found = new NodeList();
    const every = name === '*';
    const upper = !every && name === name.toUpperCase();
    for (let next = this[NEXT], end = this[END]; next !== end; next = next[NEXT]) {
      if (next.nodeType !== 1) continue;
      if (every || next.localName === name || (upper && next.ownerDocument[MIME].ignoreCase && next.localName.toUpperCase() === name)) found.push(next);
    }
    return found;
  };

  // A selector that is only tag names ('script, noscript', 'img'): Readability asks the whole
  // page for such lists a dozen times, and linkedom compiled the selector anew at each call and
  // ran css-select's matcher on every element. Matched here as css-select matches them in an HTML
  // document (names without case), in linkedom's order (tree order, not into a template's
  // content); any other selector, or a non-HTML document, goes to linkedom's.
  const selectAll = parent.querySelectorAll as (this: LNode, selectors: string) => LNode[];
  const selectOne = parent.querySelector as (this: LNode, selectors: string) => LNode;
  parent.querySelectorAll = function querySelectorAll(this: LNode, selectors: string): LNode[] {
    const names = this.ownerDocument?.[MIME]?.ignoreCase === true ? tagNames(selectors) : null;
    if (!names) return selectAll.call(this, selectors);
    const found = new NodeList();
    walkTags(this, names, (el) => void found.push(el));
    return found;
  };
  parent.querySelector = function querySelector(this: LNode, selectors: string): LNode {
    const names = this.ownerDocument?.[MIME]?.ignoreCase === true ? tagNames(selectors) : null;
    if (!names) return selectOne.call(this, selectors);
    let first: LNode = null;
    walkTags(this, names, (el) => {
      first = el;
      return true;
    });
    return first;
  };

  fixStyle(ownerOf(element, 'style'));

  // The serialisation jsdom gives a page parsed without scripting (noscript content as markup).
  const options = { treeAdapter: linkedomTreeAdapter(null), scriptingEnabled: false };
  const inner = Object.getOwnPropertyDescriptor(proto, 'innerHTML')!;
  Object.defineProperty(proto, 'innerHTML', {
    ...inner,
    get(this: LNode) {
      return serialize(this, options);
    },
    set(this: LNode, html: string) {
      const fragment = parseFragment(this, String(html), { treeAdapter: linkedomTreeAdapter(this.ownerDocument), scriptingEnabled: false });
      while (this.firstChild) this.removeChild(this.firstChild);
      this.appendChild(fragment);
    },
  });
  const outer = Object.getOwnPropertyDescriptor(proto, 'outerHTML')!;
  Object.defineProperty(proto, 'outerHTML', {
    ...outer,
    get(this: LNode) {
      return serializeOuter(this, options);
    },
  });
}
