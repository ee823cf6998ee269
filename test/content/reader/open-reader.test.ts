// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// What content/reader.js does once the background has injected it (tests of the load: ../extract.test.ts).
import '../../../src/content/reader.ts';
import { openReader } from '../../../src/content/reader/open-reader.ts';
import { currentReader } from '../../../src/content/reader/show-reader.ts';
import { t } from '../../../src/shared/i18n.ts';
import { ARTICLE_URL, loadArticle } from '../article-fixture.ts';
import { fake } from '../fake-browser.ts';

vi.mock('../../../src/shared/browser.ts', async () => ({ browser: (await import('../fake-browser.ts')).fake.browser }));

function larger(): HTMLButtonElement {
  const view = currentReader()!;
  return [...view.root.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === t('readerFontLarger'))!;
}

describe('openReader', () => {
  beforeEach(() => {
    fake.reset({ settings: { schemaVersion: 1, theme: 'sepia', fontSize: 20, width: 'narrow' } });
    window.history.replaceState(null, '', ARTICLE_URL.replace('https://news.contoh.co.id', ''));
    loadArticle();
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });
  afterEach(() => {
    currentReader()?.close();
    vi.restoreAllMocks();
  });

  it('opens with the saved reader settings', async () => {
    expect(await openReader(document)).toEqual({ opened: true });
    const view = currentReader()!;
    expect(view.host.getAttribute('data-theme')).toBe('sepia');
    const pressed = [...view.root.querySelectorAll('button[aria-pressed="true"]')].map((b) => b.textContent);
    expect(pressed).toEqual([t('widthNarrow'), t('themeSepia'), t('fontSerif'), t('lineNormal')]);
  });

  it('saves a control change to the settings', async () => {
    await openReader(document);
    larger().click();
    await vi.waitFor(() => expect(fake.store.settings).toMatchObject({ fontSize: 22, theme: 'sepia' }));
  });

  it('keeps a change for this page when it cannot be saved', async () => {
    vi.spyOn(fake.browser.storage.local, 'set').mockRejectedValue(new Error('Extension context invalidated.'));
    await openReader(document);
    larger().click();
    currentReader()!.close();
    await openReader(document);
    larger().click();
    expect(fake.store.settings).toMatchObject({ fontSize: 20 });
    // 20 → 22 (first view, not saved) → 24 (second view starts from the remembered 22).
    const css = [...currentReader()!.root.querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(css).toContain('--bersih-font-size: 24px');
  });
});
