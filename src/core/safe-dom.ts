/**
 * DOM reads the page cannot subvert: the one place in the core that reads nodes' DOM properties
 * on nodes a page may have shaped (the lint config bans raw walks elsewhere in src/core).
 *
 * A form's named controls shadow the form's own properties (DOM clobbering): in a browser,
 * `<form><input name="parentNode"></form>` makes `form.parentNode` the input, so a climb to the
 * root loops for ever; `name="tagName"` makes `form.tagName.toUpperCase()` throw. Any comment form
 * with a field named like a DOM property does it, by accident or not (issue 18). The getters and
 * methods here are taken once from `Node.prototype` and `Element.prototype` and called on the
 * node, which named properties cannot reach. jsdom does not clobber; the tests emulate it (see
 * test/core/clobber.ts).
 *
 * The prototypes come from the content script's own globals in a browser. Under Node there are
 * none, so they are found once on the prototype chain of the first node read (jsdom's getters
 * accept nodes of any of its windows, as browsers' accept nodes of any document).
 *
 * A DOM whose nodes keep `parentNode` as a plain field of their own (linkedom, the CLI's DOM: see
 * src/cli/parse-linkedom.ts) has no accessor to take, and overrides its base classes' getters
 * per node kind; it has no named properties either, so nothing can shadow a field. On such a DOM,
 * and only there, the reads here are plain property reads. A browser's DOM (WebIDL attributes are
 * prototype accessors) and jsdom's never take that path.
 */

type Fn = (...args: never[]) => unknown;
type Proto = Record<string, unknown>;

let nodeProto: Proto | null = null;
let elementProto: Proto | null = null;
/** Whether this realm's DOM keeps tree fields on the nodes (see above); decided at the first read. */
let fieldDom: boolean | null = null;

/** The prototype on `start`'s chain that owns `prop` itself (a prototype is never clobbered). */
function ownerOf(start: object, prop: string): Proto | null {
  for (let p: object | null = Object.getPrototypeOf(start) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.prototype.hasOwnProperty.call(p, prop)) return p as Proto;
  }
  return null;
}

function isFieldDom(node: object): boolean {
  const global = globalThis as unknown as { Node?: unknown };
  return (fieldDom ??= !global.Node && Object.hasOwn(node, 'parentNode') && !ownerOf(node, 'parentNode'));
}

function protoOf(node: object, element: boolean): Proto {
  const global = globalThis as unknown as { Node?: { prototype: Proto }; Element?: { prototype: Proto } };
  // Not a node: the lookup below fails on `undefined`, as a raw read would.
  return (element
    ? (elementProto ??= global.Element?.prototype ?? ownerOf(node, 'getAttributeNames'))
    : (nodeProto ??= global.Node?.prototype ?? ownerOf(node, 'parentNode')))!;
}

/** A reader of `prop` through the prototype's getter, found at its first use. */
function getter<T>(element: boolean, prop: string): (node: Node) => T {
  let get: (() => unknown) | null = null;
  return (node) => {
    if (!get) {
      if (isFieldDom(node)) {
        get = function (this: Record<string, unknown>) {
          return this[prop];
        };
        return get.call(node) as T;
      }
      // `textContent` is Node.prototype's even for an element: look down the chain from the
      // named prototype.
      let desc: PropertyDescriptor | undefined;
      for (let p: object | null = protoOf(node, element); p && !desc; p = Object.getPrototypeOf(p) as object | null) {
        desc = Object.getOwnPropertyDescriptor(p, prop);
      }
      get = desc!.get as () => unknown;
    }
    return get.call(node) as T;
  };
}

/** The prototype's own `prop` method, found at its first use, to be called with `.call(node, …)`. */
function method<F extends Fn>(element: boolean, prop: string): (node: Node) => F {
  let fn: F | null = null;
  return (node) => {
    return fn ?? (isFieldDom(node) ? (node as unknown as Record<string, F>)[prop]! : (fn = protoOf(node, element)[prop] as F));
  };
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** `node.parentNode`. */
export const parentOf = /* @__PURE__ */ getter<(Node & ParentNode) | null>(false, 'parentNode');
/** `node.parentElement`. */
export const parentElementOf = /* @__PURE__ */ getter<Element | null>(false, 'parentElement');
/** `node.nextSibling`. */
export const nextSiblingOf = /* @__PURE__ */ getter<ChildNode | null>(false, 'nextSibling');
/** `node.previousSibling`. */
export const previousSiblingOf = /* @__PURE__ */ getter<ChildNode | null>(false, 'previousSibling');
/** `node.firstChild`. */
export const firstChildOf = /* @__PURE__ */ getter<ChildNode | null>(false, 'firstChild');
/** `node.lastChild`. */
export const lastChildOf = /* @__PURE__ */ getter<ChildNode | null>(false, 'lastChild');
/** `node.nodeType`. */
export const nodeTypeOf = /* @__PURE__ */ getter<number>(false, 'nodeType');
/** `node.nodeValue` (the text of a text node). */
export const nodeValueOf = /* @__PURE__ */ getter<string | null>(false, 'nodeValue');
const textContent = /* @__PURE__ */ getter<string | null>(false, 'textContent');
/** `node.textContent`, '' for null. */
export const textOf = (node: Node): string => textContent(node) ?? '';
/** `node.ownerDocument`. */
export const ownerDocumentOf = /* @__PURE__ */ getter<Document | null>(false, 'ownerDocument');

const contains = /* @__PURE__ */ method<(this: Node, other: Node | null) => boolean>(false, 'contains');
/** `a.contains(b)`. */
export const containsNode = (a: Node, b: Node | null): boolean => contains(a).call(a, b);
const compare = /* @__PURE__ */ method<(this: Node, other: Node) => number>(false, 'compareDocumentPosition');
/** Sorts `nodes` into tree order (in place; for short lists: each comparison walks ancestors). */
export const inTreeOrder = <T extends Node>(nodes: T[]): T[] => nodes.sort((a, b) => (compare(a).call(a, b) & 4 ? -1 : 1));
const removeChild = /* @__PURE__ */ method<(this: Node, child: Node) => Node>(false, 'removeChild');
/** `parent.removeChild(child)`. */
export const removeChildOf = (parent: Node, child: Node): void => void removeChild(parent).call(parent, child);
const insertBefore = /* @__PURE__ */ method<(this: Node, node: Node, before: Node | null) => Node>(false, 'insertBefore');
/** `parent.insertBefore(node, before)`. */
export const insertBeforeOf = (parent: Node, node: Node, before: Node | null): void => void insertBefore(parent).call(parent, node, before);
const replaceChild = /* @__PURE__ */ method<(this: Node, node: Node, old: Node) => Node>(false, 'replaceChild');
/** `parent.replaceChild(node, old)`. */
export const replaceChildOf = (parent: Node, node: Node, old: Node): void => void replaceChild(parent).call(parent, node, old);
const appendChild = /* @__PURE__ */ method<(this: Node, node: Node) => Node>(false, 'appendChild');
/** `parent.appendChild(node)`. */
export const appendChildOf = (parent: Node, node: Node): void => void appendChild(parent).call(parent, node);

const replaceChildren = /* @__PURE__ */ method<(this: Node, ...nodes: Node[]) => void>(true, 'replaceChildren');
/** `el.replaceChildren(...nodes)`. */
export const replaceChildrenOf = (el: Element, nodes: Node[]): void => replaceChildren(el).call(el, ...nodes);

/** Takes `node` out of its parent, if it has one. */
export function detach(node: Node): void {
  const parent = parentOf(node);
  if (parent) removeChildOf(parent, node);
}

/** `el.localName` (lower case for HTML elements). */
export const localNameOf = /* @__PURE__ */ getter<string>(true, 'localName');
const tagName = /* @__PURE__ */ getter<string>(true, 'tagName');
/** `el.tagName.toUpperCase()`: the upper-case tag name the rule tables use. */
export const tagOf = (el: Element): string => tagName(el).toUpperCase();
/** `el.namespaceURI`. */
export const namespaceOf = /* @__PURE__ */ getter<string | null>(true, 'namespaceURI');
/** `el.id`. */
export const idOf = /* @__PURE__ */ getter<string>(true, 'id');
/** `el.attributes`. */
export const attributesOf = /* @__PURE__ */ getter<NamedNodeMap>(true, 'attributes');
/** `el.children` (a live collection: list it with `arrayOf`). */
export const childrenOf = /* @__PURE__ */ getter<HTMLCollection>(true, 'children');
/** `el.nextElementSibling`. */
export const nextElementOf = /* @__PURE__ */ getter<Element | null>(true, 'nextElementSibling');
/** `el.previousElementSibling`. */
export const previousElementOf = /* @__PURE__ */ getter<Element | null>(true, 'previousElementSibling');
/** `el.firstElementChild`. */
export const firstElementOf = /* @__PURE__ */ getter<Element | null>(true, 'firstElementChild');

const getAttribute = /* @__PURE__ */ method<(this: Element, name: string) => string | null>(true, 'getAttribute');
/** `el.getAttribute(name)`. */
export const attrOf = (el: Element, name: string): string | null => getAttribute(el).call(el, name);
const hasAttribute = /* @__PURE__ */ method<(this: Element, name: string) => boolean>(true, 'hasAttribute');
/** `el.hasAttribute(name)`. */
export const hasAttrOf = (el: Element, name: string): boolean => hasAttribute(el).call(el, name);
const hasAttributes = /* @__PURE__ */ method<(this: Element) => boolean>(true, 'hasAttributes');
/** `el.hasAttributes()`. */
export const hasAttrsOf = (el: Element): boolean => hasAttributes(el).call(el);
const getAttributeNames = /* @__PURE__ */ method<(this: Element) => string[]>(true, 'getAttributeNames');
/** `el.getAttributeNames()`. */
export const attrNamesOf = (el: Element): string[] => getAttributeNames(el).call(el);
const setAttribute = /* @__PURE__ */ method<(this: Element, name: string, value: string) => void>(true, 'setAttribute');
/** `el.setAttribute(name, value)`. */
export const setAttrOf = (el: Element, name: string, value: string): void => setAttribute(el).call(el, name, value);
const removeAttribute = /* @__PURE__ */ method<(this: Element, name: string) => void>(true, 'removeAttribute');
/** `el.removeAttribute(name)`. */
export const removeAttrOf = (el: Element, name: string): void => removeAttribute(el).call(el, name);
const matches = /* @__PURE__ */ method<(this: Element, selector: string) => boolean>(true, 'matches');
/** `el.matches(selector)` (throws on a selector this engine cannot parse, as `matches` does). */
export const matchesOf = (el: Element, selector: string): boolean => matches(el).call(el, selector);
const byTag = /* @__PURE__ */ method<(this: Element, tag: string) => HTMLCollectionOf<Element>>(true, 'getElementsByTagName');
/** `el.getElementsByTagName(tag)` (live: list it with `arrayOf`). */
export const byTagOf = (el: Element, tag: string): HTMLCollectionOf<Element> => byTag(el).call(el, tag);
const queryAll = /* @__PURE__ */ method<(this: Element, selector: string) => NodeListOf<Element>>(true, 'querySelectorAll');
/** `el.querySelectorAll(selector)`. */
export const queryAllOf = (el: Element, selector: string): NodeListOf<Element> => queryAll(el).call(el, selector);
let nativeDom: boolean | null = null;
/**
 * Whether this realm's DOM is the browser's own (native methods) rather than one written in
 * JavaScript (jsdom, linkedom), where a selector query walks the tree in script; decided at the first call.
 */
export const isNativeDom = (el: Element): boolean => (nativeDom ??= /\[native code\]/.test(Function.prototype.toString.call(queryAll(el))));
const query = /* @__PURE__ */ method<(this: Element, selector: string) => Element | null>(true, 'querySelector');
/** `el.querySelector(selector)`. */
export const queryOf = (el: Element, selector: string): Element | null => query(el).call(el, selector);

/** Whether `node` is an element (by the unclobbered `nodeType`). */
export const isElement = (node: Node): node is Element => nodeTypeOf(node) === ELEMENT_NODE;
