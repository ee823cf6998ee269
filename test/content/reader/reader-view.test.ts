// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CleanResult } from '../../../src/core/types.ts';
import { openReaderView, type ReaderView } from '../../../src/content/reader/reader-view.ts';
import { LOCK_ATTRIBUTE } from '../../../src/content/reader/scroll-lock.ts';
import type { ReaderPrefs } from '../../../src/content/reader/reader-prefs.ts';
import { t } from '../../../src/shared/i18n.ts';

vi.mock('../../../src/shared/browser.ts', async () => ({ browser: (await import('../fake-browser.ts')).fake.browser }));

const HOSTILE_HTML = [
  '<div><p>Paragraf pertama yang aman <img src="https://img.contoh.co.id/a.jpg" onerror="alert(1)" alt="foto"></p>',
  '<script>window.pwned = true</script>',
  '<p onclick="alert(2)"><a href="javascript:alert(3)">tautan jahat</a> dan <a href="https://contoh.co.id/x">tautan baik</a></p>',
  '<iframe src="https://evil.example/"></iframe><style>body{display:none}</style>',
  '<svg><script>alert(4)</script></svg><form action="https://evil.example"><button>kirim</button></form></div>',
].join('');

function article(overrides: Partial<CleanResult> = {}): CleanResult {
  return {
    title: 'Banjir Rendam Jakarta',
    byline: 'Rina Wijaya',
    siteName: 'Contoh News',
    lang: 'id',
    publishedTime: '2024-05-12T08:00:00+07:00',
    excerpt: null,
    html: HOSTILE_HTML,
    text: '',
    markdown: '',
    wordCount: 400,
    readingMinutes: 3,
    removed: [],
    readerable: true,
    notArticle: null,
    ...overrides,
  };
}

const PREFS: ReaderPrefs = { theme: 'auto', fontSize: 18, width: 'medium', font: 'serif', lineHeight: 'normal', printLinks: false };

function buttonLabelled(view: ReaderView, label: string): HTMLButtonElement {
  const found = [...view.root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === label,
  );
  if (!found) throw new Error(`no button labelled ${label}`);
  return found;
}

function press(target: EventTarget, key: string, shiftKey = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

describe('reader view', () => {
  let view: ReaderView | null = null;
  let pageButton: HTMLButtonElement;

  beforeEach(() => {
    document.body.replaceChildren();
    pageButton = document.createElement('button');
    pageButton.textContent = 'page button';
    document.body.append(pageButton);
    pageButton.focus();
    // jsdom does not implement scrolling; the Esc test checks the calls.
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });
  afterEach(() => {
    view?.close();
    view = null;
    vi.restoreAllMocks();
  });

  it('opens a labelled modal dialog in a shadow root on <html> and moves focus into it', () => {
    view = openReaderView(document, article(), { prefs: PREFS });
    expect(view.host.parentNode).toBe(document.documentElement);
    expect(view.host.shadowRoot).toBeNull(); // closed: page scripts cannot reach in
    const dialog = view.root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = view.root.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Banjir Rendam Jakarta');
    expect(view.root.activeElement).toBe(dialog);
    expect(document.activeElement).toBe(view.host);
    expect(document.documentElement.hasAttribute(LOCK_ATTRIBUTE)).toBe(true);
    expect(document.body.hasAttribute('inert')).toBe(true);
  });

  it('shows site, byline, date and reading time', () => {
    view = openReaderView(document, article(), { prefs: PREFS });
    expect(view.root.querySelector('.site')!.textContent).toBe('Contoh News');
    const meta = view.root.querySelector('.meta')!.textContent!;
    expect(meta).toContain('Rina Wijaya');
    expect(meta).toContain('2024');
    expect(meta).toContain(t('readingTime_other', 3));
    expect(view.root.querySelector('article')!.lang).toBe('id');
  });

  it('renders only sanitised content from hostile article HTML', () => {
    view = openReaderView(document, article(), { prefs: PREFS });
    const body = view.root.querySelector('.body')!;
    expect(body.textContent).toContain('Paragraf pertama yang aman');
    expect(body.querySelector('a[href="https://contoh.co.id/x"]')).not.toBeNull();
    expect(body.querySelector('img')!.getAttribute('src')).toBe('https://img.contoh.co.id/a.jpg');
    expect(body.querySelectorAll('script, iframe, style, svg, form, button')).toHaveLength(0);
    for (const el of body.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on')).toBe(false);
        expect(attr.value.toLowerCase()).not.toContain('javascript:');
      }
    }
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('Esc closes it, restores the scroll position exactly and gives focus back', () => {
    Object.defineProperty(window, 'scrollX', { value: 0, configurable: true });
    Object.defineProperty(window, 'scrollY', { value: 1234, configurable: true });
    const scrollTo = vi.mocked(window.scrollTo);
    const onClose = vi.fn();
    view = openReaderView(document, article(), { prefs: PREFS, onClose });
    const host = view.host;

    const event = press(view.root.querySelector('.dialog')!, 'Escape');
    expect(event.defaultPrevented).toBe(true);
    expect(host.isConnected).toBe(false);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(scrollTo).toHaveBeenCalledWith({ left: 0, top: 1234, behavior: 'instant' });
    expect(document.documentElement.hasAttribute(LOCK_ATTRIBUTE)).toBe(false);
    expect(document.body.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(pageButton);

    // Closing twice is harmless, and Esc no longer does anything.
    view.close();
    press(document.body, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('the close button closes it', () => {
    const onClose = vi.fn();
    view = openReaderView(document, article(), { prefs: PREFS, onClose });
    buttonLabelled(view, t('readerClose')).click();
    expect(view.host.isConnected).toBe(false);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab inside the dialog', () => {
    view = openReaderView(document, article(), { prefs: PREFS });
    const buttons = [...view.root.querySelectorAll('button')];
    const links = [...view.root.querySelectorAll('a[href]')] as HTMLElement[];
    const last = links[links.length - 1] ?? buttons[buttons.length - 1]!;
    last.focus();
    expect(press(last, 'Tab').defaultPrevented).toBe(true);
    expect(view.root.activeElement).toBe(buttons[0]);
    expect(press(buttons[0]!, 'Tab', true).defaultPrevented).toBe(true);
    expect(view.root.activeElement).toBe(last);
  });

  it('keys typed in the overlay do not reach the page', () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    view = openReaderView(document, article(), { prefs: PREFS });
    press(view.root.querySelector('.dialog')!, 'j');
    document.removeEventListener('keydown', pageKeys);
    expect(pageKeys).not.toHaveBeenCalled();
  });

  it('text size, width and theme controls apply and report the new preferences', () => {
    const onPrefsChange = vi.fn();
    view = openReaderView(document, article(), { prefs: PREFS, onPrefsChange });
    buttonLabelled(view, t('readerFontLarger')).click();
    expect(onPrefsChange).toHaveBeenLastCalledWith({ ...PREFS, theme: 'auto', fontSize: 20, width: 'medium' });
    buttonLabelled(view, t('themeDark')).click();
    expect(view.host.getAttribute('data-theme')).toBe('dark');
    expect(buttonLabelled(view, t('themeDark')).getAttribute('aria-pressed')).toBe('true');
    buttonLabelled(view, t('widthWide')).click();
    expect(onPrefsChange).toHaveBeenLastCalledWith({ ...PREFS, theme: 'dark', fontSize: 20, width: 'wide' });
    expect(buttonLabelled(view, t('widthMedium')).getAttribute('aria-pressed')).toBe('false');
  });

  it('text size stops at the allowed range', () => {
    const onPrefsChange = vi.fn();
    view = openReaderView(document, article(), { prefs: { ...PREFS, fontSize: 28 }, onPrefsChange });
    const larger = buttonLabelled(view, t('readerFontLarger'));
    expect(larger.getAttribute('aria-disabled')).toBe('true');
    larger.click();
    expect(onPrefsChange).toHaveBeenLastCalledWith({ ...PREFS, fontSize: 28 });
  });
});

describe('reader view styles', () => {
  const adopted = new WeakMap<object, CSSStyleSheet[]>();
  const descriptor = {
    configurable: true,
    get(this: object) {
      if (!adopted.has(this)) adopted.set(this, []);
      return adopted.get(this);
    },
    set(this: object, value: CSSStyleSheet[]) {
      adopted.set(this, value);
    },
  };

  beforeEach(() => {
    // What Chromium and Firefox have and jsdom lacks: adoptable constructed stylesheets.
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', descriptor);
    Object.defineProperty(Document.prototype, 'adoptedStyleSheets', descriptor);
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });
  afterEach(() => {
    delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    delete (Document.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    vi.restoreAllMocks();
  });

  it('uses constructed stylesheets, so a strict page CSP cannot block them, and cleans up', () => {
    const view = openReaderView(document, article(), { prefs: PREFS });
    expect(view.root.querySelectorAll('style')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    const sheets = view.root.adoptedStyleSheets;
    expect(sheets.length).toBe(2);
    const css = sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
    expect(css).toContain('--bersih-font-size: 18px');
    // The scroll lock's and the print guard's page-level rules.
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(view.root.querySelector('[style]')).toBeNull();

    buttonLabelled(view, t('readerFontLarger')).click();
    const prefsRules = [...sheets[1]!.cssRules].map((rule) => rule.cssText).join('');
    expect(prefsRules).toContain('--bersih-font-size: 20px');

    view.close();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
