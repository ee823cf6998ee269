/**
 * `element.style` on the CLI's DOM (src/cli/parse-linkedom.ts) reads its declarations as jsdom
 * and browsers do. linkedom keeps each value as written, so `display: none !important` read as
 * "none !important", and the last declaration of a property won even over an earlier
 * `!important` one. Readability keeps an element whose `style.display` is not exactly "none":
 * a hidden forum description (`<div style="display: none !important;">`) came into the article
 * on the CLI and not in a browser (wcxb-dev 0536, 0540).
 *
 * Property reads go through a view of linkedom's declaration; writes and its methods are its own.
 * Property names stay case-sensitive, as linkedom and jsdom read them.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- linkedom ships no types for its classes. */
type LNode = any;
/* eslint-enable @typescript-eslint/no-explicit-any */

const IMPORTANT = /\s*!\s*important\s*$/i;

/** The declared value of each property in `css`, `!important` taken off and honoured. */
export function declarations(css: string): Map<string, string> {
  const values = new Map<string, string>();
  const important = new Set<string>();
  for (const rule of css.split(';')) {
    const colon = rule.indexOf(':');
    if (colon < 0) continue;
    const name = rule.slice(0, colon).trim();
    const raw = rule.slice(colon + 1).trim();
    const isImportant = IMPORTANT.test(raw);
    const value = isImportant ? raw.replace(IMPORTANT, '') : raw;
    if (!name || !value || (important.has(name) && !isImportant)) continue;
    values.set(name, value);
    if (isImportant) important.add(name);
  }
  return values;
}

/** `fontSize` → `font-size`. */
function hyphenate(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Makes `style` property reads standard (see above) on `owner`, the linkedom prototype that has `style`. */
export function fixStyle(owner: object): void {
  const original = Object.getOwnPropertyDescriptor(owner, 'style')!;
  const views = new WeakMap<object, object>();
  Object.defineProperty(owner, 'style', {
    ...original,
    get(this: LNode) {
      const real = original.get!.call(this) as Record<PropertyKey, unknown>;
      let view = views.get(this);
      if (!view) {
        const el = this as LNode;
        view = new Proxy(real, {
          get(target, name) {
            if (typeof name !== 'string' || name in Object.getPrototypeOf(target) || name === 'length' || /^\d+$/.test(name)) {
              const value = Reflect.get(target, name) as unknown;
              return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
            }
            return declarations((el.getAttribute('style') as string | null) ?? '').get(hyphenate(name)) ?? '';
          },
        });
        views.set(this, view);
      }
      return view;
    },
  });
}
