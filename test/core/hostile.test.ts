/**
 * Hostile pages (issue 18): DOM clobbering by form fields, and nesting far past any real layout.
 * jsdom does not clobber, so `emulateClobbering` gives its forms the browsers' behaviour.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument, planTidy, sanitiseInto } from '../../src/core/index.ts';
import { DEEP_NESTING_RULE, flattenDeepNesting, MAX_DEPTH } from '../../src/core/deep-nesting.ts';
import { toMarkdown } from '../../src/core/markdown.ts';
import { sanitiseInPlace } from '../../src/core/sanitise.ts';
import { toText } from '../../src/core/text.ts';
import { CLOBBERED_NAMES, emulateClobbering } from './clobber.ts';
import { ARTICLE_TEXT, INSERT_TEXT, clobberingPage, deepPage, deepTree } from './hostile-pages.ts';

const URL = 'https://news.example.com/2026/flood';

function clobbered(html: string): Document {
  const { window } = new JSDOM(html, { url: URL });
  emulateClobbering(window);
  return window.document;
}

function expectArticle(text: string): void {
  for (const part of ARTICLE_TEXT) expect(text).toContain(part);
  for (const insert of INSERT_TEXT) expect(text).not.toContain(insert);
}

describe('the clobbering emulation', () => {
  it('shadows a form property by a control name, as browsers do', () => {
    const doc = clobbered(clobberingPage('parentNode'));
    const form = doc.querySelector('form')!;
    expect(form.parentNode).not.toBe(doc.querySelector('article'));
  });
});

describe('a form whose controls are named like DOM properties', () => {
  for (const attr of ['name', 'id'] as const) {
    for (const prop of CLOBBERED_NAMES) {
      it(`${attr}="${prop}": the article comes out, the inserts do not, the input is unchanged`, () => {
        const doc = clobbered(clobberingPage(prop, attr));
        const before = doc.documentElement.outerHTML;
        const result = cleanDocument(doc);
        expect(result).not.toBeNull();
        expectArticle(result!.text);
        expectArticle(result!.markdown);
        expect(result!.html).not.toMatch(/<(?:input|textarea|button|form)\b/);
        expect(doc.documentElement.outerHTML).toBe(before);

        // The in-place tidy finds both inserts on the live page, the one inside the form too.
        const found = planTidy(doc, { url: URL }).items.map((item) => item.text).join(' | ');
        for (const insert of INSERT_TEXT) expect(found).toContain(insert);

        // The sanitiser, given the live page, copies no control and keeps the text.
        const fragment = sanitiseInto(doc.body, doc, URL);
        expect(fragment.querySelector('input, textarea, button, form')).toBeNull();
        expect(fragment.textContent).toContain(ARTICLE_TEXT[3]);
      });
    }
  }
});

describe('deep nesting', () => {
  // Generous ceilings for a loaded machine, not timings: jsdom alone takes seconds to parse and clone these.
  it('extracts a 2,000-deep parsed page and reports the flattening', { timeout: 120_000 }, () => {
    const doc = new JSDOM(deepPage(2000), { url: URL }).window.document;
    const result = cleanDocument(doc);
    expect(result).not.toBeNull();
    for (const part of ARTICLE_TEXT) expect(result!.text).toContain(part);
    // Each paragraph stays a paragraph of its own.
    expect(result!.text.split('\n\n').length).toBeGreaterThanOrEqual(ARTICLE_TEXT.length);
    expect(result!.removed.map((r) => r.rule)).toContain(DEEP_NESTING_RULE.id);
    expect(result!.removed.find((r) => r.rule === DEEP_NESTING_RULE.id)?.category).toBe('structure');
  });

  it('leaves a page nested less than the limit alone', { timeout: 60_000 }, () => {
    const doc = new JSDOM(deepPage(MAX_DEPTH - 10), { url: URL }).window.document;
    const result = cleanDocument(doc);
    expect(result!.removed.map((r) => r.rule)).not.toContain(DEEP_NESTING_RULE.id);
    for (const part of ARTICLE_TEXT) expect(result!.text).toContain(part);
  });

  it('walks 20,000 levels without overflowing the stack', { timeout: 120_000 }, () => {
    const doc = new JSDOM('<!doctype html><body></body>', { url: URL }).window.document;
    const tree = deepTree(doc, 20_000);

    const copy = sanitiseInto(tree, doc, URL);
    expect(copy.textContent).toContain(ARTICLE_TEXT[3]);
    const holder = doc.createElement('div');
    holder.append(copy);
    for (const part of ARTICLE_TEXT) {
      expect(toText(holder)).toContain(part);
      expect(toMarkdown(holder)).toContain(part);
    }
    for (const part of ARTICLE_TEXT) {
      expect(toText(tree)).toContain(part);
      expect(toMarkdown(tree)).toContain(part);
    }
    expect(planTidy(doc, { url: URL }, tree).items).toEqual([]);

    const flattened = flattenDeepNesting(tree);
    expect(flattened).toBeGreaterThan(19_000);
    expect(tree.textContent).toContain(ARTICLE_TEXT[3]);
    expect(tree.getElementsByTagName('p')).toHaveLength(ARTICLE_TEXT.length);
    // Now shallow enough to clean where it is.
    sanitiseInPlace(tree, URL);
    expect(toText(tree).split('\n\n')).toHaveLength(ARTICLE_TEXT.length);
  });
});
