/**
 * The toolbar popup in real Chromium: a click on our article page shows the cleaned text and
 * an accurate removal summary; on pages extensions may not touch it says why.
 */
import { describe, expect, it } from 'vitest';
import type { ChromeApi } from './harness/chrome-api.ts';
import { message, plural } from './harness/locale.ts';
import { artifactPath, publishScreenshot, useExtensionBrowser } from './harness/suite.ts';

declare const chrome: ChromeApi;

const suite = useExtensionBrowser();

const PARAGRAPHS = Array.from({ length: 10 }, (_, i) => `Paragraf ${i + 1}.`);
/** Text of the inserts and ad slots in test/e2e/pages/article.html. */
const CLUTTER = ['Baca Juga', 'Baca juga', 'Harga Cabai', 'Petani Kopi', 'rb-1', 'div-gpt-ad'];

describe('toolbar popup', () => {
  it('shows the cleaned article and what was removed', async () => {
    const page = await suite.newPage();
    await page.goto(suite.url('/pages/article.html'));
    const popup = await suite.openPopup(page);
    try {
      const text = await popup.waitFor(() => document.querySelector<HTMLElement>('.article .article-body')?.innerText);
      for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
      for (const clutter of CLUTTER) expect(text).not.toContain(clutter);
      expect(await popup.evaluate(() => document.querySelector('.article-title')?.textContent)).toBe(
        'Warga Desa Sukamaju Bangun Jembatan Bambu Secara Gotong Royong',
      );

      const summary = await popup.evaluate(() => document.querySelector('.removals summary')?.textContent);
      const list = new Intl.ListFormat('en', { type: 'conjunction' }).format([
        plural('removedRelated', 2),
        plural('removedAd', 3),
      ]);
      expect(summary).toBe(message('removedSummary', list));

      const shot = await artifactPath('popup.png');
      await popup.screenshot(shot);
      await publishScreenshot(shot, 'popup.png');
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('explains that browser pages are off limits', async () => {
    const page = await suite.newPage();
    await page.goto('chrome://version');
    const popup = await suite.openPopup(page);
    try {
      const shown = await popup.waitFor(
        () => document.querySelector('[data-state="forbidden"] .state-message')?.textContent,
      );
      // A toolbar click grants activeTab, which shows the popup the tab's URL; automation never
      // grants it, and without it Chrome hides a chrome:// tab's URL. So the popup can only say
      // "no web page" here, unless it can see the URL, and then it must name browser pages.
      const seesUrl = await popup.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        return tab?.url !== undefined;
      });
      expect(shown).toBe(message(seesUrl ? 'stateForbiddenBrowser' : 'stateForbiddenNoUrl'));
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
