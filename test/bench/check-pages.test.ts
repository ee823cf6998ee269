/**
 * No page may break extraction: the CLI's extraction over our own CSS fixture always, and over a
 * few pages spread across each shared corpus when it is there (`npm run check:pages` runs them all).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silenceCssTreeWarnings } from '../../src/cli/css-tree-warnings.ts';
import { defaultCorpusDirs } from '../../bench/lib/corpus.ts';
import { checkPage } from '../../bench/lib/page-check.ts';
import { listPageFiles, spreadSample } from '../../bench/lib/page-files.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const PER_CORPUS = 2;
silenceCssTreeWarnings();

describe('no page breaks extraction', () => {
  it('extracts the article of a page whose inline style jsdom cannot parse', async () => {
    const outcome = await checkPage(`${PAGES}sass-calc-style.html`);
    expect(outcome).toEqual({ file: `${PAGES}sass-calc-style.html`, code: 0, message: '', verdict: null });
  });

  it('lists the page files of a plain folder', () => {
    expect(listPageFiles(PAGES)).toEqual([`${PAGES}sass-calc-style.html`]);
  });

  it('samples pages spread over the whole list', () => {
    expect(spreadSample([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([1, 4, 7]);
    expect(spreadSample([1, 2], 3)).toEqual([1, 2]);
  });

  for (const dir of defaultCorpusDirs(ROOT).filter((d) => existsSync(d))) {
    it(`has no internal error on ${PER_CORPUS} pages of ${dir.split('/').pop()}`, async () => {
      const files = spreadSample(listPageFiles(dir), PER_CORPUS);
      expect(files).toHaveLength(PER_CORPUS);
      for (const file of files) {
        const outcome = await checkPage(file);
        expect(outcome.code, `${file}: ${outcome.message}`).not.toBe(70);
      }
    }, 120_000);
  }
});
