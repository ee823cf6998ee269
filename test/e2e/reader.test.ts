/**
 * The in-page reader view in real Chromium: opened from the popup, it shows the cleaned
 * article; the close button and Esc both close it and leave the page scrolled where it was;
 * it also works on a page whose Content-Security-Policy forbids scripts and inline styles.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inClosedShadow } from './harness/closed-shadow.ts';
import { patchSettings } from './harness/extension-browser.ts';
import { artifactPath, disableAutoClean, enableAutoClean, publishScreenshot, until, useExtensionBrowser } from './harness/suite.ts';

const suite = useExtensionBrowser();

const HOST = 'bersih-reader';
const SCROLL_Y = 800;

function hasOverlay(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag) !== null, HOST);
}

/** The overlay's article text (inside its closed shadow root). */
function overlayText(page: Page): Promise<string | undefined> {
  return inClosedShadow(page, HOST, '.body', function (this: HTMLElement) {
    return this.innerText;
  });
}

/** Opens the reader the way a user does: toolbar popup, "Open reader view". */
async function openFromPopup(page: Page): Promise<void> {
  const popup = await suite.openPopup(page);
  try {
    await popup.waitFor(() => document.querySelector('[data-action="open-reader"]') !== null);
    await popup.click('[data-action="open-reader"]');
  } finally {
    // The popup closes itself after asking the tab to open the reader.
    await popup.close();
  }
  await until('the reader overlay', () => hasOverlay(page));
}

async function scrolledPage(path: string): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(suite.url(path));
  await page.evaluate((y) => window.scrollTo(0, y), SCROLL_Y);
  expect(await page.evaluate(() => window.scrollY)).toBe(SCROLL_Y);
  return page;
}

describe('reader view', () => {
  it('opens from the popup, shows the article, and the close button restores the page', async () => {
    const page = await scrolledPage('/pages/article.html');
    try {
      await openFromPopup(page);
      const text = await overlayText(page);
      expect(text).toContain('Paragraf 1.');
      expect(text).toContain('Paragraf 10.');
      expect(text).not.toMatch(/baca juga/i);

      const shot = await artifactPath('reader.png');
      await page.screenshot({ path: shot, clip: { x: 0, y: 0, width: 1000, height: 560 } });
      await publishScreenshot(shot, 'reader.png');

      const clicked = await inClosedShadow(page, HOST, 'button.close', function (this: HTMLElement) {
        this.click();
        return true;
      });
      expect(clicked).toBe(true);
      await until('the overlay to close', async () => !(await hasOverlay(page)));
      expect(await page.evaluate(() => window.scrollY)).toBe(SCROLL_Y);
    } finally {
      await page.close();
    }
  });

  it('closes with Esc and keeps the scroll position', async () => {
    const page = await scrolledPage('/pages/article.html');
    try {
      await openFromPopup(page);
      await page.bringToFront();
      await page.keyboard.press('Escape');
      await until('the overlay to close', async () => !(await hasOverlay(page)));
      expect(await page.evaluate(() => window.scrollY)).toBe(SCROLL_Y);
    } finally {
      await page.close();
    }
  });

  it('works under a strict Content-Security-Policy', async () => {
    const page = await scrolledPage('/csp/article.html');
    try {
      await openFromPopup(page);
      expect(await overlayText(page)).toContain('Paragraf 5.');
      // The overlay's own styles must apply despite `style-src 'self'`: the host is positioned
      // only by the `:host` rule of its shadow stylesheet; were that blocked, it would sit inline.
      const position = await page.evaluate((tag) => {
        const host = document.querySelector(tag);
        return host ? getComputedStyle(host).position : null;
      }, HOST);
      expect(position).toBe('fixed');
      await page.keyboard.press('Escape');
      await until('the overlay to close', async () => !(await hasOverlay(page)));
      expect(await page.evaluate(() => window.scrollY)).toBe(SCROLL_Y);
    } finally {
      await page.close();
    }
  });

  it('opens by itself on an auto-clean site in reader mode (the background path of the shortcut and menu)', async () => {
    // mode 'reader': the auto-clean script asks the background to open the reader, which injects
    // content/extract.js and sends `openReader`, as the keyboard command and the context menu do.
    await patchSettings(suite.ext.sw, { mode: 'reader' });
    await enableAutoClean(suite.ext.sw, new URL(suite.url('/')).origin);
    const page = await suite.newPage();
    try {
      await page.goto(suite.url('/pages/article.html'));
      await until('the reader overlay', () => hasOverlay(page));
      expect(await overlayText(page)).toContain('Paragraf 10.');
      await page.keyboard.press('Escape');
      await until('the overlay to close', async () => !(await hasOverlay(page)));
    } finally {
      await page.close();
      await disableAutoClean(suite.ext.sw);
      await patchSettings(suite.ext.sw, { mode: 'tidy' });
    }
  });
});
