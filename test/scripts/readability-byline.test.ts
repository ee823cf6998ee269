/**
 * scripts/readability-byline.ts: Readability with `_isValidByline` reading the text last parses
 * exactly as the package does, reads no text of a node that cannot be a byline, and the edit fails
 * loudly on a source it does not know.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { lazyBylineText } from '../../scripts/readability-byline.ts';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

interface Reader {
  parse(): unknown;
  _isValidByline(node: unknown, matchString: string): boolean;
}
type ReadabilityClass = new (doc: Document) => Reader;

/** Evaluates a CommonJS copy of Readability.js and returns its export. */
function load(code: string): ReadabilityClass {
  const module = { exports: {} as unknown };
  new Function('module', code)(module);
  return module.exports as ReadabilityClass;
}

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
    const [original, lazy] = [load(source), load(edited)];
    const cases = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'source.html')));
    expect(cases.length).toBeGreaterThan(20);
    for (const name of cases) {
      const html = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
      const parse = (R: ReadabilityClass) => new R(new JSDOM(html, { url: 'https://example.com/a' }).window.document).parse();
      expect(parse(lazy!), name).toEqual(parse(original!));
    }
  });

  it('fails the build on a source whose _isValidByline it does not know', () => {
    expect(() => lazyBylineText('function Readability() {}')).toThrow(/changed shape/);
  });
});
