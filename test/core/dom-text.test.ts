/**
 * `arrayOf` lists a live collection reading its `length` once: in jsdom each read of an
 * HTMLCollection's `length` searches the collection for an element named "length", so a list
 * that reads it at every step (`Array.from`, `for…of`) is quadratic in the collection's size.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { arrayOf } from '../../src/core/dom-text.ts';

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
