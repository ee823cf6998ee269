/** The options page's site-memory section: switch, remembered sites, forget one, forget all. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MapStore } from '../../src/core/site-memory/index.ts';
import { wireMemorySection } from '../../src/options/site-memory.ts';
import { DEFAULTS, loadSettings, saveSettings } from '../../src/shared/settings.ts';
import { fake } from '../shared/fake-browser.ts';
import { optionsDocument } from './options-page.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const seen = (article: string) => ({ article, prose: [`${article}-p`], blocks: ['x'] });

async function section(locale: 'en' | 'id' = 'en') {
  fake.reset();
  fake.setLocale(locale);
  const doc = optionsDocument();
  const store = new MapStore();
  await store.observe('detik.com', seen('1'));
  await store.observe('kompas.com', seen('2'));
  const get = <T extends HTMLElement>(id: string): T => doc.getElementById(id) as T;
  const parts = {
    toggle: get<HTMLInputElement>('memory-switch'),
    list: get<HTMLUListElement>('memory-sites'),
    forgetAll: get<HTMLButtonElement>('memory-forget-all'),
    status: get<HTMLElement>('memory-status'),
  };
  const show = wireMemorySection(parts, { store, saveSettings });
  await show({ ...DEFAULTS });
  const names = (): string[] => [...parts.list.querySelectorAll('li span')].map((s) => s.textContent ?? '');
  return { doc, store, parts, names };
}

describe('site memory in the options page', () => {
  beforeEach(() => fake.reset());

  it('lists the remembered sites, most recently read first, each with a labelled Forget button', async () => {
    const { parts, names } = await section();
    expect(parts.toggle.checked).toBe(true);
    expect(names()).toEqual(['kompas.com', 'detik.com']);
    expect(parts.list.querySelector('button')?.getAttribute('aria-label')).toBe('Forget kompas.com');
  });

  it('forgets one site', async () => {
    const { parts, store, names } = await section();
    parts.list.querySelector<HTMLButtonElement>('button')?.click();
    await vi.waitFor(() => expect(parts.status.textContent).toBe('Forgot kompas.com.'));
    expect(names()).toEqual(['detik.com']);
    expect(await store.sites()).toEqual(['detik.com']);
  });

  it('forgets every site, then says none is remembered (in Indonesian too)', async () => {
    const { parts, store } = await section('id');
    parts.forgetAll.click();
    await vi.waitFor(() => expect(parts.status.textContent).toBe('Semua situs sudah dilupakan.'));
    expect(await store.sites()).toEqual([]);
    expect(parts.list.textContent).toBe('Belum ada situs yang diingat.');
    expect(parts.forgetAll.disabled).toBe(true);
  });

  it('saves the switch at once', async () => {
    const { parts } = await section();
    parts.toggle.checked = false;
    parts.toggle.dispatchEvent(new (parts.toggle.ownerDocument.defaultView!.Event)('change'));
    await vi.waitFor(() => expect(parts.status.textContent).toBe('Site memory is off: nothing is learned or removed by it.'));
    expect((await loadSettings()).siteMemory).toBe(false);
  });
});
