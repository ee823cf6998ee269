/**
 * The e2e hostile pages (test/e2e/pages/hostile-*.html, issue 18) in jsdom, their scripts run:
 * the popup's extraction gives the article, and auto-clean stops on the page that fights back.
 * jsdom does not clobber, so `emulateClobbering` gives its forms the browsers' behaviour.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { startTidy } from '../../src/core/tidy.ts';
import { extractArticle } from '../../src/content/extract-article.ts';
import { TidyController } from '../../src/content/tidy-controller.ts';
import { emulateClobbering } from '../core/clobber.ts';

const ORIGIN = 'http://127.0.0.1:8080';
const PARAGRAPHS = ['Paragraf 1.', 'Paragraf 2.', 'Paragraf 3.', 'Paragraf 4.'];
const INSERTS = ['Harga Cabai Rawit', 'Judul Lain di Dalam Formulir'];

function load(name: string): JSDOM {
  const html = readFileSync(new URL(`../e2e/pages/${name}`, import.meta.url), 'utf8');
  // Our own pages: their scripts are what the test is about.
  const dom = new JSDOM(html, { url: `${ORIGIN}/pages/${name}`, runScripts: 'dangerously' });
  emulateClobbering(dom.window);
  return dom;
}

describe('the hostile e2e pages in jsdom', () => {
  for (const name of ['hostile-clobber.html', 'hostile-deep.html', 'hostile-deep-script.html', 'hostile-reinsert.html', 'hostile-never-loads.html']) {
    it(`${name}: the popup's extraction gives the article without its inserts`, { timeout: 120_000 }, () => {
      const { window } = load(name);
      const doc = window.document;
      if (name === 'hostile-deep-script.html') expect(doc.documentElement.getAttribute('data-deep')).toBe('ready');
      // No budget: jsdom is many times slower than a browser, and the budget has tests of its own.
      const result = extractArticle(doc, { url: doc.URL }, undefined, null);
      if (!result.ok) throw new Error(`expected an article, got ${result.reason}`);
      for (const paragraph of PARAGRAPHS) expect(result.article.text).toContain(paragraph);
      for (const insert of INSERTS) expect(result.article.text).not.toContain(insert);
      window.close();
    });
  }

  it('hostile-reinsert.html: auto-clean stops on the page that puts everything back, and says so', async () => {
    const { window } = load('hostile-reinsert.html');
    const doc = window.document;
    const controller = new TidyController(doc, { plan: (root) => startTidy(doc, { url: doc.URL }, root), delayMs: 5 });
    controller.setActive(true);
    // Real time, a few ms per round: the page puts back, auto-clean removes again, until it stops.
    await new Promise<void>((done) => {
      const check = (): void => (controller.status().gaveUp ? done() : void setTimeout(check, 20));
      check();
    });
    const status = controller.status();
    expect(status.gaveUp).toBe(true);
    expect(status.removed.length).toBeLessThan(100);
    expect(Number(doc.documentElement.getAttribute('data-put-back'))).toBeGreaterThan(20);
    controller.dispose();
    window.close();
  }, 60_000);
});
