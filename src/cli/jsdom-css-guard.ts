/**
 * Makes jsdom treat a CSS value it cannot parse as a browser does: an invalid declaration that
 * is dropped, never an exception.
 *
 * jsdom parses every `style` attribute as the page is parsed (`HTMLElement#_attrModified` sets
 * `style.cssText`), and again each time an element is cloned. Its value parser wraps css-tree's
 * parse in a try everywhere but in `resolveCalc`, so a Sass leftover in a real page such as
 * `calc(($a - $b) / 16 * 9)` throws `")" is expected` out of `new JSDOM()` and the page could not
 * be read at all (jsdom 29.1). The two value entry points the style declaration calls through its
 * module object are wrapped so that a throw means "invalid value"; the `cssText` setter is
 * wrapped as the last net, so any other parser failure leaves that one attribute without
 * declarations instead of failing the page.
 */
import { createRequire } from 'node:module';

type Fn = (...args: unknown[]) => unknown;

interface CssValues {
  parsePropertyValue: Fn;
  resolveCalc: Fn;
}

const require = createRequire(import.meta.url);
const GUARDED = Symbol.for('bersih.jsdomCssGuard');

/** `fn`, returning `fallback` instead of throwing. */
function tolerant(fn: Fn, fallback: unknown): Fn {
  return function (this: unknown, ...args: unknown[]) {
    try {
      return fn.apply(this, args);
    } catch {
      return fallback;
    }
  };
}

/**
 * Installs the guard on the jsdom this package loads; idempotent. Call it before parsing.
 * @returns false when jsdom's internals are not where this version keeps them (nothing changed).
 */
export function guardJsdomCss(): boolean {
  const values = require('jsdom/lib/jsdom/living/css/helpers/css-values.js') as Partial<CssValues> & { [GUARDED]?: true };
  const declaration = require('jsdom/lib/jsdom/living/css/CSSStyleDeclaration-impl.js') as { implementation?: { prototype: object } };
  const proto = declaration.implementation?.prototype;
  const cssText = proto && Object.getOwnPropertyDescriptor(proto, 'cssText');
  if (typeof values.parsePropertyValue !== 'function' || typeof values.resolveCalc !== 'function' || !cssText?.set || !proto) return false;
  if (values[GUARDED]) return true;
  // `undefined` is what both return for a value they find invalid.
  values.parsePropertyValue = tolerant(values.parsePropertyValue, undefined);
  values.resolveCalc = tolerant(values.resolveCalc, undefined);
  Object.defineProperty(proto, 'cssText', { ...cssText, set: tolerant(cssText.set as Fn, undefined) });
  values[GUARDED] = true;
  return true;
}
