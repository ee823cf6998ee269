/**
 * The sanitiser: the only way page-derived HTML reaches a DOM we show.
 *
 * It never parses or writes HTML strings. It copies an (inert) source tree node by node into
 * the target document, keeping allowlisted elements and attributes, unwrapping unknown
 * elements and dropping dangerous ones with their content. The extraction pipeline, which owns
 * its article's nodes, has the same done to them where they are (`sanitiseInPlace`); one set of
 * decisions serves both.
 */

/** Elements kept as they are (with their allowed attributes). */
const KEEP = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q',
  's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr', 'article', 'aside',
  'header', 'footer', 'main',
]);
/**
 * Elements dropped together with everything inside them. A `<form>` is not among them: forums
 * (XenForo, vBulletin) wrap every post in a moderation form, so a form with a page's worth of
 * text is unwrapped like any unknown element and only its controls go; a short one (comment,
 * search or newsletter form) goes whole. Labels stay: sites use them for visible headings
 * (accordion chapters) as much as for control captions.
 */
const DROP = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'input',
  'button', 'select', 'option', 'textarea', 'svg', 'template', 'annotation', 'annotation-xml', 'noscript', 'link', 'meta',
  'base', 'head', 'title', 'canvas', 'audio', 'video', 'portal', 'dialog', 'slot', 'noembed',
  'noframes', 'xmp', 'plaintext', 'param', 'track', 'map', 'area',
]);
/** Attributes allowed per element ('*' applies to all). */
const ATTRS: Record<string, readonly string[]> = {
  '*': ['title', 'lang', 'dir'],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  source: ['srcset', 'type', 'media'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start', 'reversed'],
  time: ['datetime'],
  q: ['cite'],
  blockquote: ['cite'],
};
/** A form with less text than this is a comment, search or sign-up form, not a wrapper of content. */
const FORM_CONTENT_CHARS = 1000;
const URL_ATTRS = new Set(['href', 'src', 'cite']);
const SAFE_SCHEMES = /^(?:https?|mailto):$/i;
const MAX_DEPTH = 200;
const XHTML = 'http://www.w3.org/1999/xhtml';
const MATHML = 'http://www.w3.org/1998/Math/MathML';

/**
 * Copies `source`'s children into a fragment of `target`, keeping only safe content.
 * Relative URLs are resolved against `baseUrl`; URLs with other schemes than http(s)/mailto
 * (and `data:` images) are dropped. Never throws on hostile input.
 */
export function sanitiseInto(source: ParentNode, target: Document, baseUrl?: string): DocumentFragment {
  const fragment = target.createDocumentFragment();
  copyChildren(source as Node, fragment, target, baseUrl, 0);
  return fragment;
}

/**
 * Sanitises `root`'s children where they are, for a tree the caller owns and may change (the
 * extraction clone): the same result as `sanitiseInto` (the same serialised HTML, attributes in the
 * same order), without making a copy of every node it keeps. Never throws on hostile input.
 */
export function sanitiseInPlace(root: Element, baseUrl?: string): void {
  cleanChildren(root, baseUrl, 0);
}

function copyChildren(from: Node, to: Node, doc: Document, baseUrl: string | undefined, depth: number): void {
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      to.appendChild(doc.createTextNode(child.nodeValue ?? ''));
    } else if (child.nodeType === 1) {
      copyElement(child as Element, to, doc, baseUrl, depth + 1);
    }
    // Comments, processing instructions and doctypes are dropped.
  }
}

function copyElement(el: Element, to: Node, doc: Document, baseUrl: string | undefined, depth: number): void {
  const tag = el.localName.toLowerCase();
  const verdict = verdictOf(el, tag, depth);
  if (verdict === UNWRAP) return copyChildren(el, to, doc, baseUrl, depth);
  const attributes = verdict === KEEP_ELEMENT ? keptAttributes(el, tag, baseUrl) : null;
  if (!attributes) return;
  const copy = doc.createElement(tag);
  for (const [name, value] of attributes) copy.setAttribute(name, value);
  to.appendChild(copy);
  copyChildren(el, copy, doc, baseUrl, depth);
}

function cleanChildren(parent: Node, baseUrl: string | undefined, depth: number): void {
  for (let child = parent.firstChild; child; ) {
    const next = child.nextSibling;
    if (child.nodeType === 1) cleanElement(child as Element, parent, baseUrl, depth + 1);
    else if (child.nodeType !== 3) parent.removeChild(child);
    child = next;
  }
}

function cleanElement(el: Element, parent: Node, baseUrl: string | undefined, depth: number): void {
  const tag = el.localName.toLowerCase();
  const verdict = verdictOf(el, tag, depth);
  if (verdict === UNWRAP) {
    cleanChildren(el, baseUrl, depth);
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
  } else {
    const attributes = verdict === KEEP_ELEMENT ? keptAttributes(el, tag, baseUrl) : null;
    if (attributes) {
      // A customised built-in (`<p is="…">`) keeps its `is` value after the attribute goes, and
      // serialisers write it back: a plain element of the same tag takes its place.
      const kept = el.hasAttribute('is') ? replaceWithPlain(el, tag, parent) : el;
      setAttributes(kept, attributes);
      cleanChildren(kept, baseUrl, depth);
      return;
    }
  }
  parent.removeChild(el);
}

function replaceWithPlain(el: Element, tag: string, parent: Node): Element {
  const plain = el.ownerDocument.createElement(tag);
  while (el.firstChild) plain.appendChild(el.firstChild);
  parent.replaceChild(plain, el);
  return plain;
}

/** Gives `el` exactly `attributes`, in order, leaving alone the leading ones it has already. */
function setAttributes(el: Element, attributes: Array<[string, string]>): void {
  const current = el.attributes;
  let same = 0;
  for (let a = current.item(0); a && same < attributes.length; a = current.item(++same)) {
    const [name, value] = attributes[same]!;
    if (a.namespaceURI !== null || a.name !== name || a.value !== value) break;
  }
  while (current.length > same) el.removeAttributeNode(current.item(same)!);
  for (const [name, value] of attributes.slice(same)) el.setAttribute(name, value);
}

const DROP_ELEMENT = 0;
const UNWRAP = 1;
const KEEP_ELEMENT = 2;

/** Whether `el` goes with its content, goes leaving its content, or stays. */
function verdictOf(el: Element, tag: string, depth: number): typeof DROP_ELEMENT | typeof UNWRAP | typeof KEEP_ELEMENT {
  if (DROP.has(tag)) return DROP_ELEMENT;
  if (tag === 'form' && (el.textContent ?? '').length < FORM_CONTENT_CHARS) return DROP_ELEMENT;
  // Formulas keep their text (MathML elements themselves are not kept: none is allowlisted).
  if (el.namespaceURI === MATHML) return UNWRAP;
  if (el.namespaceURI !== XHTML) return DROP_ELEMENT;
  // Unknown or too deep: keep the text, lose the element.
  return KEEP.has(tag) && depth <= MAX_DEPTH ? KEEP_ELEMENT : UNWRAP;
}

/** The safe attributes a kept `el` keeps, in order, or null when it must go (an image with no safe source). */
function keptAttributes(el: Element, tag: string, baseUrl: string | undefined): Array<[string, string]> | null {
  const kept: Array<[string, string]> = [];
  const allowed = [...(ATTRS['*'] ?? []), ...(ATTRS[tag] ?? [])];
  for (const name of allowed) {
    const value = el.getAttribute(name);
    if (value === null) continue;
    const safe = URL_ATTRS.has(name) ? safeUrl(value, baseUrl, tag === 'img') : name === 'srcset' ? safeSrcset(value, baseUrl) : value;
    if (safe !== null) kept.push([name, safe]);
  }
  if (tag === 'img' && !kept.some(([name]) => name === 'src')) {
    const lazy = el.getAttribute('data-src') ?? el.getAttribute('data-original') ?? el.getAttribute('data-lazy-src');
    const safe = lazy ? safeUrl(lazy, baseUrl, true) : null;
    if (!safe) return null;
    kept.push(['src', safe]);
  }
  if (tag === 'a' && kept.some(([name]) => name === 'href')) kept.push(['rel', 'noopener noreferrer']);
  return kept;
}

/** An absolute http(s)/mailto URL, or null. `data:image/…` only for images (not SVG). */
export function safeUrl(value: string, baseUrl: string | undefined, isImage = false): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (isImage && /^data:image\/(?:png|jpe?g|gif|webp|avif);/i.test(trimmed)) return trimmed;
  if (trimmed.startsWith('#') && !isImage) return trimmed;
  try {
    const url = baseUrl ? new URL(trimmed, baseUrl) : new URL(trimmed);
    return SAFE_SCHEMES.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function safeSrcset(value: string, baseUrl: string | undefined): string | null {
  const parts = value
    .split(',')
    .map((part) => {
      const [url, descriptor] = part.trim().split(/\s+/, 2);
      const safe = url ? safeUrl(url, baseUrl, true) : null;
      return safe && !/[\s,]/.test(safe) ? [safe, descriptor].filter(Boolean).join(' ') : null;
    })
    .filter((p): p is string => p !== null);
  return parts.length ? parts.join(', ') : null;
}
