/**
 * Where linkedom's nodes differ from the DOM standard in a way the core or Readability can see,
 * made standard for the CLI's pages (src/cli/parse-linkedom.ts). Each patch is installed once on
 * linkedom's own prototypes, in the process (or worker) that parses with linkedom.
 *
 * - `attributes` is a snapshot in linkedom, live in the standard: the sanitiser removes attributes
 *   while `length` says more are left, and looped for ever on a snapshot.
 */

type Getter = (this: object) => ArrayLike<unknown> & Record<PropertyKey, unknown>;

/** The prototype on `start`'s chain that owns `prop`. */
function ownerOf(start: object, prop: string): object | null {
  for (let p = Object.getPrototypeOf(start) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.hasOwn(p, prop)) return p;
  }
  return null;
}

/** A live view of `el`'s attributes: every read takes linkedom's snapshot afresh. */
function liveAttributes(el: object, snapshot: Getter): object {
  return new Proxy(snapshot.call(el), {
    get(_, key) {
      const now = snapshot.call(el);
      const value = now[key];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(now) : value;
    },
    has: (_, key) => key in snapshot.call(el),
  });
}

let installed = false;

/** Installs the patches on the prototypes of `element`'s DOM (a linkedom element); once. */
export function fixLinkedom(element: object): void {
  if (installed) return;
  installed = true;
  const proto = ownerOf(element, 'attributes')!;
  const snapshot = Object.getOwnPropertyDescriptor(proto, 'attributes')!.get as Getter;
  Object.defineProperty(proto, 'attributes', {
    configurable: true,
    get(this: object) {
      return liveAttributes(this, snapshot);
    },
  });
}
