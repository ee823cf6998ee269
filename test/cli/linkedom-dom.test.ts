/**
 * The CLI's DOM (src/cli/parse-page.ts: parse5's tree in linkedom's nodes): what the core reads of
 * it is what it reads of jsdom. The golden fixtures are checked field for field in
 * cli-dom-parity.test.ts; this file checks the standard behaviours linkedom lacked
 * (src/cli/linkedom-fixes.ts, parse-linkedom.ts) and the hostile pages of issue 18.
 *
 * The core's safe DOM reads bind to the first DOM they meet (src/core/safe-dom.ts): no jsdom
 * document is cleaned in this file.
 */
import { describe, expect, it } from 'vitest';
import { parseLinkedom } from '../../src/cli/parse-linkedom.ts';
import { cleanDocument } from '../../src/core/index.ts';
import { ARTICLE_TEXT, clobberingPage, deepPage, INSERT_TEXT } from '../core/hostile-pages.ts';

describe('the CLI DOM (parse5 + linkedom)', () => {
  it('builds the standard tree: implied tbody, misnested tags, template content, foreign content', () => {
    const doc = parseLinkedom('<!-- c --><!doctype html><table><tr><td>a<b>b<p>c</b>d</table><template><p>t</p></template><svg viewBox="0 0 1 1"><foreignObject><p>z</p></foreignObject></svg>');
    expect(doc.firstChild!.nodeType).toBe(8);
    expect(doc.doctype!.name).toBe('html');
    expect(doc.body.innerHTML).toBe('<table><tbody><tr><td>a<b>b</b><p><b>c</b>d</p></td></tr></tbody></table><template><p>t</p></template><svg viewBox="0 0 1 1"><foreignObject><p>z</p></foreignObject></svg>');
    expect(doc.querySelector('template')!.childNodes).toHaveLength(0);
  });

  it('reads <noscript> content as markup, as a page whose scripts never run is read', () => {
    const doc = parseLinkedom('<body><noscript><img src="a.jpg"></noscript>');
    expect(doc.querySelector('noscript img')).not.toBeNull();
  });

  it('keeps attributes in order and as written, and lists them live', () => {
    const p = parseLinkedom('<p class="  a  b " id="z">x</p>').querySelector('p')!;
    p.setAttribute('title', 't');
    expect(p.outerHTML).toBe('<p class="  a  b " id="z" title="t">x</p>');
    const attributes = p.attributes;
    p.removeAttribute('id');
    expect(attributes).toHaveLength(2);
    expect(p.classList.contains('b')).toBe(true);
  });

  it('serialises text and attributes as jsdom does', () => {
    const doc = parseLinkedom('<p data-x="1&quot;&amp;" hidden>a &amp; b&nbsp;&lt;</p>');
    expect(doc.body.innerHTML).toBe('<p data-x="1&quot;&amp;" hidden="">a &amp; b&nbsp;&lt;</p>');
  });

  it('parses a set innerHTML as a page is parsed: one text node per run of text, in context', () => {
    const div = parseLinkedom('<div></div>').querySelector('div')!;
    div.innerHTML = '<!-- -->&nbsp;·&nbsp;<!-- --><td>cell</td><p>a<b>b<p>c';
    expect(Array.from(div.childNodes, (n) => n.nodeType)).toEqual([8, 3, 8, 3, 1, 1]);
    expect(div.childNodes[1]!.nodeValue).toBe('\u00a0·\u00a0');
    expect(div.innerHTML).toBe('<!-- -->&nbsp;·&nbsp;<!-- -->cell<p>a<b>b</b></p><p><b>c</b></p>');
    expect(div.querySelector('b')!.ownerDocument).toBe(div.ownerDocument);
  });

  it('reads style declarations as the standard does: !important taken off and honoured', () => {
    const doc = parseLinkedom(['display: none !important;', 'display:none!important', 'display: block !important; display: none', 'color: red; display: none', 'visibility: hidden ! important', 'font-size: 2em'].map((s) => `<div style="${s}"></div>`).join(''));
    const styles = Array.from(doc.querySelectorAll('div'), (d) => (d as HTMLElement).style);
    expect(styles.map((s) => s.display)).toEqual(['none', 'none', 'block', 'none', '', '']);
    expect(styles[4]!.visibility).toBe('hidden');
    expect(styles[5]!.fontSize).toBe('2em');
    expect(styles[3]!.getPropertyValue('color')).toBe('red');
  });

  it('leaves out of the article a block hidden with display: none !important, as a browser does', () => {
    const prose = `<p>${'The council met on Tuesday to agree the budget for the coming year. '.repeat(8)}</p>`;
    const doc = parseLinkedom(`<body><article><h1>Budget</h1><div style="display: none !important;">Forum description that is never shown</div>${prose}${prose}${prose}</article></body>`, 'https://example.com/a');
    const result = cleanDocument(doc, { url: 'https://example.com/a' })!;
    expect(result.text).toContain('The council met');
    expect(result.text).not.toContain('Forum description');
  });

  it('gives the document its URL, base URL, title, forms, and a clone that owns its nodes', () => {
    const doc = parseLinkedom('<head><base href="/news/"><title>\n A  title </title></head><body><form></form><main>x</main>', 'https://example.com/a/b');
    expect(doc.URL).toBe('https://example.com/a/b');
    expect(doc.baseURI).toBe('https://example.com/news/');
    expect(doc.title).toBe('A title');
    expect(doc.forms).toHaveLength(1);
    expect(doc.getElementsByTagName('*')).toHaveLength(7);
    const clone = doc.cloneNode(true) as Document;
    expect(clone.URL).toBe(doc.URL);
    expect(clone.querySelector('main')!.ownerDocument).toBe(clone);
    expect(clone.querySelector('main')!.isConnected).toBe(true);
    expect(clone.createElement('DIV').localName).toBe('div');
  });

  it('finds elements by tag lists as by any other selector, in tree order, and by tag name in one walk', () => {
    const doc = parseLinkedom('<div><p>1</p><svg><foreignObject><span>2</span></foreignObject></svg><template><p>t</p></template><noscript><p>n</p></noscript><SPAN>3</SPAN><img></div>');
    const div = doc.querySelector('div')!;
    // A list of tag names takes a quicker path (src/cli/linkedom-fixes.ts); one with a name that
    // matches nothing ('x-none') takes linkedom's own, css-select's.
    for (const selectors of ['p, span', 'P,SPAN', 'foreignobject', ' foreignObject , p ', 'template,noscript', 'img', 'b']) {
      for (const root of [doc, div]) {
        const expected = [...root.querySelectorAll(`${selectors}, x-none`)];
        expect([...root.querySelectorAll(selectors)]).toEqual(expected);
        expect(root.querySelector(selectors)).toBe(expected[0] ?? null);
      }
    }
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['1', 'n']);
    expect(div.getElementsByTagName('p')).toHaveLength(2);
    expect(div.getElementsByTagName('P')).toHaveLength(2);
    expect(div.getElementsByTagName('foreignObject')).toHaveLength(1);
    expect(div.getElementsByTagName('*')).toHaveLength(9);
    expect([...doc.getElementsByTagName('span')]).toEqual([...doc.querySelectorAll('span, x-none')]);
  });

  // Issue 18: linkedom has no named properties, so a control named like a DOM property shadows
  // nothing; the core reads its fields plainly (src/core/safe-dom.ts) and must still finish.
  for (const prop of ['parentNode', 'tagName', 'nextSibling', 'textContent', 'children']) {
    it(`cleans an article whose comment form has a control named ${prop}`, () => {
      const doc = parseLinkedom(clobberingPage(prop), 'https://example.com/news/1');
      const form = doc.querySelector('form')!;
      expect(form.parentNode).toBe(doc.querySelector('article'));
      const result = cleanDocument(doc, { url: 'https://example.com/news/1' })!;
      for (const text of ARTICLE_TEXT) expect(result.text).toContain(text);
      for (const text of INSERT_TEXT) expect(result.text).not.toContain(text);
    });
  }

  it('cleans an article nested 5000 elements deep', () => {
    const result = cleanDocument(parseLinkedom(deepPage(5000), 'https://example.com/deep'), { url: 'https://example.com/deep' });
    for (const text of ARTICLE_TEXT) expect(result!.text).toContain(text);
  });
});

describe('the CLI DOM TreeWalker', () => {
  it('walks elements with firstChild, nextSibling, parentNode and nextNode as the standard says', () => {
    const doc = parseLinkedom('<div id="r"><p id="a">x<b id="b">y</b></p><!-- c --><p id="c"></p></div>');
    const root = doc.getElementById('r')!;
    const walker = doc.createTreeWalker(root, 1);
    expect((walker.firstChild() as Element).id).toBe('a');
    expect((walker.firstChild() as Element).id).toBe('b');
    expect(walker.nextSibling()).toBeNull();
    expect((walker.parentNode() as Element).id).toBe('a');
    expect((walker.nextSibling() as Element).id).toBe('c');
    expect(walker.firstChild()).toBeNull();
    const all = doc.createTreeWalker(root, 0xffffffff);
    const seen: string[] = [];
    for (let n = all.nextNode(); n; n = all.nextNode()) seen.push(n.nodeType === 1 ? (n as Element).id : n.nodeType === 3 ? n.nodeValue! : '#c');
    expect(seen).toEqual(['a', 'x', 'b', 'y', '#c', 'c']);
  });
});

describe('the CLI DOM class attribute', () => {
  it('reads class as written on HTML and SVG elements, null when absent', () => {
    const doc = parseLinkedom('<p class=" a  b">x</p><p>y</p><svg class="i  j"></svg>');
    const [p, q] = Array.from(doc.querySelectorAll('p'));
    expect(p!.getAttribute('class')).toBe(' a  b');
    expect(p!.className).toBe(' a  b');
    expect(q!.getAttribute('class')).toBeNull();
    expect(doc.querySelector('svg')!.getAttribute('class')).toBe('i  j');
  });
});
