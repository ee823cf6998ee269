import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declaredUrl, pageUrl } from '../../src/cli/page-url.ts';

const doc = (head: string): Document => new JSDOM(`<html><head>${head}</head><body></body></html>`).window.document;

describe('page URL', () => {
  it('prefers the canonical link, then og:url', () => {
    const both = doc('<meta property="og:url" content="https://og.example/x"><link rel="canonical" href="https://canon.example/x">');
    expect(declaredUrl(both)).toBe('https://canon.example/x');
    expect(declaredUrl(doc('<meta property="og:url" content=" https://og.example/y ">'))).toBe('https://og.example/y');
  });

  it('ignores relative and non-http declarations', () => {
    expect(declaredUrl(doc('<link rel="canonical" href="/relative"><meta property="og:url" content="javascript:alert(1)">'))).toBeNull();
    expect(declaredUrl(doc('<link rel="canonical" href="/relative"><meta property="og:url" content="http://og.example/z">'))).toBe('http://og.example/z');
  });

  it('uses an explicit URL first and the file URL last; stdin has none', () => {
    const page = doc('<link rel="canonical" href="https://canon.example/x">');
    expect(pageUrl(page, 'https://given.example/', 'a.html')).toBe('https://given.example/');
    expect(pageUrl(doc(''), undefined, '/tmp/a b.html')).toBe('file:///tmp/a%20b.html');
    expect(pageUrl(doc(''), undefined, '-')).toBeUndefined();
  });
});
