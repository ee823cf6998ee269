/**
 * Images that load (issue 16), in each browser: a lazy-loading page whose script never ran
 * (`data-src` placeholders, a `<noscript>` fallback, which a browser tab parses as text) shows
 * its photos in the popup and in the reader, loaded from the page's host (cross-origin from the
 * popup, an extension page), with the tracking pixel gone; a photo that fails to load leaves its
 * alt text and caption instead of a broken icon.
 */
import { describe, expect, it } from 'vitest';
import { withPage, withPopup } from './driver/helpers.ts';
import { useDriver } from './driver/use-driver.ts';
import { until } from './harness/waits.ts';

const driver = useDriver();

const PAGE = '/pages/images.html';
const PHOTOS = ['/images/terasering.png', '/images/gazebo.png'];
const MISSING_ALT = 'Pasar pagi di depan balai desa';
const CAPTION = 'Pasar pagi menjual hasil panen warga.';

/** What an article body shows of its images, once every one has loaded or given way to its alt text. */
interface Shown {
  loaded: Array<{ path: string; width: number }>;
  missing: string[];
  captions: string[];
}

const EXPECTED: Shown = {
  loaded: PHOTOS.map((path) => ({ path, width: 120 })),
  missing: [MISSING_ALT],
  captions: [CAPTION],
};

describe(`images that load (${driver.name})`, () => {
  it('shows lazy and noscript images in the popup, and a failed one as its alt text and caption', async () => {
    await withPage(driver, PAGE, (page) =>
      withPopup(driver, page, async (popup) => {
        // Serialised into the popup: no helper can go along, so the reader's probe below repeats it.
        const shown = await popup.waitFor('the article images to load or fail', (): Shown | null => {
          const root = document.querySelector('.article-body');
          const images = Array.from(root?.querySelectorAll('img') ?? []);
          if (!root || !images.length || images.some((img) => !img.complete || img.naturalWidth === 0)) return null;
          const missing = Array.from(root.querySelectorAll('.image-missing'), (el) => el.textContent ?? '');
          if (!missing.length) return null;
          return {
            loaded: images.map((img) => ({ path: new URL(img.currentSrc || img.src).pathname, width: img.naturalWidth })),
            missing,
            captions: Array.from(root.querySelectorAll('figcaption'), (el) => el.textContent ?? ''),
          };
        });
        expect(shown).toEqual(EXPECTED);
        const text = await popup.evaluate(() => document.querySelector<HTMLElement>('.article-body')?.innerText ?? '');
        expect(text).toContain('Paragraf 6.');
      }),
    );
  });

  // The reader lives in the page, under its CSP: /csp/ serves the page with `img-src 'self'`.
  for (const path of [PAGE, PAGE.replace('/pages/', '/csp/')]) it(`shows them in the reader view too (${path})`, async () => {
    await withPage(driver, path, async (page) => {
      await withPopup(driver, page, async (popup) => {
        await popup.waitFor('the reader button', () => document.querySelector('[data-action="open-reader"]') !== null);
        await popup.click('[data-action="open-reader"]');
      });
      await page.waitFor('the reader overlay', () => document.querySelector('bersih-reader') !== null);
      // The reader's shadow root is closed: each look goes through the driver.
      const shown = await until('the reader images to load or fail', () =>
        driver.inReader(page, '.body', function (this: HTMLElement): Shown | null {
          const images = Array.from(this.querySelectorAll('img'));
          if (!images.length || images.some((img) => !img.complete || img.naturalWidth === 0)) return null;
          const missing = Array.from(this.querySelectorAll('.image-missing'), (el) => el.textContent ?? '');
          if (!missing.length) return null;
          return {
            loaded: images.map((img) => ({ path: new URL(img.currentSrc || img.src).pathname, width: img.naturalWidth })),
            missing,
            captions: Array.from(this.querySelectorAll('figcaption'), (el) => el.textContent ?? ''),
          };
        }),
      );
      expect(shown).toEqual(EXPECTED);
    });
  });
});
