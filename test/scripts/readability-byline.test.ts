/**
 * scripts/readability-byline.ts: Readability with `_isValidByline` reading the text last parses
 * exactly as the package does, reads no text of a node that cannot be a byline, and the edit fails
 * loudly on a source it does not know.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { lazyBylineText } from '../../scripts/readability-byline.ts';
import { fixtureParses, loadReadability, readabilitySource as source } from './readability-copies.ts';

interface Reader {
  parse(): unknown;
  _isValidByline(node: unknown, matchString: string): boolean;
}
type ReadabilityClass = new (doc: Document) => Reader;

const load = (code: string): ReadabilityClass => loadReadability<ReadabilityClass>(code);

/** A node for `_isValidByline` whose text must not be read. */
function untouchable(attributes: Record<string, string> = {}): unknown {
  return {
    getAttribute: (name: string) => attributes[name] ?? null,
    get textContent(): string {
      throw new Error('text read');
    },
  };
}

describe('lazyBylineText', () => {
  const edited = lazyBylineText(source);
  const doc = new JSDOM('<p>x</p>').window.document;

  it('reads no text of a node that has nothing of an author about it', () => {
    const reader = new (load(edited))(doc);
    expect(reader._isValidByline(untouchable(), 'content main')).toBe(false);
    // The package's own reads it first (this test fails without the edit).
    const original = new (load(source))(doc);
    expect(() => original._isValidByline(untouchable(), 'content main')).toThrow('text read');
  });

  it('gives the same verdicts on byline candidates', () => {
    const [original, lazy] = [load(source), load(edited)].map((R) => new R(doc));
    const node = (html: string) => new JSDOM(`<div>${html}</div>`).window.document.body.firstElementChild!.firstElementChild!;
    for (const [html, match] of [
      ['<a rel="author">Sari Dewi</a>', ''],
      ['<span itemprop="author">Sari Dewi</span>', ''],
      ['<span>Sari Dewi</span>', 'byline'],
      ['<span> </span>', 'byline'],
      [`<span>${'x'.repeat(120)}</span>`, 'author'],
      ['<span>Sari Dewi</span>', 'content'],
    ] as const) {
      expect(lazy!._isValidByline(node(html), match), html).toBe(original!._isValidByline(node(html), match));
    }
  });

  it('parses every golden fixture exactly as the package does', () => {
    const original = fixtureParses(load(source));
    const lazy = fixtureParses(load(edited));
    expect(lazy.size).toBeGreaterThan(20);
    for (const [name, parsed] of lazy) expect(parsed, name).toEqual(original.get(name));
  });

  it('fails the build on a source whose _isValidByline it does not know', () => {
    expect(() => lazyBylineText('function Readability() {}')).toThrow(/changed shape/);
  });
});
