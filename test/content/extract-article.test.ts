// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractArticle, MAX_ELEMENTS, MAX_HTML_CHARS } from '../../src/content/extract-article.ts';
import { ARTICLE_URL, PARAGRAPHS, loadArticle } from './article-fixture.ts';

describe('extractArticle', () => {
  beforeEach(() => loadArticle());

  it('returns the cleaned article and leaves the live page untouched', () => {
    const before = document.documentElement.outerHTML;
    const result = extractArticle(document, { url: ARTICLE_URL });
    expect(document.documentElement.outerHTML).toBe(before);
    if (!result.ok) throw new Error(`expected an article, got ${result.reason}`);
    for (const paragraph of PARAGRAPHS) expect(result.article.text).toContain(paragraph);
    expect(result.article.text).not.toContain('Baca Juga');
    expect(result.article.removed.map((r) => r.rule)).toContain('id-baca-juga');
  });

  it('answers timed-out, not an error, when the extraction passes its budget', () => {
    const before = document.documentElement.outerHTML;
    // A budget already spent: the core stops at its first checkpoint.
    const result = extractArticle(document, { url: ARTICLE_URL }, undefined, 0);
    expect(result).toMatchObject({ ok: false, reason: 'timed-out' });
    expect(document.documentElement.outerHTML).toBe(before);
    // Without a budget ("Try anyway") the same page gives its article.
    expect(extractArticle(document, { url: ARTICLE_URL }, undefined, null).ok).toBe(true);
  });

  it('answers no-article when the core finds none', () => {
    document.body.replaceChildren();
    expect(extractArticle(document, { url: ARTICLE_URL })).toEqual({ ok: false, reason: 'no-article' });
  });

  it('answers too-large for a page over the markup limit, without running the core', () => {
    const filler = document.createElement('p');
    filler.textContent = 'x'.repeat(MAX_HTML_CHARS + 1);
    document.body.append(filler);
    let ran = false;
    const result = extractArticle(document, {}, () => {
      ran = true;
      return null;
    });
    expect(ran).toBe(false);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(result.ok === false && result.reason === 'too-large' && result.bytes).toBeGreaterThan(MAX_HTML_CHARS);
  });

  it('answers too-large for a page with too many elements', () => {
    const huge = {
      getElementsByTagName: () => ({ length: MAX_ELEMENTS + 1 }),
      documentElement: { outerHTML: '<html></html>' },
    } as unknown as Document;
    expect(extractArticle(huge, {}, () => null)).toEqual({ ok: false, reason: 'too-large', bytes: 13 });
  });

  it('turns a throw into an error answer', () => {
    const result = extractArticle(document, {}, () => {
      throw new Error('Readability exploded');
    });
    expect(result).toEqual({ ok: false, reason: 'error', message: 'Readability exploded' });
  });
});
