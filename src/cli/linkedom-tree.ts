/**
 * A parse5 tree adapter that builds linkedom nodes: parse5 is the HTML standard's tree
 * construction (jsdom's own parser), linkedom a light DOM. linkedom's own parser (htmlparser2)
 * does not build the tree a browser builds (no implied `<tbody>`, no misnested-tag repair, no
 * foster parenting), so the tree is built here instead, node by node, in tree order.
 *
 * `<template>` children go to the template's content fragment, as in a browser, not under the
 * template itself (linkedom's parser puts them there and copies them out lazily).
 */
import { DOMParser } from 'linkedom';
import type { TreeAdapter, TreeAdapterTypeMap, Token } from 'parse5';

/* eslint-disable @typescript-eslint/no-explicit-any -- linkedom ships no types for its classes. */
type LNode = any;
/* eslint-enable @typescript-eslint/no-explicit-any */

type Map = TreeAdapterTypeMap<LNode, LNode, LNode, LNode, LNode, LNode, LNode, LNode, LNode, LNode>;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';

const TEXT_NODE = 3;
const ATTRIBUTE_NODE = 2;

/** linkedom's private link to the next node in its list (an element's attributes come first). */
let NEXT: symbol | undefined;

/**
 * `el`'s attributes, in order, read from linkedom's list itself: the live `attributes` of
 * ./linkedom-fixes.ts takes a fresh snapshot at every read, so listing them through it cost a
 * snapshot per attribute, at every element serialised (issue 17).
 */
function attrList(el: LNode): Token.Attribute[] {
  NEXT ??= Object.getOwnPropertySymbols(el).find((s) => s.description === 'next');
  const list: Token.Attribute[] = [];
  for (let a = el[NEXT!]; a && a.nodeType === ATTRIBUTE_NODE; a = a[NEXT!]) list.push({ name: a.name, value: a.value });
  return list;
}

/** A non-HTML element's namespace, kept for parse5 (linkedom makes MathML elements plain HTML ones). */
const NAMESPACE = Symbol('bersih.namespace');

/** linkedom's DocumentType class, which it does not export, taken from a parsed doctype. */
let DocumentType: (new (doc: LNode, name: string, publicId: string, systemId: string) => LNode) | null = null;

/** linkedom's element for `tag` in `ns` (MathML elements are plain elements there). */
function element(doc: LNode, tag: string, ns: string): LNode {
  if (ns === HTML_NS) return doc.createElement(tag);
  const el = ns === SVG_NS ? doc.createElementNS(SVG_NS, tag) : doc.createElement(tag);
  el[NAMESPACE] = ns;
  return el;
}

function setAttributes(el: LNode, attrs: Token.Attribute[], onlyNew: boolean): void {
  for (const a of attrs) {
    const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
    if (onlyNew && el.hasAttribute(name)) continue;
    el.setAttribute(name, a.value);
  }
}

/**
 * The adapter for one document: `doc` is the empty linkedom document the tree goes into (parse5
 * asks for its document through `createDocument`).
 */
export function linkedomTreeAdapter(doc: LNode): TreeAdapter<Map> {
  const adapter: TreeAdapter<Map> = {
    createDocument: () => doc,
    createDocumentFragment: () => doc.createDocumentFragment(),
    createElement: (tag, ns, attrs) => {
      const el = element(doc, tag, ns);
      setAttributes(el, attrs, false);
      return el;
    },
    createCommentNode: (data) => doc.createComment(data),
    createTextNode: (value) => doc.createTextNode(value),
    appendChild: (parent, node) => void parent.appendChild(node),
    insertBefore: (parent, node, ref) => void parent.insertBefore(node, ref),
    setTemplateContent: () => undefined,
    // The fragment linkedom made with the template; empty while the template has no children.
    getTemplateContent: (template) => template.content,
    setDocumentType: (document, name, publicId, systemId) => {
      DocumentType ??= new DOMParser().parseFromString('<!doctype html>', 'text/html').doctype!.constructor as unknown as typeof DocumentType;
      // After any comment before it, as the parser reads them.
      document.appendChild(new DocumentType!(document, name, publicId, systemId));
    },
    setDocumentMode: () => undefined,
    getDocumentMode: () => 'no-quirks' as never,
    detachNode: (node) => {
      if (node.parentNode) node.parentNode.removeChild(node);
    },
    insertText: (parent, text) => {
      const last = parent.lastChild;
      if (last && last.nodeType === TEXT_NODE) last.data += text;
      else parent.appendChild(doc.createTextNode(text));
    },
    insertTextBefore: (parent, text, ref) => {
      const prev = ref.previousSibling;
      if (prev && prev.nodeType === TEXT_NODE) prev.data += text;
      else parent.insertBefore(doc.createTextNode(text), ref);
    },
    adoptAttributes: (recipient, attrs) => setAttributes(recipient, attrs, true),
    getFirstChild: (node) => node.firstChild,
    getChildNodes: (node) => [...node.childNodes],
    getParentNode: (node) => node.parentNode,
    getAttrList: attrList,
    getTagName: (el) => el.localName,
    getNamespaceURI: (el) => (el[NAMESPACE] ?? HTML_NS) as never,
    getTextNodeContent: (node) => node.data,
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: (node) => node.name,
    getDocumentTypeNodePublicId: (node) => node.publicId,
    getDocumentTypeNodeSystemId: (node) => node.systemId,
    isTextNode: (node): node is LNode => node.nodeType === TEXT_NODE,
    isCommentNode: (node): node is LNode => node.nodeType === 8,
    isDocumentTypeNode: (node): node is LNode => node.nodeType === 10,
    isElementNode: (node): node is LNode => node.nodeType === 1,
    setNodeSourceCodeLocation: () => undefined,
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => undefined,
  };
  return adapter;
}
