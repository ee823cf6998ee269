/**
 * DOM clobbering for jsdom, which does not implement it: in a browser, a form's named controls
 * shadow the form's own properties (`<form><input name="parentNode">` makes `form.parentNode`
 * the input: the HTML spec's [LegacyOverrideBuiltIns] named getter). This gives a jsdom window's
 * forms the same behaviour, so that Readability and our own code meet it in unit tests as they
 * do in Chromium and Firefox. Forms of every document of the window are affected, clones too.
 */

/** The properties a form's controls can shadow, as the tests name them. */
export const CLOBBERED_NAMES = [
  'parentNode', 'nextSibling', 'previousSibling', 'firstChild', 'lastChild', 'childNodes', 'children',
  'firstElementChild', 'lastElementChild', 'nextElementSibling', 'previousElementSibling', 'parentElement',
  'tagName', 'nodeName', 'localName', 'nodeType', 'nodeValue', 'namespaceURI', 'textContent', 'innerHTML',
  'getAttribute', 'setAttribute', 'removeAttribute', 'hasAttribute', 'getAttributeNames', 'attributes',
  'className', 'classList', 'id', 'style', 'hidden', 'ownerDocument', 'contains', 'matches', 'closest',
  'querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementsByClassName', 'appendChild',
  'removeChild', 'replaceChild', 'insertBefore', 'remove', 'cloneNode', 'isConnected', 'childElementCount',
] as const;

interface FormWindow {
  HTMLFormElement: { prototype: object };
}

/**
 * Makes `window`'s forms clobberable: each of `names` on a form reads as the control of that
 * name or id when the form has one, else as usual. Returns a function that undoes it.
 */
export function emulateClobbering(window: FormWindow, names: readonly string[] = CLOBBERED_NAMES): () => void {
  const proto = window.HTMLFormElement.prototype;
  const elements = descriptor(proto, 'elements')!.get!;
  const own = new Map<string, PropertyDescriptor | undefined>();
  for (const name of names) {
    const original = descriptor(proto, name);
    if (!original) continue;
    own.set(name, Object.getOwnPropertyDescriptor(proto, name));
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: object) {
        const controls = elements.call(this) as { namedItem(name: string): unknown };
        const named = controls.namedItem(name);
        if (named) return named;
        return original.get ? original.get.call(this) : original.value;
      },
      set(this: object, value: unknown) {
        original.set?.call(this, value);
      },
    });
  }
  return () => {
    for (const [name, previous] of own) {
      if (previous) Object.defineProperty(proto, name, previous);
      else delete (proto as Record<string, unknown>)[name];
    }
  };
}

function descriptor(start: object, name: string): PropertyDescriptor | undefined {
  for (let p: object | null = start; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}
