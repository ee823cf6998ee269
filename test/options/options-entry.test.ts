// @vitest-environment jsdom
/** The options page wired to (fake) storage: load, save, refuse, add a site, live updates. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fake } from '../shared/fake-browser.ts';
import { OPTIONS_HTML } from './options-page.ts';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../src/shared/settings.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

function byName<T extends HTMLElement>(name: string): T {
  const element = document.querySelector<T>(`[name="${name}"]`);
  if (!element) throw new Error(name);
  return element;
}

function submit(id: string): void {
  document.getElementById(id)?.dispatchEvent(new Event('submit', { cancelable: true }));
}

beforeAll(async () => {
  fake.reset();
  fake.setLocale('id');
  fake.store(SETTINGS_KEY, { schemaVersion: 1, theme: 'dark', fontSize: 20, userPhrases: ['Simak juga'] });
  document.documentElement.innerHTML = new DOMParser().parseFromString(OPTIONS_HTML, 'text/html').documentElement.innerHTML;
  await import('../../src/options/options.ts');
  await vi.waitFor(() => expect(byName<HTMLSelectElement>('theme').value).toBe('dark'));
});

describe('options page', () => {
  it('is localised and shows the stored settings', () => {
    expect(document.documentElement.lang).toBe('id');
    expect(document.querySelector('h1')?.textContent).toBe('Pengaturan Bersih');
    expect(byName<HTMLInputElement>('fontSize').value).toBe('20');
    expect(byName<HTMLTextAreaElement>('userPhrases').value).toBe('Simak juga');
    expect(document.querySelector('#sites')?.textContent).toBe('Belum ada situs.');
  });

  it('saves valid changes with feedback', async () => {
    byName<HTMLSelectElement>('width').value = 'wide';
    submit('settings');
    await vi.waitFor(() => expect(document.getElementById('save-status')?.textContent).toBe('Tersimpan.'));
    expect((await loadSettings()).width).toBe('wide');
  });

  it('refuses a bad selector, names the line and keeps the stored rules', async () => {
    byName<HTMLTextAreaElement>('userSelectors').value = '.iklan\n##bad';
    submit('settings');
    expect(document.getElementById('save-status')?.textContent).toBe('Belum tersimpan: perbaiki baris yang ditandai di bawah.');
    expect(document.querySelector('[data-problems-for="userSelectors"] li')?.textContent).toContain('Baris 2: “##bad”');
    expect(document.activeElement).toBe(byName('userSelectors'));
    expect((await loadSettings()).userSelectors).toEqual([]);
  });

  it('adds a site after the permission is granted', async () => {
    const input = document.getElementById('site-input') as HTMLInputElement;
    input.value = 'not a site';
    submit('add-site');
    expect(document.getElementById('sites-status')?.textContent).toContain('bukan alamat situs web');
    input.value = 'https://www.detik.com/berita';
    submit('add-site');
    await vi.waitFor(() => expect(document.querySelector('#sites li span')?.textContent).toBe('https://www.detik.com'));
    expect(fake.granted()).toEqual(['https://www.detik.com/*']);
    expect(input.value).toBe('');
  });

  it('follows changes made elsewhere (the popup)', async () => {
    await saveSettings({ autoCleanSites: ['https://www.detik.com', 'https://kompas.com'] });
    await vi.waitFor(() => expect(document.querySelectorAll('#sites li')).toHaveLength(2));
  });
});
