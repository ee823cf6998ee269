/**
 * The golden fixtures through the CLI's own DOM path (src/cli/parse-page.ts: bytes decoded as a
 * browser would, parse5's tree in linkedom's nodes), against the reviewed expectations and
 * against the golden tests' plain jsdom, field for field: the CLI's DOM (issue 17 measured
 * linkedom, happy-dom and this one, see bench/dom-parity.ts) must give exactly the output the
 * extension's core gives.
 *
 * Each case cleans the CLI's page first: the core's safe DOM reads bind to the first DOM they
 * meet (src/core/safe-dom.ts), and read jsdom's fields plainly after linkedom's, which jsdom
 * (no named properties) allows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/parse-page.ts';
import { cleanDocument } from '../../src/core/index.ts';
import { listFixtures, parseFixture, summarise } from '../core/fixtures.ts';

describe('golden fixtures on the CLI DOM', () => {
  const fixtures = listFixtures();

  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      const page = parsePage(readFileSync(join(fixture.dir, 'source.html')), fixture.url);
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
