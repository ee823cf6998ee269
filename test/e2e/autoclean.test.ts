/**
 * Auto-clean in real Chromium: with the site switched on, a reload removes the inserts from the
 * live page (and later ones too), the badge counts them, and "Show original" in the popup puts
 * the page back exactly as it was served.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, tabIdOf } from './harness/extension-browser.ts';
import { message } from './harness/locale.ts';
import { disableAutoClean, enableAutoClean, until, useExtensionBrowser } from './harness/suite.ts';

const suite = useExtensionBrowser();

const ARTICLE = '/pages/article.html';
const PARAGRAPHS = Array.from({ length: 10 }, (_, i) => `Paragraf ${i + 1}.`);
/** 2 "Baca Juga" inserts + 3 ad slots in test/e2e/pages/article.html. */
const REMOVABLE = 5;

/** What the user still sees of the article: its paragraphs and any "Baca Juga" left. */
function articleState(page: Page): Promise<{ paragraphs: string[]; inserts: number; slots: number }> {
  return page.evaluate(() => {
    const body = document.querySelector('.read__content');
    const blocks = [...(body?.querySelectorAll('p') ?? [])].map((p) => p.textContent ?? '');
    return {
      paragraphs: blocks.filter((t) => /^Paragraf \d+\./.test(t)).map((t) => t.slice(0, t.indexOf('.') + 1)),
      inserts: blocks.filter((t) => /baca juga/i.test(t)).length,
      slots: document.querySelectorAll('.rb-1, [id^="div-gpt-ad"], ins.adsbygoogle').length,
    };
  });
}

/** The page as served, serialised before any extension script could change it. */
let original = '';

describe('auto-clean', () => {
  let page: Page;

  beforeAll(async () => {
    page = await suite.newPage();
    await disableAutoClean(suite.ext.sw);
    await page.goto(suite.url(ARTICLE));
    original = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await articleState(page)).toEqual({ paragraphs: PARAGRAPHS, inserts: 2, slots: 3 });
    await enableAutoClean(suite.ext.sw, new URL(suite.url('/')).origin);
  });

  afterAll(async () => {
    await page.close();
  });

  it('removes the inserts on load, keeps every paragraph and counts them on the badge', async () => {
    await page.reload();
    // A cold first sweep may run in more than one slice (one task each): wait for all of them.
    await until('the tidy', async () => {
      const state = await articleState(page);
      return state.inserts === 0 && state.slots === 0;
    });
    expect(await articleState(page)).toEqual({ paragraphs: PARAGRAPHS, inserts: 0, slots: 0 });
    const tabId = await tabIdOf(suite.ext.sw, page);
    await until('the badge', async () => (await badgeText(suite.ext.sw, tabId)) === String(REMOVABLE));
  });

  it('removes an insert the page adds after load', async () => {
    await page.reload();
    await until('the tidy', async () => (await articleState(page)).inserts === 0);
    await page.evaluate(() => {
      const p = document.createElement('p');
      const strong = document.createElement('strong');
      const a = document.createElement('a');
      a.href = '/pages/lain-9.html';
      a.textContent = 'Berita Sisipan Setelah Dimuat';
      strong.append('Baca Juga: ', a);
      p.append(strong);
      document.querySelector('.read__content')?.append(p);
    });
    await until('the late insert to go', async () => (await articleState(page)).inserts === 0);
    expect((await articleState(page)).paragraphs).toEqual(PARAGRAPHS);
    const tabId = await tabIdOf(suite.ext.sw, page);
    await until('the badge to count it', async () => (await badgeText(suite.ext.sw, tabId)) === String(REMOVABLE + 1));
  });

  it('removes an insert added by a page script after load', async () => {
    const late = await suite.newPage();
    try {
      await late.goto(suite.url(`/late/article.html`));
      await late.waitForFunction(() => document.documentElement.dataset.lateInserted === '1');
      await until('the scripted insert to go', async () => (await articleState(late)).inserts === 0);
      expect(await late.evaluate(() => document.querySelector('.late-insert'))).toBeNull();
      expect((await articleState(late)).paragraphs).toEqual(PARAGRAPHS);
    } finally {
      await late.close();
    }
  });

  it('"Show original" in the popup restores the page DOM exactly', async () => {
    await page.reload();
    await until('the tidy', async () => (await articleState(page)).inserts === 0);
    const popup = await suite.openPopup(page);
    try {
      const label = await popup.waitFor(() => document.querySelector('[data-action="toggle-tidy"]')?.textContent);
      expect(label).toBe(message('showOriginal'));
      await popup.click('[data-action="toggle-tidy"]');
      const after = await popup.waitFor(() => {
        const button = document.querySelector<HTMLElement>('[data-action="toggle-tidy"]');
        return button?.dataset.active === 'false' && button.textContent;
      });
      expect(after).toBe(message('cleanAgain'));
    } finally {
      await popup.close();
    }
    const restored = await page.evaluate(() => document.documentElement.outerHTML);
    expect(restored).toBe(original);
    const tabId = await tabIdOf(suite.ext.sw, page);
    await until('the badge to clear', async () => (await badgeText(suite.ext.sw, tabId)) === '');
  });
});
