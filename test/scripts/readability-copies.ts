/**
 * For the tests of the build's edits of Readability (scripts/readability-*.ts): the package's
 * source, a loader for an edited copy, and the parse of every golden fixture by a copy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

const require = createRequire(import.meta.url);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Readability.js as the package publishes it. */
export const readabilitySource = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

/** Evaluates a CommonJS copy of Readability.js and returns its export. */
export function loadReadability<T>(code: string): T {
  const module = { exports: {} as unknown };
  new Function('module', code)(module);
  return module.exports as T;
}

/** The golden fixtures' names, each with its parse by `R`. */
export function fixtureParses(R: new (doc: Document) => { parse(): unknown }): Map<string, unknown> {
  const cases = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'source.html')));
  return new Map(cases.map((name) => {
    const html = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
    return [name, new R(new JSDOM(html, { url: 'https://example.com/a' }).window.document).parse()];
  }));
}
