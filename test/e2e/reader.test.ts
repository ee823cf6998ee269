/**
 * The in-page reader view, in each browser: opened from the popup, it shows the cleaned
 * article; the close button and Esc both close it and leave the page scrolled where it was;
 * it works on a page whose Content-Security-Policy forbids scripts and inline styles; and an
 * auto-clean site in reader mode opens it by itself (the background's path, as the keyboard
 * command and the context menu take).
 */
import { describe, expect, it } from 'vitest';
import type { TestPage } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';
import { artifactPath, publishScreenshot } from './harness/suite.ts';

const driver = useDriver();

const HOST = 'bersih-reader';
const SCROLL_Y = 800;

function hasOverlay(page: TestPage): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag) !== null, HOST);
}

async function overlayClosed(page: TestPage): Promise<void> {
  await page.waitFor('the overlay to close', (tag) => document.querySelector(tag) === null, HOST);
}

/** The overlay's article text (inside its closed shadow root). */
function overlayText(page: TestPage): Promise<string | undefined> {
  return driver.inReader(page, '.body', function (this: HTMLElement) {
    return this.innerText;
  });
}

/** Opens the reader the way a user does: toolbar popup, "Open reader view". */
async function openFromPopup(page: TestPage): Promise<void> {
  const popup = await driver.openPopup(page);
  try {
    await popup.waitFor('the reader button', () => document.querySelector('[data-action="open-reader"]') !== null);
    await popup.click('[data-action="open-reader"]');
  } finally {
    // The popup closes itself after asking the tab to open the reader.
    await popup.close();
  }
  await page.waitFor('the reader overlay', (tag) => document.querySelector(tag) !== null, HOST);
}

async function scrolledPage(path: string): Promise<TestPage> {
  const page = await driver.newPage(path);
  await page.evaluate((y) => window.scrollTo(0, y), SCROLL_Y);
  expect(await page.evaluate(() => window.scrollY)).toBe(SCROLL_Y);
  return page;
}

describe(`reader view (${driver.name})`, () => {
  it('opens from the popup, shows the article, and the close button restores the page', async () => {
    const page = await scrolledPage('/pages/article.html');
    try {
      await openFromPopup(page);
      const text = await overlayText(page);
      expect(text).toContain('Paragraf 1.');
      expect(text).toContain('Paragraf 10.');
      expect(text).not.toMatch(/baca juga/i);

      const shot = await artifactPath(`reader-${driver.name}.png`);
      await page.screenshot(shot, { x: 0, y: 0, width: 1000, height: 560 });
      await publishScreenshot(shot, driver.name === 'chromium' ? 'reader.png' : 'reader-firefox.png');

      const clicked = await driver.inReader(page, 'button.close', function (this: HTMLElement) {
        this.click();
        return true;
      });
      expect(clicked).toBe(true);
      await overlayClosed(page);
      expect(await page.evaluate(() => window.scrollY)).toBe(SCROLL_Y);
    } finally {
      await page.close();
    }
  });

  it('closes with Esc and keeps the scroll position', async () => {
    const page = await scrolledPage('/pages/article.html');
    try {
      await openFromPopup(page);
      await page.press('Escape');
      await overlayClosed(page);
      expect(await page.evaluate(() => window.scrollY)).toBe(SCROLL_Y);
    } finally {
      await page.close();
    }
  });

  it('works under a strict Content-Security-Policy, and Esc keeps the scroll position there', async () => {
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
      await page.press('Escape');
      await overlayClosed(page);
      expect(await page.evaluate(() => window.scrollY)).toBe(SCROLL_Y);
      expect(await hasOverlay(page)).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('opens by itself on an auto-clean site in reader mode (the background path of the shortcut and menu)', async () => {
    // mode 'reader': the auto-clean script asks the background to open the reader, which injects
    // content/extract.js and sends `openReader`, as the keyboard command and the context menu do.
    await driver.patchSettings({ mode: 'reader' });
    await driver.enableAutoClean(driver.origin);
    const page = await driver.newPage('/pages/article.html');
    try {
      await page.waitFor('the reader overlay', (tag) => document.querySelector(tag) !== null, HOST);
      expect(await overlayText(page)).toContain('Paragraf 10.');
      await page.press('Escape');
      await overlayClosed(page);
    } finally {
      await page.close();
      await driver.disableAutoClean();
      await driver.patchSettings({ mode: 'tidy' });
    }
  });
});
