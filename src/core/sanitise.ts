/**
 * The sanitiser: the only way page-derived HTML reaches a DOM we show.
 *
 * It never parses or writes HTML strings. It copies an (inert) source tree node by node into
 * the target document, keeping allowlisted elements and attributes, unwrapping unknown
 * elements and dropping dangerous ones with their content. The extraction pipeline, which owns
 * its article's nodes, has the same done to them where they are (`sanitiseInPlace`); one set of
 * decisions serves both.
 */
import {
  appendChildOf, attrOf, attributesOf, firstChildOf, hasAttrOf, insertBeforeOf, localNameOf, namespaceOf, nextSiblingOf,
  nodeTypeOf, nodeValueOf, ownerDocumentOf, removeChildOf, replaceChildOf, setAttrOf, textOf,
} from './safe-dom.ts';

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
/** The step budget: nodes visited in one call, well above any article. */
const MAX_NODES = 1_000_000;
const XHTML = 'http://www.w3.org/1999/xhtml';
const MATHML = 'http://www.w3.org/1998/Math/MathML';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Copies `source`'s children into a fragment of `target`, keeping only safe content.
 * Relative URLs are resolved against `baseUrl`; URLs with other schemes than http(s)/mailto
 * (and `data:` images) are dropped. Never throws on hostile input: a tree of any depth is walked
 * with a stack of our own, through reads a page's form fields cannot shadow, and a tree of over
 * `MAX_NODES` nodes is cut off there.
 */
export function sanitiseInto(source: ParentNode, target: Document, baseUrl?: string): DocumentFragment {
  const fragment = target.createDocumentFragment();
  // Each frame: the source node whose children are being copied, where they go, their depth, the next child.
  const stack: Array<{ to: Node; depth: number; child: ChildNode | null }> = [
    { to: fragment, depth: 1, child: firstChildOf(source as Node) },
  ];
  let budget = MAX_NODES;
  while (stack.length && budget-- > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.child;
    if (!child) {
      stack.pop();
      continue;
    }
    frame.child = nextSiblingOf(child);
    const type = nodeTypeOf(child);
    if (type === TEXT_NODE) {
      appendChildOf(frame.to, target.createTextNode(nodeValueOf(child) ?? ''));
      continue;
    }
    // Comments, processing instructions and doctypes are dropped.
    if (type !== ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = localNameOf(el).toLowerCase();
    const verdict = verdictOf(el, tag, frame.depth);
    const next = { to: frame.to, depth: frame.depth + 1, child: firstChildOf(el) };
    if (verdict === UNWRAP) {
      stack.push(next);
      continue;
    }
    const attributes = verdict === KEEP_ELEMENT ? keptAttributes(el, tag, baseUrl) : null;
    if (!attributes) continue;
    const copy = target.createElement(tag);
    for (const [name, value] of attributes) copy.setAttribute(name, value);
    appendChildOf(frame.to, copy);
    next.to = copy;
    stack.push(next);
  }
  return fragment;
}

/**
 * Sanitises `root`'s children where they are, for a tree the caller owns and may change (the
 * extraction clone): the same result as `sanitiseInto` (the same serialised HTML, attributes in the
 * same order), without making a copy of every node it keeps. Never throws on hostile input; what
 * lies beyond `MAX_NODES` nodes is removed.
 */
export function sanitiseInPlace(root: Element, baseUrl?: string): void {
  // Each frame: the parent whose children are being cleaned, their depth, the next child, and the
  // unwrapped element to dissolve into its parent once its children are clean.
  interface Frame {
    parent: Node;
    depth: number;
    child: ChildNode | null;
    unwrap?: { el: Element; into: Node };
  }
  const stack: Frame[] = [{ parent: root, depth: 1, child: firstChildOf(root) }];
  let budget = MAX_NODES;
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const child = frame.child;
    if (!child) {
      stack.pop();
      if (frame.unwrap) {
        const { el, into } = frame.unwrap;
        for (let c = firstChildOf(el); c; c = firstChildOf(el)) insertBeforeOf(into, c, el);
        removeChildOf(into, el);
      }
      continue;
    }
    frame.child = nextSiblingOf(child);
    const type = nodeTypeOf(child);
    if (budget-- <= 0 || (type !== ELEMENT_NODE && type !== TEXT_NODE)) {
      removeChildOf(frame.parent, child);
      continue;
    }
    if (type === TEXT_NODE) continue;
    const el = child as Element;
    const tag = localNameOf(el).toLowerCase();
    const verdict = verdictOf(el, tag, frame.depth);
    if (verdict === UNWRAP) {
      stack.push({ parent: el, depth: frame.depth + 1, child: firstChildOf(el), unwrap: { el, into: frame.parent } });
      continue;
    }
    const attributes = verdict === KEEP_ELEMENT ? keptAttributes(el, tag, baseUrl) : null;
    if (!attributes) {
      removeChildOf(frame.parent, el);
      continue;
    }
    // A customised built-in (`<p is="…">`) keeps its `is` value after the attribute goes, and
    // serialisers write it back: a plain element of the same tag takes its place.
    const kept = hasAttrOf(el, 'is') ? replaceWithPlain(el, tag, frame.parent) : el;
    setAttributes(kept, attributes);
    stack.push({ parent: kept, depth: frame.depth + 1, child: firstChildOf(kept) });
  }
}

function replaceWithPlain(el: Element, tag: string, parent: Node): Element {
  const plain = ownerDocumentOf(el)!.createElement(tag);
  for (let c = firstChildOf(el); c; c = firstChildOf(el)) appendChildOf(plain, c);
  replaceChildOf(parent, plain, el);
  return plain;
}

/** Gives `el` exactly `attributes`, in order, leaving alone the leading ones it has already. */
function setAttributes(el: Element, attributes: Array<[string, string]>): void {
  const current = attributesOf(el);
  let same = 0;
  for (let a = current.item(0); a && same < attributes.length; a = current.item(++same)) {
    const [name, value] = attributes[same]!;
    if (a.namespaceURI !== null || a.name !== name || a.value !== value) break;
  }
  while (current.length > same) el.removeAttributeNode(current.item(same)!);
  for (const [name, value] of attributes.slice(same)) setAttrOf(el, name, value);
}

const DROP_ELEMENT = 0;
const UNWRAP = 1;
const KEEP_ELEMENT = 2;

/** Whether `el` goes with its content, goes leaving its content, or stays. */
function verdictOf(el: Element, tag: string, depth: number): typeof DROP_ELEMENT | typeof UNWRAP | typeof KEEP_ELEMENT {
  if (DROP.has(tag)) return DROP_ELEMENT;
  if (tag === 'form' && textOf(el).length < FORM_CONTENT_CHARS) return DROP_ELEMENT;
  // Formulas keep their text (MathML elements themselves are not kept: none is allowlisted).
  const namespace = namespaceOf(el);
  if (namespace === MATHML) return UNWRAP;
  if (namespace !== XHTML) return DROP_ELEMENT;
  // Unknown or too deep: keep the text, lose the element.
  return KEEP.has(tag) && depth <= MAX_DEPTH ? KEEP_ELEMENT : UNWRAP;
}

/** The safe attributes a kept `el` keeps, in order, or null when it must go (an image with no safe source). */
function keptAttributes(el: Element, tag: string, baseUrl: string | undefined): Array<[string, string]> | null {
  const kept: Array<[string, string]> = [];
  const allowed = [...(ATTRS['*'] ?? []), ...(ATTRS[tag] ?? [])];
  for (const name of allowed) {
    const value = attrOf(el, name);
    if (value === null) continue;
    const safe = URL_ATTRS.has(name) ? safeUrl(value, baseUrl, tag === 'img') : name === 'srcset' ? safeSrcset(value, baseUrl) : value;
    if (safe !== null) kept.push([name, safe]);
  }
  if (tag === 'img' && !kept.some(([name]) => name === 'src')) {
    const lazy = attrOf(el, 'data-src') ?? attrOf(el, 'data-original') ?? attrOf(el, 'data-lazy-src');
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
