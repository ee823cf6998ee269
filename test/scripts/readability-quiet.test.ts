/**
 * scripts/readability-quiet.ts: the browser bundles' Readability without its debug logging must
 * parse exactly as the package does, and the edit must fail loudly on a source it does not know.
 */
import { describe, expect, it } from 'vitest';
import { quietReadability } from '../../scripts/readability-quiet.ts';
import { fixtureParses, loadReadability, readabilitySource as source } from './readability-copies.ts';

type ReadabilityClass = new (doc: Document) => { parse(): unknown };
const load = (code: string): ReadabilityClass => loadReadability<ReadabilityClass>(code);

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
    const original = fixtureParses(load(source));
    const edited = fixtureParses(load(quiet));
    expect(edited.size).toBeGreaterThan(20);
    for (const [name, parsed] of edited) expect(parsed, name).toEqual(original.get(name));
  });

  it('fails the build on a source whose logging it cannot find', () => {
    expect(() => quietReadability('function Readability() {}')).toThrow(/changed shape/);
    expect(() => quietReadability('this.log(a(b(c(d()))));')).toThrow(/changed shape/);
  });
});
