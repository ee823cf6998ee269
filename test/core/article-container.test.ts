/**
 * The page's marked article replaces Readability's block only when it holds clearly more text,
 * mostly not links, and no form to fill in.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleContainer, dropTitleHeading } from '../../src/core/article-container.ts';
import { textLength } from '../../src/core/dom-text.ts';

const PROSE = '<p>' + 'A sentence of the article that runs on for a while to make a paragraph. '.repeat(3) + '</p>';

function page(body: string): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
}

/** The article around `#found`, as if Readability had returned that block alone. */
function around(doc: Document): Element | null {
  const found = doc.getElementById('found')!;
  return articleContainer(found.querySelector('p')!, textLength(found));
}

describe('articleContainer', () => {
  it('returns the <article> or articleBody around a block that holds a fraction of it', () => {
    const doc = page(`<article id="a"><div class="band">${PROSE}</div><div id="found"><div>${PROSE}</div></div><div class="band">${PROSE.repeat(2)}</div></article>`);
    expect(around(doc)?.id).toBe('a');
    const body = page(`<div itemprop="articleBody" id="b"><div id="found">${PROSE}</div>${PROSE.repeat(3)}</div>`);
    expect(around(body)?.id).toBe('b');
  });

  it('declines when Readability already has most of the article', () => {
    expect(around(page(`<article><h1>Title</h1><div id="found">${PROSE.repeat(4)}</div><p>Share</p></article>`))).toBeNull();
  });

  it('declines an article of links, one with a comment form, and a page with no marked article', () => {
    const links = '<ul>' + '<li><a href="/x">Another story of the site with a long headline to click</a></li>'.repeat(8) + '</ul>';
    expect(around(page(`<article><div id="found">${PROSE}</div>${links}</article>`))).toBeNull();
    expect(around(page(`<article><div id="found">${PROSE}</div>${PROSE.repeat(3)}<form><textarea></textarea></form></article>`))).toBeNull();
    expect(around(page(`<div><div id="found">${PROSE}</div>${PROSE.repeat(3)}</div>`))).toBeNull();
  });

  it('takes out the heading that repeats the title, and no other', () => {
    const doc = page('<div id="a"><h1>Other words</h1><h1> The  Title </h1><p>Text.</p></div>');
    const root = doc.getElementById('a')!;
    dropTitleHeading(root, 'The Title');
    expect([...root.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Other words']);
    dropTitleHeading(root, null);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
  });
});
