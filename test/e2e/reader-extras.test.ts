/**
 * The reader view's contents list, print view and typography (issue 16, items 3-5), in each
 * browser: the list appears for an article of 3 headings and not for one of 2, its links move to
 * their heading and mark it current, and it follows the scroll; printing shows the article alone
 * (print media emulated: Playwright's emulateMedia, Firefox's own print simulation) with the
 * page's content hidden, also on a strict-CSP page; the typeface applies there too (the bundled
 * font loads despite `font-src 'none'`), persists across reopening, and stays in step with the
 * options page both ways; and Copy Markdown starts with the contents list when asked to.
 */
import { describe, expect, it } from 'vitest';
import type { TestPage } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';
import { message } from './harness/locale.ts';
import { artifactPath, publishScreenshot } from './harness/suite.ts';
import { until } from './harness/waits.ts';

const driver = useDriver();

const HOST = 'bersih-reader';
const LIST = ['Latar Belakang', 'Rencana Pembangunan', 'Tanggapan Warga'];

/** Opens the reader the way a user does: toolbar popup, "Open reader view". */
async function openFromPopup(page: TestPage): Promise<void> {
  const popup = await driver.openPopup(page);
  try {
    await popup.waitFor('the reader button', () => document.querySelector('[data-action="open-reader"]') !== null);
    await popup.click('[data-action="open-reader"]');
  } finally {
    await popup.close();
  }
  await page.waitFor('the reader overlay', (tag) => document.querySelector(tag) !== null, HOST);
  await driver.inReader(page, '.body', function (this: HTMLElement) {
    return this.innerText.length > 0;
  });
}

async function closeReader(page: TestPage): Promise<void> {
  await page.press('Escape');
  await page.waitFor('the overlay to close', (tag) => document.querySelector(tag) === null, HOST);
}

/** Each contents link: its text, target and `aria-current`. */
function contentsLinks(page: TestPage): Promise<[string, string, string | null][] | undefined> {
  return driver.inReader(page, 'nav.contents', function (this: HTMLElement) {
    return [...this.querySelectorAll('a')].map(
      (a) => [a.textContent ?? '', a.getAttribute('href') ?? '', a.getAttribute('aria-current')] as [string, string, string | null],
    );
  });
}

/** Waits until the contents link marked current is `index` (-1: none). */
async function waitCurrent(page: TestPage, index: number): Promise<void> {
  await until(`contents entry ${index} current`, async () =>
    (await contentsLinks(page))?.findIndex((link) => link[2] === 'location') === index);
}

function toggleState(page: TestPage): Promise<{ expanded: string | null; listHidden: boolean; label: string } | undefined> {
  return driver.inReader(page, 'button.contents-toggle', function (this: HTMLElement) {
    const list = (this.getRootNode() as ShadowRoot).getElementById(this.getAttribute('aria-controls') ?? '');
    return { expanded: this.getAttribute('aria-expanded'), listHidden: list?.hidden ?? true, label: this.textContent ?? '' };
  });
}

function hostAttribute(page: TestPage, name: string): Promise<string | null> {
  return page.evaluate(([tag, attr]) => document.querySelector(tag!)?.getAttribute(attr!) ?? null, [HOST, name]);
}

describe(`reader extras (${driver.name})`, () => {
  it('lists 3 headings in a collapsible list whose links move to the heading and which follows the scroll', async () => {
    const page = await driver.newPage('/pages/sections-3.html');
    try {
      await openFromPopup(page);
      expect(await contentsLinks(page)).toEqual([
        [LIST[0], '#latar-belakang', null],
        [LIST[1], '#rencana-pembangunan', null],
        [LIST[2], '#tanggapan-warga', null],
      ]);

      // A real button, operated from the keyboard; closed to start with in a 1000 px window
      // (the list then sits above the article, not beside it).
      expect(await toggleState(page)).toEqual({ expanded: 'false', listHidden: true, label: message('readerContents') });
      await driver.inReader(page, 'button.contents-toggle', function (this: HTMLElement) {
        this.focus();
      });
      await page.press('Enter');
      expect(await toggleState(page)).toMatchObject({ expanded: 'true', listHidden: false });
      await page.press('Enter');
      expect(await toggleState(page)).toMatchObject({ expanded: 'false', listHidden: true });
      await page.press('Enter');
      expect(await toggleState(page)).toMatchObject({ expanded: 'true', listHidden: false });
      const shot = await artifactPath(`reader-contents-${driver.name}.png`);
      await page.screenshot(shot, { x: 0, y: 0, width: 1000, height: 560 });
      await publishScreenshot(shot, driver.name === 'chromium' ? 'reader-contents.png' : 'reader-contents-firefox.png');

      await driver.inReader(page, 'nav.contents li:nth-child(3) a', function (this: HTMLElement) {
        this.click();
      });
      await waitCurrent(page, 2);
      const landed = await driver.inReader(page, '#tanggapan-warga', function (this: HTMLElement) {
        const dialog = this.closest('.dialog')!;
        const top = this.getBoundingClientRect().top - dialog.getBoundingClientRect().top;
        return { focused: (this.getRootNode() as ShadowRoot).activeElement === this, inView: top >= 0 && top < dialog.clientHeight };
      });
      expect(landed).toEqual({ focused: true, inView: true });
      expect(page.url()).not.toContain('#');

      // Scrolling by hand: above the first heading nothing is current, then the second one is.
      await driver.inReader(page, '.dialog', function (this: HTMLElement) {
        this.scrollTop = 0;
      });
      await waitCurrent(page, -1);
      await driver.inReader(page, '.dialog', function (this: HTMLElement) {
        const heading = this.querySelector('#rencana-pembangunan')!;
        this.scrollTop += heading.getBoundingClientRect().top - this.getBoundingClientRect().top - 120;
      });
      await waitCurrent(page, 1);
      await closeReader(page);
    } finally {
      await page.close();
    }
  });

  it('shows no contents list for an article of 2 headings', async () => {
    const page = await driver.newPage('/pages/sections-2.html');
    try {
      await openFromPopup(page);
      const headings = await driver.inReader(page, '.body', function (this: HTMLElement) {
        return this.querySelectorAll('h2').length;
      });
      expect(headings).toBe(2);
      expect(await driver.inReader(page, 'nav.contents', function (this: HTMLElement) {
        return true;
      })).toBeUndefined();
      await closeReader(page);
    } finally {
      await page.close();
    }
  });

  it('Copy Markdown starts with the contents list when the option is on', async () => {
    await driver.patchSettings({ markdownContents: true });
    const page = await driver.newPage('/pages/sections-3.html');
    try {
      const popup = await driver.openPopup(page);
      try {
        await popup.waitFor('the article', () => document.querySelector('.article-title') !== null);
        await popup.click('[data-action="copy-markdown"]');
        await popup.waitFor('the copy status', () => document.querySelector<HTMLElement>('.copy-status')?.dataset.outcome === 'ok');
      } finally {
        await popup.close();
      }
      const pasted = await page.pasteClipboard();
      const list = '- [Latar Belakang](#latar-belakang)\n- [Rencana Pembangunan](#rencana-pembangunan)\n- [Tanggapan Warga](#tanggapan-warga)';
      expect(pasted.startsWith(`# Taman Baru di Tepi Sungai\n\n${list}\n\n`), pasted.slice(0, 200)).toBe(true);
      expect(pasted).toContain('\n## Tanggapan Warga\n');
    } finally {
      await page.close();
      await driver.patchSettings({ markdownContents: false });
    }
  });

  it('prints the article alone on a strict-CSP page: no toolbar, no list, no page content', async () => {
    const page = await driver.newPage('/csp/sections-3.html');
    try {
      await openFromPopup(page);
      const layout = (): Promise<Record<string, string> | undefined> =>
        driver.inReader(page, '.dialog', function (this: HTMLElement) {
          const root = this.getRootNode() as ShadowRoot;
          const css = (selector: string, pseudo?: string): CSSStyleDeclaration =>
            getComputedStyle(root.querySelector(selector)!, pseudo);
          return {
            toolbar: css('.toolbar').display,
            contents: css('nav.contents').display,
            host: getComputedStyle(root.host).position,
            overflow: getComputedStyle(this).overflowY,
            image: css('.body img').maxWidth,
            linkAfter: css('.body a[href^="http"]', '::after').content,
            pageBody: getComputedStyle(document.body).display,
            text: css('.body p').color,
          };
        });
      const screen = (await layout())!;
      expect(screen).toMatchObject({ toolbar: 'flex', host: 'fixed', overflow: 'auto' });
      expect(screen.contents).not.toBe('none');
      expect(screen.pageBody).not.toBe('none');

      await page.emulatePrint(true);
      try {
        expect(await layout()).toEqual({
          toolbar: 'none', contents: 'none', host: 'static', overflow: 'visible', image: '100%', linkAfter: 'none', pageBody: 'none',
          text: 'rgb(0, 0, 0)',
        });
        // Link addresses, when asked for in the options; black on white paper whatever the theme.
        await driver.patchSettings({ printLinks: true, theme: 'dark' });
        await page.waitFor('the reader to follow printLinks', ([tag]) => document.querySelector(tag!)?.getAttribute('data-print-links') === 'true', [HOST]);
        const printed = (await layout())!;
        expect(printed.linkAfter).not.toBe('none');
        expect(printed.linkAfter).toMatch(/berita\.example\/kota\/taman|attr\(href\)/);
        expect(printed.text).toBe('rgb(0, 0, 0)');
      } finally {
        await page.emulatePrint(false);
        await driver.patchSettings({ printLinks: false, theme: 'auto' });
      }
      expect(await layout()).toMatchObject({ toolbar: 'flex', host: 'fixed' });

      // Ctrl+P and the Print button: between beforeprint and afterprint the body is hidden
      // through the CSSOM, which no CSP governs.
      expect(await page.evaluate(() => {
        window.dispatchEvent(new Event('beforeprint'));
        return document.body.style.getPropertyValue('display');
      })).toBe('none');
      expect(await page.evaluate(() => {
        window.dispatchEvent(new Event('afterprint'));
        return document.body.style.getPropertyValue('display');
      })).toBe('');
      expect(await driver.inReader(page, 'button.print', function (this: HTMLElement) {
        return this.textContent;
      })).toBe(message('readerPrint'));
      await closeReader(page);
    } finally {
      await page.close();
    }
  });

  it('applies a typeface on a strict-CSP page, keeps it on reopening, and stays in step with the options page', async () => {
    const page = await driver.newPage('/csp/sections-3.html');
    try {
      await openFromPopup(page);
      for (const selector of ['button[data-font="dyslexic"]', 'button[data-line-height="loose"]']) {
        await driver.inReader(page, selector, function (this: HTMLElement) {
          this.click();
        });
      }
      const typography = (): Promise<{ family: string; ratio: number } | undefined> =>
        driver.inReader(page, '.dialog', function (this: HTMLElement) {
          const style = getComputedStyle(this);
          return { family: style.fontFamily, ratio: Math.round((parseFloat(style.lineHeight) / parseFloat(style.fontSize)) * 10) / 10 };
        });
      // The choice is applied once it has been saved (a storage round trip): Firefox can take a
      // moment longer than the clicks.
      const applied = await until('the typeface and the loose spacing', async () => {
        const now = await typography();
        return now?.ratio === 1.9 && now.family.includes('Bersih OpenDyslexic') ? now : null;
      }).catch(() => typography());
      expect(applied).toEqual({ family: expect.stringMatching(/^"?Bersih OpenDyslexic"?,/), ratio: 1.9 });
      // The bundled face arrives despite `default-src 'none'` (it is loaded from bytes, not a URL).
      await page.waitFor('the bundled font', () =>
        [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Bersih OpenDyslexic' && face.status === 'loaded'),
      );
      await until('the stored choice', async () => {
        const stored = await driver.settings();
        return stored.font === 'dyslexic' && stored.lineHeight === 'loose';
      });

      await closeReader(page);
      await openFromPopup(page);
      expect(await hostAttribute(page, 'data-font')).toBe('dyslexic');
      expect(await driver.inReader(page, 'button[data-font="dyslexic"]', function (this: HTMLElement) {
        return this.getAttribute('aria-pressed');
      })).toBe('true');

      const options = await driver.openExtensionPage('options/options.html');
      try {
        await options.waitFor('the options form', () => (document.querySelector('select[name="font"]') as HTMLSelectElement | null)?.value === 'dyslexic');
        // Reader → options page, live.
        await driver.inReader(page, 'button[data-line-height="compact"]', function (this: HTMLElement) {
          this.click();
        });
        await options.waitFor('the options page to follow the reader', () =>
          (document.querySelector('select[name="lineHeight"]') as HTMLSelectElement).value === 'compact');
        // Options page → reader, live.
        await options.evaluate(() => {
          (document.querySelector('select[name="font"]') as HTMLSelectElement).value = 'sans';
        });
        await options.click('#settings button[type="submit"]');
        await page.waitFor('the reader to follow the options page', ([tag]) => document.querySelector(tag!)?.getAttribute('data-font') === 'sans', [HOST]);
        expect((await typography())!.family).toMatch(/^system-ui,/);
        expect(await driver.settings()).toMatchObject({ font: 'sans', lineHeight: 'compact' });
      } finally {
        await options.close();
        await driver.patchSettings({ font: 'serif', lineHeight: 'normal' });
      }
      await closeReader(page);
    } finally {
      await page.close();
    }
  });
});
