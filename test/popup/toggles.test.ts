import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../shared/fake-browser.ts';
import { renderSiteToggles, siteIsOn, withSite, type SiteToggleDeps } from '../../src/popup/site-toggles.ts';
import { renderTidyToggle } from '../../src/popup/tidy-toggle.ts';
import { DEFAULTS, type Settings } from '../../src/shared/settings.ts';
import type { TidyStatus } from '../../src/shared/messages.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const ORIGIN = 'https://www.detik.com';
const doc = new JSDOM('').window.document;

function deps(granted = true): SiteToggleDeps & { saved: Partial<Settings>[] } {
  const saved: Partial<Settings>[] = [];
  return {
    saved,
    permissions: { request: vi.fn(async () => granted), remove: vi.fn(async () => true) },
    saveSettings: vi.fn(async (patch: Partial<Settings>) => {
      saved.push(patch);
      return { ...DEFAULTS, ...patch };
    }),
  };
}

function input(section: HTMLElement, name: string): HTMLInputElement {
  const element = section.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!element) throw new Error(name);
  return element;
}

beforeEach(() => fake.reset());

describe('siteIsOn', () => {
  it('finds the site by the pattern it grants, with or without a port', () => {
    expect(siteIsOn({ autoCleanAll: false, autoCleanSites: ['http://127.0.0.1'] }, 'http://127.0.0.1:8080')).toBe(true);
    expect(siteIsOn({ autoCleanAll: false, autoCleanSites: ['http://127.0.0.1:9000'] }, 'http://127.0.0.1:8080')).toBe(true);
    expect(siteIsOn({ autoCleanAll: false, autoCleanSites: ['https://127.0.0.1'] }, 'http://127.0.0.1:8080')).toBe(false);
    expect(siteIsOn({ autoCleanAll: false, autoCleanSites: ['https://a.example'] }, 'https://b.example')).toBe(false);
  });
});

describe('withSite', () => {
  it('switching off drops every entry of the site, whichever context saved it', () => {
    const sites = ['http://127.0.0.1', 'https://a.example', 'http://127.0.0.1:8080'];
    expect(withSite({ autoCleanAll: false, autoCleanSites: sites }, 'http://127.0.0.1:8080', false)).toEqual(['https://a.example']);
    expect(withSite({ autoCleanAll: false, autoCleanSites: sites }, 'http://127.0.0.1:8080', true)).toEqual(['https://a.example', 'http://127.0.0.1:8080']);
  });

  it('adds once and removes', () => {
    expect(withSite({ autoCleanAll: false, autoCleanSites: ['https://a.example'] }, ORIGIN, true)).toEqual(['https://a.example', ORIGIN]);
    expect(withSite({ autoCleanAll: false, autoCleanSites: [ORIGIN] }, ORIGIN, true)).toEqual([ORIGIN]);
    expect(withSite({ autoCleanAll: false, autoCleanSites: [ORIGIN, 'https://a.example'] }, ORIGIN, false)).toEqual(['https://a.example']);
  });
});

describe('site toggles', () => {
  it('shows the current state as labelled switches', () => {
    const section = renderSiteToggles(doc, ORIGIN, { autoCleanAll: true, autoCleanSites: [ORIGIN] }, deps());
    expect(input(section, 'autoCleanSite').checked).toBe(true);
    expect(input(section, 'autoCleanAll').checked).toBe(true);
    expect(input(section, 'autoCleanSite').getAttribute('role')).toBe('switch');
    expect(input(section, 'autoCleanSite').closest('label')?.textContent).toBe('Auto-clean www.detik.com');
  });

  it('asks for the permission inside the click, before anything async, then saves', async () => {
    const d = deps();
    const section = renderSiteToggles(doc, ORIGIN, { autoCleanAll: false, autoCleanSites: [] }, d);
    input(section, 'autoCleanSite').click();
    // Synchronously: the browser only shows the prompt during the user's gesture.
    expect(d.permissions.request).toHaveBeenCalledWith({ origins: ['https://www.detik.com/*'] });
    await vi.waitFor(() => expect(d.saved).toEqual([{ autoCleanSites: [ORIGIN] }]));
    expect(section.querySelector('.toggle-status')?.textContent).toBe('Auto-clean is on. It applies from the next page load.');
  });

  it('puts the switch back and says so when the permission is refused', async () => {
    const d = deps(false);
    const section = renderSiteToggles(doc, ORIGIN, { autoCleanAll: false, autoCleanSites: [] }, d);
    const all = input(section, 'autoCleanAll');
    all.click();
    expect(d.permissions.request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
    await vi.waitFor(() => expect(all.checked).toBe(false));
    expect(d.saved).toEqual([]);
    expect(section.querySelector('.toggle-status')?.textContent).toBe(
      'The browser did not grant access to the site, so nothing changed.',
    );
  });

  it('turning off saves first, then releases the permission', async () => {
    const d = deps();
    const section = renderSiteToggles(doc, ORIGIN, { autoCleanAll: false, autoCleanSites: ['https://a.example', ORIGIN] }, d);
    input(section, 'autoCleanSite').click();
    await vi.waitFor(() => expect(d.permissions.remove).toHaveBeenCalledWith({ origins: ['https://www.detik.com/*'] }));
    expect(d.saved).toEqual([{ autoCleanSites: ['https://a.example'] }]);
    expect(d.permissions.request).not.toHaveBeenCalled();
  });
});

describe('tidy toggle', () => {
  const removed = [{ rule: 'ad-rb', category: 'ad' as const, reason: 'ad slot', text: '' }];

  it('switches between "Show original" and "Clean again"', async () => {
    let state: TidyStatus = { active: true, removed };
    const setActive = vi.fn(async (active: boolean) => (state = { ...state, active }));
    const section = renderTidyToggle(doc, state, setActive);
    const button = section.querySelector('button');
    expect(section.querySelector('p')?.textContent).toBe('Auto-clean removed 1 block from this page.');
    expect(button?.textContent).toBe('Show original');
    button?.click();
    expect(setActive).toHaveBeenLastCalledWith(false);
    await vi.waitFor(() => expect(button?.textContent).toBe('Clean again'));
    expect(section.querySelector('p')?.textContent).toBe('Showing the original page.');
    button?.click();
    expect(setActive).toHaveBeenLastCalledWith(true);
    await vi.waitFor(() => expect(button?.textContent).toBe('Show original'));
  });

  it('says so when auto-clean gave up on a page that fights back, and not otherwise', async () => {
    const note = (section: HTMLElement) => section.querySelector<HTMLElement>('[data-note="gave-up"]')!;
    const calm = renderTidyToggle(doc, { active: true, removed }, vi.fn(async () => null));
    expect(note(calm).hidden).toBe(true);

    let state: TidyStatus = { active: true, removed, gaveUp: true };
    const setActive = vi.fn(async (active: boolean) => (state = { active, removed }));
    const section = renderTidyToggle(doc, state, setActive);
    expect(note(section).hidden).toBe(false);
    expect(note(section).textContent).toBe('This page keeps putting removed blocks back, so auto-clean left it alone.');
    // "Show original" still works, and the note goes with the state that caused it.
    section.querySelector('button')?.click();
    await vi.waitFor(() => expect(note(section).hidden).toBe(true));
    expect(state.active).toBe(false);
  });
});
