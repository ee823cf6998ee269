/**
 * Auto-clean, in each browser: the popup's switch asks for the site; with the site switched on,
 * a reload removes the inserts from the live page (and later ones too), the badge counts them,
 * and "Show original" in the popup puts the page back exactly as it was served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionApi, TestPage } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';
import { message } from './harness/locale.ts';

declare const browser: ExtensionApi;

const driver = useDriver();

const ARTICLE = '/pages/article.html';
const PARAGRAPHS = Array.from({ length: 10 }, (_, i) => `Paragraf ${i + 1}.`);
/** 2 "Baca Juga" inserts + 3 ad slots in test/e2e/pages/article.html. */
const REMOVABLE = 5;

/** What the user still sees of the article: its paragraphs and any "Baca Juga" left. */
function articleState(page: TestPage): Promise<{ paragraphs: string[]; inserts: number; slots: number }> {
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

async function tidied(page: TestPage): Promise<void> {
  // A cold first sweep may run in more than one slice (one task each): wait for all of them.
  await page.waitFor('the tidy', () =>
    document.querySelectorAll('.read__content p strong, .rb-1, [id^="div-gpt-ad"], ins.adsbygoogle').length === 0,
  );
}

async function badgeIs(page: TestPage, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = await driver.badgeText(page);
  while (last !== text && Date.now() < deadline) {
    await new Promise((ok) => setTimeout(ok, 50));
    last = await driver.badgeText(page);
  }
  expect(last).toBe(text);
}

/** The page as served, serialised before any extension script could change it. */
let original = '';

describe(`auto-clean (${driver.name})`, () => {
  let page: TestPage;

  beforeAll(async () => {
    await driver.disableAutoClean();
    page = await driver.newPage(ARTICLE);
    original = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await articleState(page)).toEqual({ paragraphs: PARAGRAPHS, inserts: 2, slots: 3 });
  });

  afterAll(async () => {
    await page.close();
  });

  it("is switched on from the popup, which asks for the site's permission", async () => {
    const popup = await driver.openPopup(page);
    try {
      const host = new URL(driver.origin).hostname;
      const label = await popup.waitFor('the site switch', () => document.querySelector('input[name="autoCleanSite"]')?.parentElement?.textContent);
      expect(label).toBe(message('autoCleanThisSite', host));
      await popup.click('input[name="autoCleanSite"]');
      const status = await popup.waitFor('the switch status', () => {
        const element = document.querySelector<HTMLElement>('.site-toggles [data-outcome]');
        return element && { outcome: element.dataset.outcome, text: element.textContent };
      });
      expect(status).toEqual({ outcome: 'ok', text: message('autoCleanOn') });
    } finally {
      await popup.close();
    }
    const pattern = `http://${new URL(driver.origin).hostname}/*`;
    // One site entry for this host. Its port may be gone: where the grant is new (Firefox, on
    // the shipped manifest), the background's permissions.onAdded reconciler saves the granted
    // pattern's origin, which has no port, in a race with the popup's own save of the page's
    // origin. Both give the same match pattern, which is all the registration uses.
    const sites = (await driver.settings()).autoCleanSites ?? [];
    expect(sites.map((site) => `${new URL(site).protocol}//${new URL(site).hostname}/*`)).toEqual([pattern]);
    expect(await driver.inExtension((origins) => browser.permissions.contains({ origins }), [pattern])).toBe(true);
    // The background registers the auto-clean script for it.
    const matches = async () =>
      driver.inExtension(async () => (await browser.scripting.getRegisteredContentScripts())[0]?.matches ?? []);
    const deadline = Date.now() + 10_000;
    while (!(await matches()).includes(pattern) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
    expect(await matches()).toEqual([pattern]);
  });

  it('removes the inserts on load, keeps every paragraph and counts them on the badge', async () => {
    await page.reload();
    await tidied(page);
    expect(await articleState(page)).toEqual({ paragraphs: PARAGRAPHS, inserts: 0, slots: 0 });
    await badgeIs(page, String(REMOVABLE));
  });

  it('removes an insert the page adds after load', async () => {
    await page.reload();
    await tidied(page);
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
    await page.waitFor('the late insert to go', () => !/baca juga/i.test(document.querySelector('.read__content')?.textContent ?? ''));
    expect((await articleState(page)).paragraphs).toEqual(PARAGRAPHS);
    await badgeIs(page, String(REMOVABLE + 1));
  });

  it('removes an insert added by a page script after load', async () => {
    const late = await driver.newPage('/late/article.html');
    try {
      await late.waitFor('the scripted insert', () => document.documentElement.dataset.lateInserted === '1');
      await late.waitFor('the scripted insert to go', () => document.querySelector('.late-insert') === null);
      expect(await articleState(late)).toEqual({ paragraphs: PARAGRAPHS, inserts: 0, slots: 0 });
    } finally {
      await late.close();
    }
  });

  it('"Show original" in the popup restores the page DOM exactly', async () => {
    await page.reload();
    await tidied(page);
    const popup = await driver.openPopup(page);
    try {
      const label = await popup.waitFor('the tidy switch', () => document.querySelector('[data-action="toggle-tidy"]')?.textContent);
      expect(label).toBe(message('showOriginal'));
      await popup.click('[data-action="toggle-tidy"]');
      const after = await popup.waitFor('the page restored', () => {
        const button = document.querySelector<HTMLElement>('[data-action="toggle-tidy"]');
        return button?.dataset.active === 'false' && button.textContent;
      });
      expect(after).toBe(message('cleanAgain'));
    } finally {
      await popup.close();
    }
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
    await badgeIs(page, '');
  });
});
