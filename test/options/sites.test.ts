import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, fake } from '../shared/fake-browser.ts';
import { addSite, checkNewSite, removeSite, renderSites, type SitesDeps } from '../../src/options/sites.ts';
import { loadSettings, saveSettings } from '../../src/shared/settings.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const deps: SitesDeps = { permissions: browser.permissions, saveSettings, loadSettings };

beforeEach(() => fake.reset());

describe('checkNewSite', () => {
  it('accepts http(s) addresses, normalised to their origin', () => {
    expect(checkNewSite('https://www.detik.com/berita/', [])).toEqual({ ok: true, origin: 'https://www.detik.com' });
    expect(checkNewSite('kompas.com', [])).toEqual({ ok: true, origin: 'https://kompas.com' });
  });

  it('refuses other input with a message naming it', () => {
    expect(checkNewSite('ftp://files.example', [])).toEqual({
      ok: false,
      message: '“ftp://files.example” is not a web site address. Use one like https://www.example.com',
    });
    expect(checkNewSite('www.detik.com', ['https://www.detik.com'])).toEqual({
      ok: false,
      message: 'https://www.detik.com is already in the list.',
    });
  });
});

describe('adding and removing sites', () => {
  it('requests the permission first, then saves the site', async () => {
    const pending = addSite('https://www.detik.com', deps);
    expect(browser.permissions.request).toHaveBeenCalledWith({ origins: ['https://www.detik.com/*'] });
    expect(browser.storage.local.set).not.toHaveBeenCalled();
    await expect(pending).resolves.toMatchObject({ autoCleanSites: ['https://www.detik.com'] });
    expect(fake.granted()).toEqual(['https://www.detik.com/*']);
  });

  it('saves nothing when the permission is refused', async () => {
    browser.permissions.request.mockResolvedValueOnce(false);
    await expect(addSite('https://www.detik.com', deps)).rejects.toThrow('did not grant access');
    expect((await loadSettings()).autoCleanSites).toEqual([]);
  });

  it('removes the site and releases its permission', async () => {
    await addSite('https://www.detik.com', deps);
    await addSite('https://kompas.com', deps);
    await expect(removeSite('https://www.detik.com', deps)).resolves.toMatchObject({ autoCleanSites: ['https://kompas.com'] });
    expect(fake.granted()).toEqual(['https://kompas.com/*']);
  });
});

describe('renderSites', () => {
  it('lists the sites with labelled remove buttons', () => {
    const doc = new JSDOM('').window.document;
    const onRemove = vi.fn();
    const items = renderSites(doc, ['https://www.detik.com', 'https://kompas.com'], onRemove);
    expect(items.map((li) => li.querySelector('span')?.textContent)).toEqual(['https://www.detik.com', 'https://kompas.com']);
    const button = items[1]?.querySelector('button');
    expect(button?.getAttribute('aria-label')).toBe('Remove https://kompas.com');
    button?.click();
    expect(onRemove).toHaveBeenCalledWith('https://kompas.com');
  });

  it('says when the list is empty', () => {
    fake.setLocale('id');
    const [item] = renderSites(new JSDOM('').window.document, [], () => {});
    expect(item?.textContent).toBe('Belum ada situs.');
  });
});
