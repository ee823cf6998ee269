// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentHeadingIndex } from '../../../src/content/reader/contents-list.ts';
import { guardPrint, PRINT_CSS } from '../../../src/content/reader/print.ts';
import { openReaderView, type ReaderView } from '../../../src/content/reader/reader-view.ts';
import type { ReaderPrefs } from '../../../src/content/reader/reader-prefs.ts';
import { prefsCss } from '../../../src/content/reader/reader-css.ts';
import { DYSLEXIC_FAMILY, FONT_STACKS, LINE_HEIGHT_VALUES } from '../../../src/content/reader/typography.ts';
import type { CleanResult } from '../../../src/core/types.ts';
import { t } from '../../../src/shared/i18n.ts';

vi.mock('../../../src/shared/browser.ts', async () => ({ browser: (await import('../fake-browser.ts')).fake.browser }));

const PREFS: ReaderPrefs = { theme: 'auto', fontSize: 18, width: 'medium', font: 'serif', lineHeight: 'normal', printLinks: false };

function article(html: string): CleanResult {
  return {
    title: 'Banjir Rendam Jakarta', byline: null, siteName: null, lang: 'id', publishedTime: null, excerpt: null,
    html, text: '', markdown: '', wordCount: 400, readingMinutes: 3, removed: [], readerable: true, notArticle: null,
  };
}

const THREE = '<h2>Latar Belakang</h2><p>Satu.</p><h3>Data Baru</h3><p>Dua.</p><h2>Bersih-bersih</h2><p>Tiga.</p>';

describe('reader contents list', () => {
  let view: ReaderView | null = null;
  beforeEach(() => {
    document.body.replaceChildren();
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });
  afterEach(() => {
    view?.close();
    view = null;
    vi.restoreAllMocks();
  });

  it('lists 3 headings with links to ids set on the reader’s copy only', () => {
    document.body.innerHTML = '<h2 class="page">Latar Belakang</h2>';
    view = openReaderView(document, article(THREE), { prefs: PREFS });
    const nav = view.root.querySelector('nav.contents')!;
    expect(nav).not.toBeNull();
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Latar Belakang', '#latar-belakang'],
      ['Data Baru', '#data-baru'],
      ['Bersih-bersih', '#bersih-bersih'],
    ]);
    expect(links.map((a) => a.parentElement!.dataset.depth)).toEqual(['0', '1', '0']);
    expect(view.root.getElementById('data-baru')?.localName).toBe('h3');
    expect(document.querySelector('.page')!.hasAttribute('id')).toBe(false);
  });

  it('has no list for 2 headings', () => {
    view = openReaderView(document, article('<h2>A</h2><p>x</p><h2>B</h2><p>y</p>'), { prefs: PREFS });
    expect(view.root.querySelector('nav.contents')).toBeNull();
    expect(view.root.getElementById('a')).toBeNull();
  });

  it('collapses and expands with a real button that reports aria-expanded', () => {
    view = openReaderView(document, article(THREE), { prefs: PREFS });
    const toggle = view.root.querySelector<HTMLButtonElement>('button.contents-toggle')!;
    const list = view.root.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.textContent).toBe(t('readerContents'));
    const open = toggle.getAttribute('aria-expanded') === 'true';
    expect(list.hidden).toBe(!open);
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe(String(!open));
    expect(list.hidden).toBe(open);
  });

  it('a link moves focus to its heading and marks it current, without touching the page address', () => {
    const before = window.location.href;
    view = openReaderView(document, article(THREE), { prefs: PREFS });
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const links = [...view.root.querySelectorAll<HTMLAnchorElement>('nav.contents a')];
    links[1]!.click();
    const heading = view.root.getElementById('data-baru')!;
    expect(scrolled).toHaveBeenCalledOnce();
    expect(view.root.activeElement).toBe(heading);
    expect(heading.tabIndex).toBe(-1);
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([null, 'location', null]);
    links[2]!.click();
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([null, null, 'location']);
    expect(window.location.href).toBe(before);
    delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
  });

  it('the heading being read is the last one above the reading line', () => {
    expect(currentHeadingIndex([50, 400, 900], 200)).toBe(0);
    expect(currentHeadingIndex([-700, -100, 150], 200)).toBe(2);
    expect(currentHeadingIndex([300, 600], 200)).toBe(-1);
    expect(currentHeadingIndex([], 200)).toBe(-1);
  });
});

describe('reader print', () => {
  afterEach(() => vi.restoreAllMocks());

  it('the Print button calls window.print', () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const view = openReaderView(document, article(THREE), { prefs: PREFS });
    view.root.querySelector<HTMLButtonElement>('button.print')!.click();
    expect(print).toHaveBeenCalledOnce();
    view.close();
  });

  it('hides the page’s body between beforeprint and afterprint, and restores its own style', () => {
    document.body.style.setProperty('display', 'flex');
    const unguard = guardPrint(document);
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.body.style.getPropertyValue('display')).toBe('none');
    expect(document.body.style.getPropertyPriority('display')).toBe('important');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body.style.getPropertyValue('display')).toBe('flex');
    window.dispatchEvent(new Event('beforeprint'));
    unguard();
    expect(document.body.style.getPropertyValue('display')).toBe('flex');
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.body.style.getPropertyValue('display')).toBe('flex');
    document.body.style.removeProperty('display');
  });

  it('prints the article alone, images within the page, link addresses on request', () => {
    expect(PRINT_CSS).toMatch(/@media print/);
    expect(PRINT_CSS).toMatch(/\.toolbar, \.contents \{ display: none !important; \}/);
    expect(PRINT_CSS).toMatch(/\.body img[^{]*\{ max-width: 100% !important/);
    expect(PRINT_CSS).toMatch(/:host\(\[data-print-links="true"\]\) \.body a\[href\^="http"\]::after/);
  });
});

describe('reader typography', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sets the typeface and line spacing as custom properties', () => {
    const css = prefsCss({ ...PREFS, font: 'dyslexic', lineHeight: 'loose' });
    expect(css).toContain(`--bersih-font: ${FONT_STACKS.dyslexic};`);
    expect(css).toContain(`--bersih-line-height: ${LINE_HEIGHT_VALUES.loose};`);
    expect(FONT_STACKS.dyslexic.startsWith(`"${DYSLEXIC_FAMILY}"`)).toBe(true);
    expect(FONT_STACKS.dyslexic).toMatch(/sans-serif$/);
  });

  it('toolbar choices apply, report the change, and setPrefs shows a change from elsewhere silently', () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const onPrefsChange = vi.fn();
    const fontSource = vi.fn(() => Promise.reject(new Error('no font in jsdom')));
    const view = openReaderView(document, article(THREE), { prefs: PREFS, onPrefsChange, fontSource });
    const pressed = (): string[] =>
      [...view.root.querySelectorAll('button[aria-pressed="true"]')].map((b) => b.textContent ?? '');
    view.root.querySelector<HTMLButtonElement>('button[data-font="dyslexic"]')!.click();
    view.root.querySelector<HTMLButtonElement>('button[data-line-height="loose"]')!.click();
    expect(onPrefsChange).toHaveBeenLastCalledWith({ ...PREFS, font: 'dyslexic', lineHeight: 'loose' });
    expect(view.host.getAttribute('data-font')).toBe('dyslexic');
    expect(pressed()).toEqual(expect.arrayContaining([t('fontDyslexic'), t('lineLoose')]));
    onPrefsChange.mockClear();
    view.setPrefs({ ...PREFS, font: 'sans', printLinks: true });
    expect(onPrefsChange).not.toHaveBeenCalled();
    expect(view.host.getAttribute('data-font')).toBe('sans');
    expect(view.host.getAttribute('data-print-links')).toBe('true');
    expect(pressed()).toEqual(expect.arrayContaining([t('fontSans'), t('lineNormal')]));
    view.close();
  });
});
