/**
 * When Readability returns under 500 characters, the page's marked main content is used if it
 * holds clearly more, without its navigation, side boxes and hidden parts.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FALLBACK_CHARS, mainContent } from '../../src/core/main-fallback.ts';

const ITEM = '<li><a href="/x">A product card with a name and a short description</a></li>';

function body(html: string): HTMLElement {
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document.body;
}

describe('mainContent', () => {
  it('returns <main> without its nav, aside and hidden parts', () => {
    const b = body(`<nav>Site menu</nav><main><nav>Breadcrumbs</nav><h1>Shop</h1><ul>${ITEM.repeat(20)}</ul>` +
      '<aside>Newsletter</aside><div hidden>Cart drawer</div><script>var x = 1;</script></main>');
    const main = mainContent(b, 40)!;
    expect(main.localName).toBe('main');
    expect(main.textContent).toMatch(/^Shop/);
    expect(main.textContent).not.toMatch(/Breadcrumbs|Newsletter|Cart drawer|var x/);
  });

  it('takes the [role=main] element with the most text', () => {
    const b = body(`<div role="main" id="short"><p>Hello</p></div><div role="main" id="long"><ul>${ITEM.repeat(20)}</ul></div>`);
    expect(mainContent(b, 0)!.id).toBe('long');
  });

  it('declines when main is short, or not clearly longer than what Readability found', () => {
    expect(mainContent(body(`<main><ul>${ITEM.repeat(5)}</ul></main>`), 0)).toBeNull();
    const long = body(`<main><ul>${ITEM.repeat(20)}</ul></main>`);
    const length = long.querySelector('main')!.textContent!.length;
    expect(length).toBeGreaterThan(FALLBACK_CHARS);
    expect(mainContent(long, length)).toBeNull();
  });

  it('declines on a page without marked main content', () => {
    expect(mainContent(body(`<div id="content"><ul>${ITEM.repeat(20)}</ul></div>`), 0)).toBeNull();
  });
});
