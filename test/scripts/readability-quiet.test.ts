/**
 * scripts/readability-quiet.ts: the browser bundles' Readability without its debug logging must
 * parse exactly as the package does, and the edit must fail loudly on a source it does not know.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { quietReadability } from '../../scripts/readability-quiet.ts';

const require = createRequire(import.meta.url);
const SOURCE_PATH = require.resolve('@mozilla/readability/Readability.js');
const source = readFileSync(SOURCE_PATH, 'utf8');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

type ReadabilityClass = new (doc: Document) => { parse(): { content?: string | null; textContent?: string | null; title?: string | null } | null };

/** Evaluates a CommonJS copy of Readability.js and returns its export. */
function load(code: string): ReadabilityClass {
  const module = { exports: {} as unknown };
  new Function('module', code)(module);
  return module.exports as ReadabilityClass;
}

describe('quietReadability', () => {
  const quiet = quietReadability(source);

  it('removes every logging call and makes the debug and JSDOMParser branches dead', () => {
    expect(source).toContain('this.log(');
    expect(quiet).not.toContain('this.log(');
    expect(quiet).not.toContain('if (this._debug)');
    expect(quiet).not.toMatch(/if \(this\._docJSDOMParser\)|this\._docJSDOMParser &&/);
    expect(quiet.length).toBeLessThan(source.length - 1000);
  });

  it('parses every golden fixture exactly as the package does', () => {
    const original = load(source);
    const edited = load(quiet);
    const cases = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'source.html')));
    expect(cases.length).toBeGreaterThan(20);
    for (const name of cases) {
      const html = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
      const parse = (R: ReadabilityClass) => new R(new JSDOM(html, { url: 'https://example.com/a' }).window.document).parse();
      expect(parse(edited), name).toEqual(parse(original));
    }
  });

  it('fails the build on a source whose logging it cannot find', () => {
    expect(() => quietReadability('function Readability() {}')).toThrow(/changed shape/);
    expect(() => quietReadability('this.log(a(b(c(d()))));')).toThrow(/changed shape/);
  });
});
