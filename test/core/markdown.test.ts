import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/core/markdown.ts';
import { toMarkdown as recursiveMarkdown } from './markdown-recursive.ts';

const doc = new JSDOM('<!doctype html><body></body>').window.document;

function fragment(html: string): Element {
  const holder = doc.createElement('div');
  holder.innerHTML = html;
  return holder;
}

/** A tree `depth` levels deep that cycles through blockquote, div, list, em and strong. */
function deepMixed(depth: number): Element {
  let inner: Element = doc.createElement('p');
  inner.append('the innermost words');
  for (let i = 0; i < depth; i++) {
    const tag = ['blockquote', 'div', i % 2 ? 'ol' : 'ul', 'em', 'strong'][i % 5]!;
    const outer = doc.createElement(tag);
    if (i % 5 === 2) {
      const li = doc.createElement('li');
      li.append(`item ${i} `);
      li.appendChild(inner);
      outer.appendChild(li);
    } else {
      outer.append(`level ${i} `);
      outer.appendChild(inner);
    }
    inner = outer;
  }
  const root = doc.createElement('div');
  root.appendChild(inner);
  return root;
}

const RICH = [
  '<h1>Title <em>with</em> emphasis</h1><p>Plain <strong>bold <em>both</em></strong> and <a href="https://x.test/a (b)">a link</a>.</p>',
  '<blockquote><p>Quoted</p><blockquote><p>Twice <code>co`de</code></p><ul><li>one</li><li>two<ol start="7"><li>seven</li><li><p>eight</p><p>more</p></li></ol></li></ul></blockquote></blockquote>',
  '<table><caption>Cap</caption><tr><th>A|B</th><th>C</th></tr><tr><td><em>x</em></td><td><a href="/y">y</a><br>z</td><td>extra</td></tr></table>',
  '<figure><img src="/p q.png" alt="a [b]"><figcaption>Fig <b>1</b></figcaption></figure><hr><pre>code ```\nblock\n</pre><p>after <del>gone</del> <i> spaced </i> <kbd>K</kbd></p>',
  '<div>loose text <span>inline <em></em></span><section><p>inner</p>tail *stars* _under_</section></div><dl><dt>term</dt><dd>def</dd></dl><details><summary>Sum</summary>body</details>',
  '<ul><li>a<blockquote>q<ul><li>deep <a>no href</a></li></ul></blockquote></li><li></li><li>c</li></ul><aside><header>h</header><footer>f</footer></aside>',
];

describe('toMarkdown', () => {
  it('writes the same bytes as the recursive walk on rich structures', () => {
    for (const html of RICH) {
      const root = fragment(html);
      expect(toMarkdown(root)).toBe(recursiveMarkdown(root));
    }
    for (const depth of [10, 150, 399, 400, 401, 600]) {
      const root = deepMixed(depth);
      expect(toMarkdown(root)).toBe(recursiveMarkdown(root));
    }
  });

  it('renders a 20,000-deep tree of quotes, divs, lists and emphasis without throwing', { timeout: 120_000 }, () => {
    const root = deepMixed(20_000);
    let markdown = '';
    expect(() => {
      markdown = toMarkdown(root);
    }).not.toThrow();
    expect(markdown).toContain('the innermost words');
    expect(markdown).toContain('level 19999');
    // A second call starts from a clean depth count.
    expect(toMarkdown(fragment('<p>after</p>'))).toBe('after');
  });

  it('renders 20,000 nested inline elements without throwing', { timeout: 120_000 }, () => {
    let inner: Element = doc.createElement('em');
    inner.append('core');
    for (let i = 0; i < 20_000; i++) {
      const outer = doc.createElement(i % 2 ? 'em' : 'span');
      outer.appendChild(inner);
      inner = outer;
    }
    const root = doc.createElement('p');
    root.appendChild(inner);
    expect(toMarkdown(root)).toContain('core');
  });
});
