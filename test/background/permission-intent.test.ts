import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../shared/fake-browser.ts';
import {
  onPermissionsAdded,
  onPermissionsRemoved,
  patternOrigin,
  settingsAfterGrant,
  settingsAfterRevoke,
} from '../../src/background/permission-intent.ts';
import { loadSettings, saveSettings } from '../../src/shared/settings.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const DETIK = 'https://www.detik.com';
const none = { autoCleanAll: false, autoCleanSites: [] as string[] };

beforeEach(() => fake.reset());

describe('patternOrigin', () => {
  it('reads the origin of a site pattern only', () => {
    expect(patternOrigin('https://www.detik.com/*')).toBe(DETIK);
    expect(patternOrigin('https://*/*')).toBeNull();
    expect(patternOrigin('<all_urls>')).toBeNull();
    expect(patternOrigin('https://www.detik.com/berita/*')).toBeNull();
  });
});

describe('settingsAfterGrant', () => {
  it('adds a granted site once', () => {
    const after = settingsAfterGrant(none, [`${DETIK}/*`]);
    expect(after).toEqual({ autoCleanAll: false, autoCleanSites: [DETIK] });
    expect(settingsAfterGrant(after, [`${DETIK}/*`])).toBe(after);
  });

  it('treats a listed origin with a port as the same site', () => {
    const settings = { autoCleanAll: false, autoCleanSites: ['http://127.0.0.1:8080'] };
    expect(settingsAfterGrant(settings, ['http://127.0.0.1/*'])).toBe(settings);
  });

  it('switches all sites on for the broad grant', () => {
    expect(settingsAfterGrant(none, ['http://*/*', 'https://*/*'])).toEqual({ autoCleanAll: true, autoCleanSites: [] });
  });
});

describe('settingsAfterRevoke', () => {
  it('drops revoked sites and the all-sites switch', () => {
    const settings = { autoCleanAll: true, autoCleanSites: [DETIK, 'https://kompas.com'] };
    expect(settingsAfterRevoke(settings, [`${DETIK}/*`])).toEqual({ autoCleanAll: true, autoCleanSites: ['https://kompas.com'] });
    expect(settingsAfterRevoke(settings, ['https://*/*'])).toEqual({ autoCleanAll: false, autoCleanSites: settings.autoCleanSites });
    expect(settingsAfterRevoke(settings, ['https://other.example/*'])).toBe(settings);
  });
});

describe('reconciling stored settings', () => {
  it('saves a grant made while the popup was closing, and a revocation', async () => {
    await onPermissionsAdded({ origins: [`${DETIK}/*`] });
    expect((await loadSettings()).autoCleanSites).toEqual([DETIK]);
    await onPermissionsRemoved({ origins: [`${DETIK}/*`] });
    expect((await loadSettings()).autoCleanSites).toEqual([]);
  });

  it('does not write when nothing changes', async () => {
    await saveSettings({ autoCleanSites: [DETIK] });
    const { browser } = await import('../shared/fake-browser.ts');
    browser.storage.local.set.mockClear();
    await onPermissionsAdded({ origins: [`${DETIK}/*`] });
    await onPermissionsRemoved({ permissions: ['clipboardRead'] });
    expect(browser.storage.local.set).not.toHaveBeenCalled();
  });
});
