/** The caller's budget (issue 18): `cleanDocument` stops cleanly at the step where it is spent. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ExtractionStopped, cleanDocument } from '../../src/core/index.ts';
import { ARTICLE_TEXT, deepPage } from './hostile-pages.ts';

const URL = 'https://news.example.com/2026/flood';

describe('cleanDocument with a budget', () => {
  it('stops with ExtractionStopped after the n-th question, for every n until it finishes, leaving the input alone', () => {
    const doc = new JSDOM(deepPage(300), { url: URL }).window.document;
    const before = doc.documentElement.outerHTML;
    let asked = 0;
    // Count how often a full run asks.
    const full = cleanDocument(doc, { url: URL, shouldStop: () => (asked++, false) });
    expect(full).not.toBeNull();
    for (const part of ARTICLE_TEXT) expect(full!.text).toContain(part);
    // Readability's walks ask too, not only the steps between them.
    expect(asked).toBeGreaterThan(8);
    for (const stopAt of [0, 1, 2, 5, Math.floor(asked / 2), asked - 1]) {
      let n = 0;
      expect(() => cleanDocument(doc, { url: URL, shouldStop: () => n++ >= stopAt }), `stop at ${stopAt}`).toThrow(ExtractionStopped);
    }
    expect(doc.documentElement.outerHTML).toBe(before);
  }, 120_000);
});
