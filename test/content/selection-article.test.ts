// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractSelection, selectionDocument } from '../../src/content/selection-article.ts';
import { ARTICLE_URL, PARAGRAPHS, loadArticle } from './article-fixture.ts';

/** Selects from the start of `from` to the end of `to` (the article's paragraphs by index). */
function selectParagraphs(from: number, to: number): Selection {
  const paragraphs = document.querySelectorAll('article > p');
  const range = document.createRange();
  range.setStartBefore(paragraphs[from]!);
  range.setEndAfter(paragraphs[to]!);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('extractSelection', () => {
  beforeEach(() => {
    loadArticle();
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'og:site_name');
    meta.content = 'Contoh News';
    document.head.querySelector('meta')?.remove();
    document.head.append(meta);
  });

  it('copies the selection with the page title, lang and metadata, leaving the page alone', () => {
    const before = document.documentElement.outerHTML;
    const copy = selectionDocument(document, selectParagraphs(0, 2));
    expect(document.documentElement.outerHTML).toBe(before);
    expect(copy).not.toBe(document);
    expect(copy.title).toBe(document.title);
    expect(copy.documentElement.lang).toBe('id');
    expect(copy.head.querySelector('meta[property="og:site_name"]')).not.toBeNull();
    expect(copy.body.querySelectorAll('p')).toHaveLength(3);
  });

  it('falls back to the selection itself when Readability finds nothing: page title, selected text, rules applied', () => {
    const result = extractSelection(document, selectParagraphs(0, 2), { url: ARTICLE_URL }, () => null);
    if (!result.ok) throw new Error(`expected an article, got ${result.reason}`);
    const { article } = result;
    expect(article.title).toBe('Banjir Rendam Sejumlah Wilayah Jakarta - Contoh News');
    expect(article.text).toBe(`${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
    expect(article.removed.map((r) => r.rule)).toEqual(['id-baca-juga']);
    expect(article.lang).toBe('id');
    expect(article.wordCount).toBeGreaterThan(40);
    expect(article.html).toContain('<p>');
  });

  it('runs the core on a larger selection', () => {
    const result = extractSelection(document, selectParagraphs(0, 4), { url: ARTICLE_URL });
    if (!result.ok) throw new Error(`expected an article, got ${result.reason}`);
    for (const paragraph of PARAGRAPHS) expect(result.article.text).toContain(paragraph);
    expect(result.article.text).not.toContain('Baca Juga');
  });

  it('answers timed-out past its budget, and gives the article without one', () => {
    const selection = selectParagraphs(0, PARAGRAPHS.length - 1);
    expect(extractSelection(document, selection, { url: ARTICLE_URL }, undefined, 0)).toMatchObject({ ok: false, reason: 'timed-out' });
    expect(extractSelection(document, selection, { url: ARTICLE_URL }, undefined, null).ok).toBe(true);
  });

  it('answers no-article when nothing is selected', () => {
    window.getSelection()!.removeAllRanges();
    expect(extractSelection(document, window.getSelection(), {})).toEqual({ ok: false, reason: 'no-article' });
    expect(extractSelection(document, null, {})).toEqual({ ok: false, reason: 'no-article' });
  });

  it('turns a throw into an error answer', () => {
    const result = extractSelection(document, selectParagraphs(0, 1), {}, () => {
      throw new Error('boom');
    });
    expect(result).toEqual({ ok: false, reason: 'error', message: 'boom' });
  });
});
