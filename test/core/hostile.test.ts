/**
 * Hostile pages (issue 18): DOM clobbering by form fields, and nesting far past any real layout.
 * jsdom does not clobber, so `emulateClobbering` gives its forms the browsers' behaviour.
 */
import { Worker } from 'node:worker_threads';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument, planTidy, sanitiseInto } from '../../src/core/index.ts';
import { DEEP_NESTING_RULE, flattenDeepNesting, MAX_DEPTH } from '../../src/core/deep-nesting.ts';
import { toMarkdown } from '../../src/core/markdown.ts';
import { sanitiseInPlace } from '../../src/core/sanitise.ts';
import { toText } from '../../src/core/text.ts';
import { compileRules } from '../../src/core/match.ts';
import { extractionRulesFor } from '../../src/core/rules/index.ts';
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

describe('text a rule pattern could backtrack on for ever', () => {
  // A page's text reaches every marker and phrase pattern. A pattern with two ways to cut the
  // same run (`(?:\d{1,3}\s*)*` on "123456789101112…") is exponential on a near miss: wcxb-dev
  // page 4378's nav of 129 joined page links with "Page" after them hung extraction. Each shape
  // is as long as the longest text a pattern is given (MARKER_MAX_CHARS * 4 = 320 chars). The
  // patterns run in a worker, so that a hang ends as a failure here, not as a test run that never
  // ends: they take milliseconds, and the 60 s limit only tells a hang.
  const joined = Array.from({ length: 129 }, (_, i) => String(i + 1)).join('').slice(0, 300);
  const shapes = [
    `${joined} Page`,
    `Halaman ${joined} Page`,
    `${'1 '.repeat(150)}x`,
    `${'a '.repeat(150)}1`,
    `${' '.repeat(300)}x`,
    `${'#tag '.repeat(60)}!`,
    `${'Senin, 1 Januari 2024 '.repeat(14)}x`,
  ];

  it('every marker and phrase pattern answers on each shape', async () => {
    const compiled = compileRules(extractionRulesFor(URL));
    const patterns = [...compiled.markerRegexes, ...compiled.phraseRegexes, compiled.anyMarker!, compiled.anyPhrase!];
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const res = workerData.patterns.map(([source, flags]) => new RegExp(source, flags));
       parentPort.postMessage(workerData.shapes.map((t) => res.filter((re) => re.test(t)).length));`,
      { eval: true, workerData: { patterns: patterns.map((re) => [re.source, re.flags]), shapes } },
    );
    try {
      const answer = await new Promise<number[] | 'hung'>((resolve, reject) => {
        const timer = setTimeout(() => resolve('hung'), 60_000);
        worker.once('message', (counts: number[]) => (clearTimeout(timer), resolve(counts)));
        worker.once('error', reject);
      });
      expect(answer, 'a pattern was still backtracking after 60 s').not.toBe('hung');
      expect(answer).toHaveLength(shapes.length);
    } finally {
      await worker.terminate();
    }
  }, 90_000);
});
