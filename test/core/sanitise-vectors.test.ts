/**
 * A regression guard for our sanitiser: every XSS/mXSS payload of DOMPurify's own test suite
 * (test/core/dompurify-vectors/, Apache-2.0 OR MPL-2.0, see its README) comes out inert, both
 * from `sanitiseInto` (popup, reader view) and from the pipeline's `sanitiseInPlace`, and stays
 * inert when its serialisation is parsed again (mutation XSS).
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitiseInto } from '../../src/core/index.ts';
import { sanitiseInPlace } from '../../src/core/sanitise.ts';

const { payloads } = JSON.parse(readFileSync(new URL('./dompurify-vectors/payloads.json', import.meta.url), 'utf8')) as {
  payloads: string[];
};
const BASE = 'https://news.example.com/2026/article';
const XHTML = 'http://www.w3.org/1999/xhtml';

/** Elements that run script, load active content, or submit: none may come out. */
const ACTIVE = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'style', 'link', 'meta', 'base',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'template', 'noscript', 'portal', 'audio', 'video',
  'canvas', 'dialog', 'slot', 'image', 'use', 'animate', 'set', 'foreignobject', 'xmp', 'plaintext', 'noembed', 'noframes',
  'area', 'map', 'param', 'track', 'title',
]);
/** Attributes that carry a URL. */
const URL_ATTRS = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'background', 'data', 'xlink:href', 'ping', 'longdesc']);
const SAFE_URL = /^(?:https?:|mailto:|#)/i;
const RASTER_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif);/i;

/** What is not inert in `root`'s subtree, as readable strings (empty when all is inert). */
function activeParts(root: Node): string[] {
  const found: string[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    const tag = el.localName.toLowerCase();
    if (el.namespaceURI !== XHTML) found.push(`<${tag}> in ${el.namespaceURI}`);
    if (ACTIVE.has(tag)) found.push(`<${tag}>`);
    if (el.hasAttribute('is')) found.push(`<${tag} is>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || name === 'is' || name.includes(':')) found.push(`${tag}[${name}]`);
      const value = attr.value.trim();
      if (URL_ATTRS.has(name) && !SAFE_URL.test(value) && !(tag === 'img' && name === 'src' && RASTER_DATA.test(value))) {
        found.push(`${tag}[${name}="${value.slice(0, 40)}"]`);
      }
      if (name === 'srcset' && value.split(',').some((part) => !SAFE_URL.test(part.trim()) && !RASTER_DATA.test(part.trim()))) {
        found.push(`${tag}[srcset]`);
      }
    }
  }
  return found;
}

// One window, its parser for every payload: a JSDOM each costs 100 ms.
const { window } = new JSDOM('<!doctype html><body>', { url: BASE });
const parse = (html: string): Document => new window.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');

/** `html` parsed again as a page body, the way a serialised article reaches the popup. */
function reparsed(html: string): Document {
  return parse(html);
}

describe('our sanitiser over DOMPurify\'s vectors', () => {
  it('has the vectors, and the check finds what is active in them as they are', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(200);
    const active = payloads.filter((payload) => activeParts(parse(payload).body).length > 0);
    expect(active.length).toBeGreaterThan(payloads.length / 2);
  });

  it('copies every payload out inert, and inert again once serialised and parsed again', () => {
    const target = window.document;
    const failures: string[] = [];
    payloads.forEach((payload, i) => {
      const source = parse(payload);
      const holder = target.createElement('div');
      holder.append(sanitiseInto(source.body, target, BASE));
      const again = reparsed(holder.innerHTML).body;
      const active = [...activeParts(holder), ...activeParts(again)];
      if (active.length) failures.push(`#${i} ${payload.slice(0, 60)} → ${active.join(', ')}`);
    });
    expect(failures).toEqual([]);
  });

  it('cleans every payload in place inert, as the pipeline does with its article', () => {
    const failures: string[] = [];
    payloads.forEach((payload, i) => {
      const article = parse(payload).body;
      sanitiseInPlace(article, BASE);
      const active = [...activeParts(article), ...activeParts(reparsed(article.innerHTML).body)];
      if (active.length) failures.push(`#${i} ${payload.slice(0, 60)} → ${active.join(', ')}`);
    });
    expect(failures).toEqual([]);
  });
});
