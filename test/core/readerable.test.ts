/**
 * Our readerable check gives Readability's `isProbablyReaderable` verdict on every fixture and on
 * pages built to sit at each of its checks' edges.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isReaderable } from '../../src/core/readerable.ts';
import { listFixtures, parseFixture } from './fixtures.ts';

/** 200 characters: each such paragraph adds √60 ≈ 7.7 to the score, so three pass 20 and two do not. */
const TEXT = 'Sebuah kalimat artikel yang cukup panjang untuk dihitung sebagai paragraf. '.repeat(3).slice(0, 200);

function doc(body: string): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
}

const CASES: Record<string, [string, boolean]> = {
  'three long paragraphs': [`<p>${TEXT}</p>`.repeat(3), true],
  'two long paragraphs': [`<p>${TEXT}</p>`.repeat(2), false],
  'paragraphs in list items': [`<ul>${`<li><div><p>${TEXT}</p></div></li>`.repeat(3)}</ul>`, false],
  'pre and article count': [`<pre>${TEXT}</pre><article>${TEXT}</article><p>${TEXT}</p>`, true],
  'divs of text broken by <br>': [`<div>${TEXT}<br>${TEXT}</div>`.repeat(2), true],
  'a <br> outside any div': [`<span>${TEXT}<br>${TEXT}</span>`.repeat(3), false],
  'hidden paragraphs': [`<p hidden>${TEXT}</p><p style="color: red; display: none">${TEXT}</p><p>${TEXT}</p><p>${TEXT}</p>`, false],
  'a later display declaration wins': [`<p style="display: none; display: block">${TEXT}</p>`.repeat(3), true],
  'aria-hidden, except fallback images': [`<p aria-hidden="true">${TEXT}</p><p aria-hidden="true" class="fallback-image">${TEXT}</p>` +
    `<p aria-hidden="false">${TEXT}</p><p>${TEXT}</p>`, true],
  'furniture names, unless also content': [`<p class="sidebar">${TEXT}</p><p id="comment-1">${TEXT}</p><p class="footer-content">${TEXT}</p>` +
    `<p>${TEXT}</p>`, false],
  'furniture names that say content': [`<p class="related-content">${TEXT}</p>`.repeat(3), true],
  'an empty page': ['', false],
};

describe('isReaderable', () => {
  for (const [name, [body, expected]] of Object.entries(CASES)) {
    it(`agrees with isProbablyReaderable: ${name}`, () => {
      const page = doc(body);
      expect(isProbablyReaderable(page)).toBe(expected);
      expect(isReaderable(page)).toBe(expected);
    });
  }

  it('agrees with isProbablyReaderable on every golden fixture', () => {
    const verdicts = listFixtures().map((f) => {
      const page = parseFixture(f);
      return [f.name, isReaderable(page), isProbablyReaderable(page)];
    });
    expect(verdicts.filter(([, ours, theirs]) => ours !== theirs)).toEqual([]);
    // Both verdicts occur among the fixtures, so the comparison can fail either way.
    expect(new Set(verdicts.map(([, ours]) => ours)).size).toBe(2);
  });
});
