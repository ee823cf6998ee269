/**
 * The golden fixtures through the CLI's own DOM path (src/cli/parse-html.ts: bytes decoded as a
 * browser would, jsdom with its CSS guard, the window closed after), against the reviewed
 * expectations and against the golden tests' plain jsdom, field for field: a change of the CLI's
 * DOM (issue 17 measured linkedom and happy-dom, see bench/dom-parity.ts) must give exactly the
 * output the extension's core gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { cleanDocument } from '../../src/core/index.ts';
import { listFixtures, parseFixture, summarise } from '../core/fixtures.ts';

describe('golden fixtures on the CLI DOM', () => {
  const fixtures = listFixtures();

  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      const page = parseHtml(readFileSync(join(fixture.dir, 'source.html')), fixture.url);
      try {
        const result = cleanDocument(page.document, { url: fixture.url });
        expect(result, 'no article on the CLI DOM').not.toBeNull();
        expect(result!.text).toBe(readFileSync(join(fixture.dir, 'expected.txt'), 'utf8').replace(/\n$/, ''));
        expect(summarise(result!)).toEqual(JSON.parse(readFileSync(join(fixture.dir, 'expected.json'), 'utf8')));
        // HTML, Markdown, every removal with its text, the verdict: all as the golden path gives them.
        expect(result).toEqual(cleanDocument(parseFixture(fixture), { url: fixture.url }));
      } finally {
        await page.close();
      }
    });
  }
});
