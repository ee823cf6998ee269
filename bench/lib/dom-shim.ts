/**
 * Makes a DOM that overrides a base getter lower down (happy-dom: `textContent` is Node's, which
 * gives null for an element, and Element's) readable by the core's safe DOM reads
 * (src/core/safe-dom.ts), which take each getter and method once from the base prototypes: each
 * such property of the base prototypes becomes a dispatcher to the node's most derived
 * definition (an own field too, as linkedom keeps some). For measuring candidates only
 * (bench/dom-parity.ts): an own field is what a clobbering DOM would let a page shadow.
 */
const GETTERS = ['parentNode', 'parentElement', 'nextSibling', 'previousSibling', 'firstChild', 'lastChild', 'nodeType', 'nodeValue', 'textContent', 'ownerDocument'];
const ELEMENT_GETTERS = ['localName', 'tagName', 'namespaceURI', 'id', 'attributes', 'children', 'nextElementSibling', 'previousElementSibling', 'firstElementChild'];
const METHODS = ['contains', 'removeChild', 'insertBefore', 'replaceChild', 'appendChild'];
const ELEMENT_METHODS = ['replaceChildren', 'getAttribute', 'hasAttribute', 'getAttributeNames', 'setAttribute', 'removeAttribute', 'matches', 'getElementsByTagName', 'querySelectorAll', 'querySelector'];

type Proto = Record<string, unknown>;

function ownerOf(start: object, prop: string): Proto | null {
  for (let p = Object.getPrototypeOf(start) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.hasOwn(p, prop)) return p as Proto;
  }
  return null;
}

/** Installs the dispatchers on the prototypes `node` and `element` inherit from; once per DOM. */
export function shimDom(node: object, element: object): void {
  const base = ownerOf(node, 'parentNode') ?? ownerOf(node, 'nodeValue')!;
  const elementBase = ownerOf(element, 'getAttributeNames')!;
  const done = new WeakSet<object>();
  const install = (proto: Proto, prop: string, kind: 'get' | 'call'): void => {
    if (done.has(proto) && Object.hasOwn(proto, `__shim_${prop}`)) return;
    const original = Object.getOwnPropertyDescriptor(proto, prop);
    // The node's most derived definition on its prototypes; an own field only when no prototype
    // has one (happy-dom puts a form's named controls on the form itself: clobbering).
    const find = (self: object): PropertyDescriptor | undefined => {
      for (let p = Object.getPrototypeOf(self) as object | null; p && p !== proto; p = Object.getPrototypeOf(p) as object | null) {
        const d = Object.getOwnPropertyDescriptor(p, prop);
        if (d) return d;
      }
      if (original) return original;
      for (let p = Object.getPrototypeOf(proto) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
        const d = Object.getOwnPropertyDescriptor(p, prop);
        if (d) return d;
      }
      return Object.getOwnPropertyDescriptor(self, prop);
    };
    if (kind === 'get') {
      Object.defineProperty(proto, prop, {
        configurable: true,
        get(this: object) {
          const d = find(this);
          return d?.get ? d.get.call(this) : d?.value;
        },
        set(this: object, v: unknown) {
          const d = find(this);
          if (d?.set) d.set.call(this, v);
          else Object.defineProperty(this, prop, { value: v, writable: true, configurable: true, enumerable: true });
        },
      });
    } else {
      Object.defineProperty(proto, prop, {
        configurable: true, writable: true,
        value(this: object, ...args: unknown[]) {
          return (find(this)!.value as (...a: unknown[]) => unknown).apply(this, args);
        },
      });
    }
    done.add(proto);
  };
  for (const prop of GETTERS) install(base, prop, 'get');
  for (const prop of METHODS) install(base, prop, 'call');
  for (const prop of ELEMENT_GETTERS) install(elementBase, prop, 'get');
  for (const prop of ELEMENT_METHODS) install(elementBase, prop, 'call');
}
