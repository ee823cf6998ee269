/**
 * `arrayOf` lists a live collection reading its `length` once: in jsdom each read of an
 * HTMLCollection's `length` searches the collection for an element named "length", so a list
 * that reads it at every step (`Array.from`, `for…of`) is quadratic in the collection's size.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arrayOf, normaliseText, readAhead, textFrom, textLongerThan } from '../../src/core/dom-text.ts';

/** An array-like that counts reads of `length` and iterates the way a WebIDL collection does. */
function countingCollection(items: Element[]): { collection: ArrayLike<Element> & Iterable<Element>; lengthReads: () => number } {
  let reads = 0;
  const collection = {
    get length() {
      reads++;
      return items.length;
    },
    // WebIDL collections with an indexed getter take Array.prototype's iterator, which reads
    // `length` before every step.
    [Symbol.iterator]: Array.prototype[Symbol.iterator],
  } as ArrayLike<Element> & Iterable<Element>;
  items.forEach((item, i) => Object.defineProperty(collection, i, { value: item, enumerable: true }));
  return { collection, lengthReads: () => reads };
}

describe('arrayOf', () => {
  const doc = new JSDOM('<body><p id="length">a</p><p name="item">b</p><div><p>c</p></div><br><p>d</p></body>').window.document;

  it('lists the same elements, in the same order, as Array.from', () => {
    for (const tag of ['p', 'br', '*', 'table']) {
      expect(arrayOf(doc.getElementsByTagName(tag))).toEqual(Array.from(doc.getElementsByTagName(tag)));
    }
    expect(arrayOf(doc.body.children)).toEqual(Array.from(doc.body.children));
    expect(arrayOf(doc.body.children).map((el) => el.localName)).toEqual(['p', 'p', 'div', 'br', 'p']);
  });

  it('returns a static array: later changes to the page do not change it', () => {
    const list = arrayOf(doc.getElementsByTagName('p'));
    const extra = doc.body.appendChild(doc.createElement('p'));
    expect(list).toHaveLength(4);
    extra.remove();
  });

  it('reads the length once, where iterating reads it at every step', () => {
    const items = Array.from({ length: 50 }, () => doc.createElement('p'));
    const counted = countingCollection(items);
    expect(arrayOf(counted.collection)).toEqual(items);
    expect(counted.lengthReads()).toBe(1);
    const iterated = countingCollection(items);
    expect(Array.from(iterated.collection)).toEqual(items);
    expect(iterated.lengthReads()).toBeGreaterThan(50);
  });
});

describe('textLongerThan', () => {
  const doc = new JSDOM(
    '<body><div id="a">Hi <b>there</b><!-- a long comment that is no text --><script>var x = 1;</script></div>' +
      '<div id="b"></div><svg id="c"><text>svg text</text></svg><p id="d">  spaced  <i>out</i> </p></body>',
  ).window.document;

  it('says what textContent.length > max says, for every element and bound', () => {
    for (const el of arrayOf(doc.getElementsByTagName('*'))) {
      const length = (el.textContent ?? '').length;
      for (let max = 0; max <= length + 2; max++) expect(textLongerThan(el, max), `${el.tagName} ${max}`).toBe(length > max);
    }
  });
});

describe('textFrom', () => {
  const pieces = ['<div>', '</div>', '<b>', '</b>', '<p>', '</p>', '<li>', '<script>var a = 1;</script>', '<br>', '<!-- note -->', 'Baca', ' juga: ', '  ', 'a longer run of words ', 'x'];

  it('reads the same text with what earlier calls read ahead as without, for every text and bound', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 12 }), (parts, chars, budget) => {
      const doc = new JSDOM(`<body>${parts.join('')}</body>`).window.document;
      const walker = doc.createTreeWalker(doc.body, 4);
      const texts: Node[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
      // One read-ahead for a whole walk in document order, in one scope (the body) or in each
      // text's parent (scopes that come and go).
      for (const scopeOf of [() => doc.body, (text: Node) => text.parentNode!]) {
        const ahead = readAhead();
        for (const text of texts) expect(textFrom(text, scopeOf(text), chars, budget, ahead)).toBe(textFrom(text, scopeOf(text), chars, budget));
      }
    }), { numRuns: 300 });
  });
});

describe('normaliseText', () => {
  // The definition; `normaliseText` skips the replace when nothing would change.
  const reference = (text: string): string => text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
  const pieces = [' ', '  ', '\t', '\n', '\r\n', '\f', '\v', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u0085', 'a', 'Bé'];

  it('collapses and trims exactly as the replace-and-trim it stands for', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
      const text = parts.join('');
      expect(normaliseText(text)).toBe(reference(text));
    }), { numRuns: 5000 });
  });

  it('agrees with it next to every UTF-16 code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `a${c}`]) if (normaliseText(text) !== reference(text)) expect(normaliseText(text)).toBe(reference(text));
    }
  });
});
