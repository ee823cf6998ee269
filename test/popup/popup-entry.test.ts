// @vitest-environment jsdom
/** The popup wired to a (fake) browser: each state a user can meet, end to end within the page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { article } from './article-fixture.ts';
import type { ExtractResponse, TidyStatus } from '../../src/shared/messages.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const POPUP_HTML = readFileSync(join(import.meta.dirname, '../../src/popup/popup.html'), 'utf8');
const URL_OK = 'https://kabar.example/berita/1';

interface TabAnswers {
  extract?: ExtractResponse;
  extractSelection?: ExtractResponse;
  tidyStatus?: TidyStatus | null;
}

type FakeModule = typeof import('../shared/fake-browser.ts');
/** The fake API of the popup loaded last (module state is fresh per popup). */
let browser: FakeModule['browser'];

/**
 * Opens the popup for a tab at `url` whose content scripts give `answers`. Modules are reset so
 * the popup's top-level code runs again.
 */
async function openPopup(
  url: string | undefined,
  answers: TabAnswers = {},
  setup: (fake: FakeModule) => void = () => {},
  /** Run popup.html's boot script first, as the browser does (it is not run by DOMParser). */
  boot = false,
): Promise<void> {
  vi.resetModules();
  // The popup's own view of the seam: after a module reset the mocked seam, not a fresh import
  // of the fake, is the instance the popup will use.
  const fakeModule = (await import('../../src/shared/browser.ts')) as unknown as FakeModule;
  fakeModule.fake.reset();
  setup(fakeModule);
  browser = fakeModule.browser;
  browser.tabs.query.mockResolvedValue([{ id: 7, url, active: true }]);
  browser.tabs.sendMessage.mockImplementation(async (...args: unknown[]) => {
    const message = args[1] as { type: keyof TabAnswers | 'setTidyActive' | 'openReader' };
    if (message.type === 'setTidyActive') return { active: false, removed: [] };
    if (message.type === 'openReader') return { opened: true };
    return answers[message.type];
  });
  document.documentElement.replaceWith(
    document.importNode(new DOMParser().parseFromString(POPUP_HTML, 'text/html').documentElement, true),
  );
  if (boot) window.__bersihPopupStart = (await import('../../src/popup/start-extraction.ts')).startExtraction();
  await import('../../src/popup/popup.ts');
}

/** Waits for the popup to get there; generous, as a loaded CI machine is slow (not a speed test). */
function until(check: () => void): Promise<void> {
  return vi.waitFor(check, { timeout: 10_000, interval: 20 });
}

function stateShown(): string | undefined {
  return document.querySelector<HTMLElement>('#status [data-state]')?.dataset.state;
}

describe('popup', () => {
  it('shows the cleaned article with its summary and actions', async () => {
    const removed = [{ rule: 'id-baca-juga', category: 'related' as const, reason: 'Baca Juga', text: 'Baca juga: x' }];
    await openPopup(URL_OK, { extract: { ok: true, article: article({ removed }) } });
    await until(() => expect(document.querySelector('.article-title')).not.toBeNull());
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content/extract.js', '/content/extract-now.js'] });
    expect(document.querySelector('.removals summary')?.textContent).toBe('Removed 1 “Read also” insert.');
    expect(document.querySelectorAll('.actions button')).toHaveLength(4);
    expect(document.querySelector('#status')?.textContent).toBe('Cleaned article ready: Banjir Rob Genangi Pesisir Utara Jakarta');
    expect(document.querySelector('#content')?.hasAttribute('aria-live')).toBe(false);
    // The site switches come once the article is painted.
    await until(() => expect(document.querySelector('#site input[name="autoCleanSite"]')).not.toBeNull());
    expect(document.querySelector('#tidy')?.childElementCount).toBe(0);
  });

  it('takes up the extraction its boot script started: one injection, one extract', async () => {
    await openPopup(URL_OK, { extract: { ok: true, article: article() } }, () => {}, true);
    await until(() => expect(document.querySelector('.article-title')).not.toBeNull());
    expect(window.__bersihPopupStart).toBeUndefined();
    expect(browser.scripting.executeScript).toHaveBeenCalledTimes(1);
    const extracts = (browser.tabs.sendMessage.mock.calls as unknown[][]).filter((call) => (call[1] as { type: string }).type === 'extract');
    expect(extracts).toEqual([[7, { type: 'extract' }, { frameId: 0 }]]);
  });

  it('takes the article the injection itself returns, with no extract message', async () => {
    const cleaned = article();
    await openPopup(URL_OK, {}, ({ browser: b }) => {
      // The auto-clean state is asked for beside the extraction, not after it: the injection
      // answers only once it has been asked.
      b.scripting.executeScript.mockImplementationOnce(async () => {
        await vi.waitFor(() => expect(b.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'tidyStatus' }, { frameId: 0 }), { timeout: 2000 });
        return [{ frameId: 0, result: { ok: true, article: cleaned } }] as never;
      });
    });
    await until(() => expect(document.querySelector('.article-title')?.textContent).toBe(cleaned.title));
    const types = (browser.tabs.sendMessage.mock.calls as unknown[][]).map((call) => (call[1] as { type: string }).type);
    expect(types).not.toContain('extract');
  });

  describe("opened by Chrome's toolbar click, which started the extraction (?tab=N)", () => {
    const opened = (search: string): void => window.history.replaceState(null, '', `${window.location.pathname}${search}`);
    afterEach(() => opened(''));

    it("waits for the popup's own load before the article goes in (its images would hold the load, and Chrome shows a popup once loaded)", async () => {
      opened('?tab=7');
      Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
      try {
        await openPopup(URL_OK, {}, ({ browser: b }) => {
          b.runtime.sendMessage.mockResolvedValue({ answer: { ok: true, article: article() } });
        });
        await until(() => expect(browser.runtime.sendMessage).toHaveBeenCalled());
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(document.querySelector('.article-title')).toBeNull();
      } finally {
        delete (document as { readyState?: string }).readyState;
      }
      window.dispatchEvent(new Event('load'));
      await until(() => expect(document.querySelector('.article-title')).not.toBeNull());
    });

    it('reads the tab from the address, and nothing else', async () => {
      const { preparedTab } = await import('../../src/popup/start-extraction.ts');
      expect(preparedTab('?tab=12')).toBe(12);
      for (const search of ['', '?tab=', '?tab=-1', '?tab=1e3', '?tab=abc', '?other=3']) expect(preparedTab(search)).toBeUndefined();
    });

    it('takes the answer from the background and injects nothing', async () => {
      const cleaned = article();
      opened('?tab=7');
      await openPopup(URL_OK, {}, ({ browser: b }) => {
        b.runtime.sendMessage.mockResolvedValue({ answer: { ok: true, article: cleaned } });
      });
      await until(() => expect(document.querySelector('.article-title')?.textContent).toBe(cleaned.title));
      expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'takePrepared', tabId: 7 });
      expect(browser.scripting.executeScript).not.toHaveBeenCalled();
      expect(performance.getEntriesByName('bersih:prepared').length).toBeGreaterThan(0);
    });

    it('injects the extractor itself when the background has no answer, or its injection failed', async () => {
      for (const kept of [null, { error: 'Cannot access contents of the page' }]) {
        opened('?tab=7');
        await openPopup(URL_OK, { extract: { ok: true, article: article() } }, ({ browser: b }) => {
          b.runtime.sendMessage.mockResolvedValue(kept);
        });
        await until(() => expect(document.querySelector('.article-title')).not.toBeNull());
        expect(browser.scripting.executeScript).toHaveBeenCalledTimes(1);
      }
    });

    it("ignores another tab's answer: the active tab is the one it shows", async () => {
      opened('?tab=9');
      await openPopup(URL_OK, { extract: { ok: true, article: article() } }, ({ browser: b }) => {
        b.runtime.sendMessage.mockResolvedValue({ answer: { ok: false, reason: 'no-article' } });
      });
      await until(() => expect(document.querySelector('.article-title')).not.toBeNull());
      expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content/extract.js', '/content/extract-now.js'] });
    });
  });

  it('asks with a message when the injection returns no answer (the extractor did not give one)', async () => {
    await openPopup(URL_OK, { extract: { ok: true, article: article() } }, ({ browser: b }) => {
      b.scripting.executeScript.mockResolvedValueOnce([{ frameId: 0, result: null }] as never);
    });
    await until(() => expect(document.querySelector('.article-title')).not.toBeNull());
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'extract' }, { frameId: 0 });
  });

  it('explains a forbidden page without touching it', async () => {
    await openPopup('chrome://settings/');
    await until(() => expect(stateShown()).toBe('forbidden'));
    expect(document.querySelector('.state-message')?.textContent).toBe(
      'Browsers don’t let extensions work on their own pages, such as settings or a new tab.',
    );
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
    expect(document.querySelector('#site')?.childElementCount).toBe(0);
  });

  it('asks for file access on file pages when it is off', async () => {
    await openPopup('file:///home/me/berita.html');
    await until(() => expect(stateShown()).toBe('file-access'));
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('works on file pages once file access is on, without auto-clean switches', async () => {
    await openPopup('file:///home/me/berita.html', { extract: { ok: true, article: article() } }, (m) => m.setFileAccess(true));
    await until(() => expect(document.querySelector('.article-title')).not.toBeNull());
    expect(document.querySelector('#site')?.childElementCount).toBe(0);
  });

  it('offers the selection when no article is found, then uses it', async () => {
    await openPopup(URL_OK, {
      extract: { ok: false, reason: 'no-article' },
      extractSelection: { ok: true, article: article({ title: 'Pilihan saya' }) },
    });
    await until(() => expect(stateShown()).toBe('no-article'));
    document.querySelector<HTMLButtonElement>('[data-action="use-selection"]')?.click();
    await until(() => expect(document.querySelector('.article-title')?.textContent).toBe('Pilihan saya'));
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'extractSelection' }, { frameId: 0 });
  });

  it('says a page does not look like an article, then shows it anyway or uses the selection', async () => {
    const notArticle = { kind: 'section' as const, reason: 'the address (/news) names a section' };
    await openPopup(URL_OK, {
      extract: { ok: true, article: article({ notArticle }) },
      extractSelection: { ok: true, article: article({ title: 'Pilihan saya' }) },
    });
    await until(() => expect(stateShown()).toBe('not-article'));
    expect(document.querySelector('.article-title')).toBeNull();
    document.querySelector<HTMLButtonElement>('[data-action="show-anyway"]')?.click();
    await until(() => expect(document.querySelector('.article-title')?.textContent).toBe('Banjir Rob Genangi Pesisir Utara Jakarta'));
    expect(stateShown()).toBeUndefined();

    await openPopup(URL_OK, {
      extract: { ok: true, article: article({ notArticle }) },
      extractSelection: { ok: true, article: article({ title: 'Pilihan saya' }) },
    });
    await until(() => expect(stateShown()).toBe('not-article'));
    document.querySelector<HTMLButtonElement>('[data-action="use-selection"]')?.click();
    await until(() => expect(document.querySelector('.article-title')?.textContent).toBe('Pilihan saya'));
  });

  it('says when nothing is selected', async () => {
    await openPopup(URL_OK, { extract: { ok: false, reason: 'no-article' }, extractSelection: { ok: false, reason: 'no-article' } });
    await until(() => expect(stateShown()).toBe('no-article'));
    document.querySelector<HTMLButtonElement>('[data-action="use-selection"]')?.click();
    await until(() => expect(stateShown()).toBe('no-selection'));
  });

  it('keeps the article when the settings cannot be read, and says so where the site switches go', async () => {
    await openPopup(URL_OK, { extract: { ok: true, article: article() } }, ({ browser: b }) => {
      b.storage.local.get.mockRejectedValue(new Error('storage unavailable'));
    });
    await until(() => expect(document.querySelector('#site [data-state="error"]')).not.toBeNull());
    expect(document.querySelector('.article-title')).not.toBeNull();
    expect(document.querySelector('#site .state-message')?.textContent).toBe('Something went wrong: storage unavailable');
  });

  it('shows injection errors with their reason', async () => {
    await openPopup(URL_OK, {}, ({ browser: b }) => {
      b.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    });
    await until(() => expect(stateShown()).toBe('error'));
    expect(document.querySelector('.state-message')?.textContent).toBe('Something went wrong: Cannot access contents of the page.');
  });

  it('shows an injection error that the browser reported in the result instead of rejecting', async () => {
    // Firefox's way (issue 13): the call resolves, and the failure is in the result's `error`.
    await openPopup(URL_OK, {}, ({ browser: b }) => {
      b.scripting.executeScript.mockResolvedValueOnce([{ frameId: 0, error: new Error('Unable to load script') }] as never);
    });
    await until(() => expect(stateShown()).toBe('error'));
    expect(document.querySelector('.state-message')?.textContent).toBe(
      'Something went wrong: Could not run /content/extract.js in the page: Unable to load script',
    );
    expect(browser.tabs.sendMessage).not.toHaveBeenCalledWith(7, { type: 'extract' }, { frameId: 0 });
  });

  it('says when cleaning took too long, and "Try anyway" runs it again without the budget', async () => {
    await openPopup(URL_OK, { extract: { ok: false, reason: 'timed-out', ms: 4012 } });
    await until(() => expect(stateShown()).toBe('timed-out'));
    expect(document.querySelector('.state-message')?.textContent).toBe(
      'Cleaning this page took too long, so Bersih stopped to keep the tab responsive.',
    );
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'extract' }, { frameId: 0 });
    browser.tabs.sendMessage.mockImplementation(async (...args: unknown[]) => {
      const message = args[1] as { type: string; unbounded?: boolean };
      if (message.type === 'extract' && message.unbounded) return { ok: true, article: article({ title: 'Akhirnya' }) };
      return undefined;
    });
    document.querySelector<HTMLButtonElement>('[data-action="try-anyway"]')?.click();
    await until(() => expect(document.querySelector('.article-title')?.textContent).toBe('Akhirnya'));
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'extract', unbounded: true }, { frameId: 0 });
  });

  it('shows pages that are too large and extraction errors', async () => {
    await openPopup(URL_OK, { extract: { ok: false, reason: 'too-large', bytes: 25_000_000 } });
    await until(() => expect(stateShown()).toBe('too-large'));
    await openPopup(URL_OK, { extract: { ok: false, reason: 'error', message: 'boom' } });
    await until(() => expect(document.querySelector('.state-message')?.textContent).toBe('Something went wrong: boom'));
  });

  it('with auto-clean applied, offers "Show original" and counts its removals in the summary', async () => {
    const removed = [{ rule: 'ad-rb', category: 'ad' as const, reason: 'ad slot', text: '' }];
    await openPopup(URL_OK, { tidyStatus: { active: true, removed }, extract: { ok: true, article: article() } });
    await until(() => expect(document.querySelector('.article-title')).not.toBeNull());
    expect(document.querySelector('[data-action="toggle-tidy"]')?.textContent).toBe('Show original');
    expect(document.querySelector('.removals summary')?.textContent).toBe('Removed 1 ad slot.');
    document.querySelector<HTMLButtonElement>('[data-action="toggle-tidy"]')?.click();
    await until(() => expect(document.querySelector('[data-action="toggle-tidy"]')?.textContent).toBe('Clean again'));
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'setTidyActive', active: false }, { frameId: 0 });
  });

  it('opens the reader view and closes itself', async () => {
    await openPopup(URL_OK, { extract: { ok: true, article: article() } });
    await until(() => expect(document.querySelector('.article-title')).not.toBeNull());
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    document.querySelector<HTMLButtonElement>('[data-action="open-reader"]')?.click();
    await until(() => expect(close).toHaveBeenCalled());
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'openReader' }, { frameId: 0 });
  });

  it('Listen opens the reader reading aloud and closes itself', async () => {
    await openPopup(URL_OK, { extract: { ok: true, article: article() } });
    await until(() => expect(document.querySelector('.article-title')).not.toBeNull());
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    document.querySelector<HTMLButtonElement>('[data-action="listen"]')?.click();
    await until(() => expect(close).toHaveBeenCalled());
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'openReader', listen: true }, { frameId: 0 });
  });
});
