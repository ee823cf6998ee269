/**
 * Golden tests: each fixture page is cleaned and compared with its reviewed expectations
 * (`expected.txt`, `expected.json`, and for the image cases `expected-images.txt`: each image of
 * the article with its alt text and caption). `UPDATE_GOLDENS=1 npx vitest run test/core/golden.test.ts`
 * rewrites them; review the diff before committing, it must hold exactly the article paragraphs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument, type CleanResult } from '../../src/core/index.ts';
import { listFixtures, parseFixture, summarise } from './fixtures.ts';

const UPDATE = process.env.UPDATE_GOLDENS === '1';

/** One line per image of the article: its address, alt text and the caption of its figure. */
function imagesOf(result: CleanResult): string {
  const doc = new JSDOM(result.html).window.document;
  return [...doc.querySelectorAll('img')]
    .map((img) => {
      const caption = img.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return `${img.getAttribute('src')} | alt: ${img.getAttribute('alt') ?? ''} | caption: ${caption}`;
    })
    .join('\n');
}

describe('golden fixtures', () => {
  const fixtures = listFixtures();

  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const result = cleanDocument(parseFixture(fixture));
      expect(result, 'cleanDocument found no article').not.toBeNull();
      // The header's language is the page's; a fixture stays small enough to read in review.
      expect(result!.lang?.split('-')[0]).toBe(fixture.lang);
      expect(Buffer.byteLength(fixture.html)).toBeLessThan(6 * 1024);
      const summary = summarise(result!);
      const textPath = join(fixture.dir, 'expected.txt');
      const jsonPath = join(fixture.dir, 'expected.json');
      // The image cases pin their images down; other fixtures may opt in by having the file.
      const imagesPath = join(fixture.dir, 'expected-images.txt');
      const pinsImages = fixture.name.startsWith('img-') || existsSync(imagesPath);
      if (UPDATE) {
        expect(result!.text).not.toBe('');
        writeFileSync(textPath, `${result!.text}\n`);
        writeFileSync(jsonPath, `${JSON.stringify(summary, null, 2)}\n`);
        if (pinsImages) writeFileSync(imagesPath, `${imagesOf(result!)}\n`);
        return;
      }
      if (pinsImages) {
        expect(existsSync(imagesPath), `${fixture.name}/expected-images.txt missing; run with UPDATE_GOLDENS=1`).toBe(true);
        expect(imagesOf(result!)).toBe(readFileSync(imagesPath, 'utf8').replace(/\n$/, ''));
      }
      expect(existsSync(textPath), `${fixture.name}/expected.txt missing; run with UPDATE_GOLDENS=1`).toBe(true);
      expect(result!.text).toBe(readFileSync(textPath, 'utf8').replace(/\n$/, ''));
      expect(summary).toEqual(JSON.parse(readFileSync(jsonPath, 'utf8')));
    });
  }
});
