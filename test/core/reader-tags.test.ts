/** Readability's tag lists taken by tag name in a DOM written in JavaScript (src/core/reader-tags.ts). */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { listTagsByName } from '../../src/core/reader-tags.ts';
import { isNativeDom } from '../../src/core/safe-dom.ts';

type Lister = (node: Element | Document, tags: string[]) => ArrayLike<Element>;
const lister = (reader: object): Lister => (reader as { _getAllNodesWithTag: Lister })._getAllNodesWithTag.bind(reader);

const PAGE = `<!doctype html><html><head><style>p{}</style><script>1</script></head><body>
  <div><p>Satu <a href="/a">a</a><br>dua</p><section><p>Tiga</p><br><a href="/b">b</a></section></div>
  <font>lama</font><p>Empat</p><noscript><img src="x.jpg"></noscript></body></html>`;

describe('listTagsByName', () => {
  it('finds the method it replaces on this version of Readability', () => {
    // Renamed in a later version, the replacement would be skipped silently and only speed lost.
    expect(typeof (Readability.prototype as unknown as Record<string, unknown>)._getAllNodesWithTag).toBe('function');
  });

  it('gives the same elements in the same order as the query, static, for one tag and several', () => {
    const doc = new JSDOM(PAGE).window.document;
    expect(isNativeDom(doc.documentElement)).toBe(false);
    const plain = new Readability(doc.cloneNode(true) as Document);
    const byName = new Readability(doc.cloneNode(true) as Document);
    listTagsByName(byName, doc.documentElement);
    const [query, names] = [lister(plain), lister(byName)];
    expect(names).not.toBe(query);
    for (const tags of [['p'], ['a'], ['br'], ['style'], ['script'], ['font'], ['h1'], ['script', 'noscript'], ['p', 'a']]) {
      for (const node of [doc, doc.body, doc.querySelector('section')!]) {
        const tagsOf = (list: ArrayLike<Element>): string[] => Array.from(list, (el) => `${el.tagName}:${el.textContent}`);
        expect(tagsOf(names(node, tags))).toEqual(tagsOf(query(node, tags)));
      }
    }
    const list = names(doc.body, ['p']);
    doc.body.querySelector('p')!.remove();
    expect(list.length).toBe(3);
  });

  it('leaves Readability\'s article the same', () => {
    const doc = new JSDOM(PAGE.replace('Empat', 'Empat. '.repeat(80))).window.document;
    const plain = new Readability(doc.cloneNode(true) as Document).parse();
    const reader = new Readability(doc.cloneNode(true) as Document);
    listTagsByName(reader, doc.documentElement);
    expect(reader.parse()).toEqual(plain);
  });
});
