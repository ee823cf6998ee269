/**
 * `<noscript>` fallbacks: lazy-loading pages often put the real `<img>` in a `<noscript>` beside
 * the placeholder the script fills. In a page parsed with scripting on (a browser tab, and so our
 * clone of it) the noscript's content is one text node of markup; parsed without (jsdom,
 * DOMParser) it is elements. Markup is parsed with an inert parser (a DOMParser document runs no
 * script and loads nothing) and only its images are taken, into the clone, where Readability and
 * the sanitiser treat them like any other image.
 */
import { arrayOf, normaliseText } from '../dom-text.ts';
import {
  attrOf, byTagOf, childrenOf, containsNode, detach, firstElementOf, hasAttrOf, insertBeforeOf, localNameOf, nextElementOf, ownerDocumentOf,
  parentElementOf, parentOf, previousElementOf, replaceChildOf, setAttrOf, textOf,
} from '../safe-dom.ts';
import { hasRealSource, lazySource } from './lazy.ts';
import { imageUrl } from './sources.ts';

/** Parses markup inertly; null where no parser is at hand. */
export type InertParser = (html: string) => Document | null;

/** Markup longer than this in one noscript is not an image fallback. */
const MAX_MARKUP = 20_000;
/** Images one fallback may hold (a small gallery); more is not a fallback. */
const MAX_IMAGES = 6;

/** An inert parser from `doc`'s window, or the global DOMParser (content scripts), or none. */
export function inertParserFor(doc: Document): InertParser {
  let Parser: unknown;
  try {
    // A page's `<form name="defaultView">` shadows the document's property (clobbering.ts).
    Parser = doc.defaultView?.DOMParser;
  } catch {
    Parser = undefined;
  }
  if (typeof Parser !== 'function') Parser = (globalThis as { DOMParser?: unknown }).DOMParser;
  if (typeof Parser !== 'function') return () => null;
  const Ctor = Parser as typeof DOMParser;
  return (html) => new Ctor().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

/**
 * Replaces every image-only `<noscript>` under `root` with its images: each takes the place of
 * the placeholder `<img>` beside it when there is one (keeping its `alt` where the fallback has
 * none), or stands where the noscript stood. Noscripts holding anything but images are left to
 * the sanitiser, which drops them. Returns how many images were recovered.
 */
export function recoverNoscriptImages(root: Element, base: string | undefined, parse: InertParser): number {
  let recovered = 0;
  for (const noscript of arrayOf(byTagOf(root, 'noscript'))) {
    const parent = parentOf(noscript);
    if (!parent) continue;
    const images = fallbackImages(noscript, parse);
    if (!images.length) continue;
    const doc = ownerDocumentOf(noscript)!;
    const copies = images.map((img) => doc.importNode(img, true) as Element);
    const placeholder = copies.length === 1 ? placeholderBeside(noscript, base) : null;
    if (placeholder) {
      const copy = copies[0]!;
      const img = imgOf(copy);
      for (const name of ['alt', 'title', 'width', 'height']) {
        const value = attrOf(placeholder, name);
        if (img && value && !hasAttrOf(img, name)) setAttrOf(img, name, value);
      }
      replaceChildOf(parentOf(placeholder)!, copy, placeholder);
      detach(noscript);
    } else {
      // The images beside it already (in a non-scripting parse, the noscript's own are elements too).
      const beside = arrayOf(byTagOf(parentElementOf(noscript) ?? root, 'img')).filter((i) => !containsNode(noscript, i));
      const seen = new Set(beside.map((i) => sourceOf(i, base)));
      for (const copy of copies) {
        const img = imgOf(copy);
        if (img && !seen.has(sourceOf(img, base))) insertBeforeOf(parent, copy, noscript);
      }
      detach(noscript);
    }
    recovered += copies.length;
  }
  return recovered;
}

/** The images (or pictures) a noscript holds, when it holds nothing else; empty otherwise. */
function fallbackImages(noscript: Element, parse: InertParser): Element[] {
  let holder: Element | null = noscript;
  if (!firstElementOf(noscript)) {
    const markup = textOf(noscript);
    if (markup.length > MAX_MARKUP || !/<img\b/i.test(markup)) return [];
    holder = parse(markup)?.body ?? null;
  }
  if (!holder || normaliseText(textOf(holder))) return [];
  const images = arrayOf(byTagOf(holder, 'img')).map((img) => {
    const up = parentElementOf(img);
    return up && localNameOf(up) === 'picture' ? up : img;
  });
  const unique = images.filter((el, i) => images.indexOf(el) === i);
  return unique.length <= MAX_IMAGES ? unique : [];
}

/**
 * The placeholder `<img>` a fallback stands for: the element just before the noscript (or just
 * after), when it is an image, or a wrapper holding one image and no text, that shows nothing
 * real yet or waits for a lazy loader.
 */
function placeholderBeside(noscript: Element, base: string | undefined): Element | null {
  for (const sibling of [previousElementOf(noscript), nextElementOf(noscript)]) {
    if (!sibling || normaliseText(textOf(sibling))) continue;
    const img = localNameOf(sibling) === 'img' ? sibling : soleImage(sibling);
    if (img && (!hasRealSource(img, base) || lazySource(img, base) !== null)) return img;
  }
  return null;
}

function soleImage(el: Element): Element | null {
  const images = arrayOf(byTagOf(el, 'img'));
  return images.length === 1 && childrenOf(el).length === 1 ? images[0]! : null;
}

function imgOf(el: Element): Element | null {
  return localNameOf(el) === 'img' ? el : (byTagOf(el, 'img')[0] ?? null);
}

function sourceOf(img: Element, base: string | undefined): string | null {
  return lazySource(img, base) ?? imageUrl(attrOf(img, 'src'), base);
}
