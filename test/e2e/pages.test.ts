/**
 * Multi-page articles, in each browser: the popup shows page 1, then joins the other pages it
 * fetches from the same origin ("Joined 3 pages"), every paragraph once and in order with no
 * inserts; a page that fails is named and the rest kept; an endless chain of pages stops at 20.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withPage, withPopup } from './driver/helpers.ts';
import type { PopupView } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';
import { FIXTURES_DIR, PROFILED_HOST } from './harness/fixture-routes.ts';
import { message } from './harness/locale.ts';

const driver = useDriver();
/** The reader overlay's host element (src/content/reader/reader-view.ts). */
const HOST_TAG = 'bersih-reader';

/** `Bagian P paragraf M.` for each page and paragraph of test/e2e/pages/kota-N.html. */
const PARAGRAPHS = [1, 2, 3].flatMap((p) => [1, 2, 3].map((m) => `Bagian ${p} paragraf ${m}.`));

/** `River part P, paragraph M.` for each page of test/e2e/pages/sungai-N.html (rel=next/prev only, English). */
const RIVER = [1, 2, 3].flatMap((p) => [1, 2, 3].map((m) => `River part ${p}, paragraph ${m}.`));

/** The profiled outlet's article (test/fixtures/pages-fetch-merge, served as PROFILED_HOST) and its paragraphs, each once. */
const PROFILED_PATH = '/nasional/20240506120000-20-1234567/jalur-sepeda-di-pusat-kota-ditata-ulang';
const PROFILED = [
  ...new Set(
    ['source.html', 'page-2.html', 'page-3.html'].flatMap((file) =>
      [...readFileSync(join(FIXTURES_DIR, 'pages-fetch-merge', file), 'utf8').matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1]!.trim()),
    ),
  ),
];

/** Waits until the popup's pages line reads `line`, then returns it with the notes and the article text. */
function joined(popup: PopupView, line: string) {
  return popup.waitFor(`the pages line "${line}"`, (expected: string) => {
    const box = document.querySelector('.pages-status');
    const lines = [...(box?.querySelectorAll('p') ?? [])].map((p) => p.textContent ?? '');
    const text = document.querySelector<HTMLElement>('.article .article-body')?.innerText;
    return lines[0] === expected && text ? { notes: lines.slice(1), text } : null;
  }, line);
}

function positions(text: string, needles: string[]): number[] {
  return needles.map((n) => text.indexOf(n));
}

describe(`multi-page articles (${driver.name})`, () => {
  it('joins a three-page article in the popup: every paragraph once, in order, no inserts', async () => {
    await withPage(driver, '/paged/kota', (page) =>
      withPopup(driver, page, async (popup) => {
        const { notes, text } = await joined(popup, message('pagesJoined', 3));
        expect(notes).toEqual([]);
        const at = positions(text, PARAGRAPHS);
        expect(at.every((i) => i >= 0)).toBe(true);
        expect([...at].sort((a, b) => a - b)).toEqual(at);
        for (const p of PARAGRAPHS) expect(text.split(p)).toHaveLength(2);
        expect(text.split('Jalur sepeda baru di pusat kota.')).toHaveLength(2);
        expect(text).not.toMatch(/Baca Juga|Harga Cabai|Selanjutnya|Halaman/);
      }),
    );
  });

  it('copies the joined article as Markdown, each page after a rule', async () => {
    await withPage(driver, '/paged/kota', async (page) => {
      await withPopup(driver, page, async (popup) => {
        await joined(popup, message('pagesJoined', 3));
        await popup.click('[data-action="copy-markdown"]');
        await popup.waitFor('the copy status', () => document.querySelector<HTMLElement>('.copy-status')?.dataset.outcome === 'ok');
      });
      const pasted = await page.pasteClipboard();
      const at = positions(pasted, PARAGRAPHS);
      expect(at.every((i) => i >= 0), pasted.slice(0, 200)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(pasted.match(/\n---\n/g)).toHaveLength(2);
      expect(pasted).not.toMatch(/Baca Juga|Harga Cabai/);
    });
  });

  it('opens the reader view on the joined article', async () => {
    await withPage(driver, '/paged/kota', async (page) => {
      await withPopup(driver, page, async (popup) => {
        await joined(popup, message('pagesJoined', 3));
        await popup.click('[data-action="open-reader"]');
      });
      await page.waitFor('the reader overlay', (tag) => document.querySelector(tag) !== null, HOST_TAG);
      const text = await driver.inReader(page, '.body', function (this: HTMLElement) {
        return this.innerText;
      });
      for (const p of PARAGRAPHS) expect(text).toContain(p);
      expect(text).not.toMatch(/Baca Juga|Selanjutnya/);
    });
  });

  it('adds the other pages to a page auto-clean tidies in place, from "Show the whole article here"', async () => {
    await driver.enableAutoClean(driver.origin);
    try {
      await withPage(driver, '/paged/kota', async (page) => {
        // Auto-clean has tidied the page: its "Baca Juga" insert is gone.
        await page.waitFor('the tidy', () => !/Baca Juga/.test(document.querySelector('.read__content')?.textContent ?? 'Baca Juga'));
        await withPopup(driver, page, async (popup) => {
          await joined(popup, message('pagesJoined', 3));
          await popup.waitFor('the show-here button', () => document.querySelector('[data-action="show-whole-here"]') !== null);
          await popup.click('[data-action="show-whole-here"]');
          const said = await popup.waitFor('the show-here status', () => document.querySelector('.show-here [role="status"]')?.textContent);
          expect(said).toBe(message('wholeShownHere', 2));
        });
        const added = await page.waitFor('the added pages', () => document.querySelector<HTMLElement>('.bersih-added-pages')?.innerText);
        for (const p of PARAGRAPHS.slice(3)) expect(added).toContain(p);
        const live = await page.evaluate(() => document.body.innerText);
        for (const p of PARAGRAPHS) expect(live.split(p)).toHaveLength(2);
      });
    } finally {
      await driver.disableAutoClean();
    }
  });

  it('with the option on, joins the other pages into a tidied page unasked, and names a page that failed', async () => {
    await driver.patchSettings({ autoJoinPages: true });
    await driver.enableAutoClean(driver.origin);
    try {
      await withPage(driver, '/paged/kota', async (page) => {
        const added = await page.waitFor('the added pages', () => document.querySelector<HTMLElement>('.bersih-added-pages')?.innerText);
        for (const p of PARAGRAPHS.slice(3)) expect(added).toContain(p);
        const live = await page.evaluate(() => document.body.innerText);
        const at = positions(live, PARAGRAPHS);
        expect([...at].sort((a, b) => a - b)).toEqual(at);
        for (const p of PARAGRAPHS) expect(live.split(p)).toHaveLength(2);
        expect(live).not.toMatch(/Baca Juga|Harga Cabai/);
      });
      await withPage(driver, '/paged/kota-fail3', async (page) => {
        const note = await page.waitFor('the missing-page note', () => document.querySelector('.bersih-missing-page')?.textContent);
        expect(note).toBe(message('pagesMissing', 3, 'HTTP 404'));
        const added = await page.evaluate(() => document.querySelector<HTMLElement>('.bersih-added-pages')?.innerText ?? '');
        for (const p of PARAGRAPHS.slice(3, 6)) expect(added).toContain(p);
        expect(added).not.toContain('Bagian 3 paragraf 1.');
      });
    } finally {
      await driver.disableAutoClean();
      await driver.patchSettings({ autoJoinPages: false });
    }
  });

  it('keeps the pages that arrived and names the one that failed', async () => {
    await withPage(driver, '/paged/kota-fail3', (page) =>
      withPopup(driver, page, async (popup) => {
        const { notes, text } = await joined(popup, message('pagesJoined', 2));
        expect(notes).toEqual([message('pagesMissing', 3, 'HTTP 404')]);
        for (const p of PARAGRAPHS.slice(0, 6)) expect(text).toContain(p);
        expect(text).not.toContain('Bagian 3 paragraf 1.');
      }),
    );
  });

  it('stops an endless chain of pages at 20', async () => {
    await withPage(driver, '/paged/endless', (page) =>
      withPopup(driver, page, async (popup) => {
        const { notes, text } = await joined(popup, message('pagesJoined', 20));
        expect(notes).toEqual([message('pagesMissing', 21, 'more than 20 pages')]);
        expect(text).toContain('Bagian 20 paragraf 2.');
        expect(text).not.toContain('Bagian 21 paragraf 1.');
      }),
    );
  });
});

describe(`a multi-page article linked by rel=next only, on an unknown outlet (${driver.name})`, () => {
  it('shows every paragraph of every page once, in order, with no inserts and no page nav, and copies it as Markdown', async () => {
    await withPage(driver, '/paged/sungai', async (page) => {
      await withPopup(driver, page, async (popup) => {
        const { notes, text } = await joined(popup, message('pagesJoined', 3));
        expect(notes).toEqual([]);
        const at = positions(text, RIVER);
        expect(at.every((i) => i >= 0), text.slice(0, 200)).toBe(true);
        expect([...at].sort((a, b) => a - b)).toEqual(at);
        for (const p of RIVER) expect(text.split(p)).toHaveLength(2);
        expect(text).not.toMatch(/Read also|Ferry timetable|Next page|Previous page/);
        await popup.click('[data-action="copy-markdown"]');
        await popup.waitFor('the copy status', () => document.querySelector<HTMLElement>('.copy-status')?.dataset.outcome === 'ok');
      });
      const pasted = await page.pasteClipboard();
      const at = positions(pasted, RIVER);
      expect(at.every((i) => i >= 0), pasted.slice(0, 200)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      for (const p of RIVER) expect(pasted.split(p)).toHaveLength(2);
      expect(pasted).not.toMatch(/Read also|Next page/);
    });
  });

  it('opens the reader view on the joined article', async () => {
    await withPage(driver, '/paged/sungai', async (page) => {
      await withPopup(driver, page, async (popup) => {
        await joined(popup, message('pagesJoined', 3));
        await popup.click('[data-action="open-reader"]');
      });
      await page.waitFor('the reader overlay', (tag) => document.querySelector(tag) !== null, HOST_TAG);
      const text = await driver.inReader(page, '.body', function (this: HTMLElement) {
        return this.innerText;
      });
      const at = positions(text ?? '', RIVER);
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      for (const p of RIVER) expect(text?.split(p)).toHaveLength(2);
      expect(text).not.toMatch(/Read also|Next page/);
    });
  });
});

describe(`a multi-page article of an outlet we have a profile for (${driver.name})`, () => {
  const url = (): string => `http://${PROFILED_HOST}:${new URL(driver.origin).port}${PROFILED_PATH}`;

  it('shows every paragraph of every page once, in order, with no inserts, and copies it as Markdown', async () => {
    expect(PROFILED.length).toBeGreaterThanOrEqual(8);
    await withPage(driver, url(), async (page) => {
      await withPopup(driver, page, async (popup) => {
        const { notes, text } = await joined(popup, message('pagesJoined', 3));
        expect(notes).toEqual([]);
        const at = positions(text, PROFILED);
        expect(at.every((i) => i >= 0), text.slice(0, 300)).toBe(true);
        expect([...at].sort((a, b) => a - b)).toEqual(at);
        for (const p of PROFILED) expect(text.split(p)).toHaveLength(2);
        // The intro each page repeats, once.
        expect(text.split('Pemerintah kota mulai')).toHaveLength(2);
        expect(text).not.toMatch(/Baca Juga|Harga beras|Selanjutnya|Halaman/);
        await popup.click('[data-action="copy-markdown"]');
        await popup.waitFor('the copy status', () => document.querySelector<HTMLElement>('.copy-status')?.dataset.outcome === 'ok');
      });
      const pasted = await page.pasteClipboard();
      expect(pasted.match(/\n---\n/g)).toHaveLength(2);
      expect(pasted).not.toMatch(/Baca Juga|Harga beras|Selanjutnya/);
    });
  });

  it('opens the reader view on the joined article', async () => {
    await withPage(driver, url(), async (page) => {
      await withPopup(driver, page, async (popup) => {
        await joined(popup, message('pagesJoined', 3));
        await popup.click('[data-action="open-reader"]');
      });
      await page.waitFor('the reader overlay', (tag) => document.querySelector(tag) !== null, HOST_TAG);
      const text = await driver.inReader(page, '.body', function (this: HTMLElement) {
        return this.innerText;
      });
      const at = positions(text ?? '', PROFILED);
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      for (const p of PROFILED) expect(text?.split(p)).toHaveLength(2);
      expect(text).not.toMatch(/Baca Juga|Selanjutnya/);
    });
  });
});
