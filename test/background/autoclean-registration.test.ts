import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../shared/fake-browser.ts';
import {
  AUTOCLEAN_FILE,
  AUTOCLEAN_SCRIPT_ID,
  autoCleanScript,
  candidatePatterns,
  desiredMatches,
  planRegistration,
  syncAutoCleanRegistration,
} from '../../src/background/autoclean-registration.ts';
import { saveSettings } from '../../src/shared/settings.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const DETIK = 'https://www.detik.com';
const KOMPAS = 'https://www.kompas.com';
const ALL = ['http://*/*', 'https://*/*'];

beforeEach(() => fake.reset());

describe('candidatePatterns', () => {
  it('asks for each site, plus all sites when switched on', () => {
    expect(candidatePatterns({ autoCleanAll: false, autoCleanSites: [DETIK] })).toEqual([`${DETIK}/*`]);
    expect(candidatePatterns({ autoCleanAll: true, autoCleanSites: [DETIK] })).toEqual([...ALL, `${DETIK}/*`]);
    expect(candidatePatterns({ autoCleanAll: false, autoCleanSites: [] })).toEqual([]);
  });
});

describe('desiredMatches', () => {
  it('registers only granted sites', () => {
    const granted = new Set([`${DETIK}/*`]);
    expect(desiredMatches({ autoCleanAll: false, autoCleanSites: [DETIK, KOMPAS] }, granted)).toEqual([`${DETIK}/*`]);
  });

  it('uses the all-sites patterns when granted, without duplicating covered sites', () => {
    const granted = new Set([...ALL, `${DETIK}/*`]);
    expect(desiredMatches({ autoCleanAll: true, autoCleanSites: [DETIK] }, granted)).toEqual(ALL);
  });

  it('falls back to the granted sites when the all-sites grant was refused', () => {
    const granted = new Set([`${KOMPAS}/*`]);
    expect(desiredMatches({ autoCleanAll: true, autoCleanSites: [DETIK, KOMPAS] }, granted)).toEqual([`${KOMPAS}/*`]);
  });

  it('ignores an all-sites grant while "all sites" is off', () => {
    expect(desiredMatches({ autoCleanAll: false, autoCleanSites: [] }, new Set(ALL))).toEqual([]);
  });

  it('keeps an http site when only https://*/* is granted', () => {
    const granted = new Set(['https://*/*', 'http://koran.example/*']);
    expect(desiredMatches({ autoCleanAll: true, autoCleanSites: ['http://koran.example', DETIK] }, granted)).toEqual([
      'http://koran.example/*',
      'https://*/*',
    ]);
  });
});

describe('planRegistration', () => {
  it('registers, updates, unregisters or leaves alone', () => {
    const script = autoCleanScript([`${DETIK}/*`]);
    expect(planRegistration([`${DETIK}/*`], undefined)).toEqual({ action: 'register', script });
    expect(planRegistration([`${DETIK}/*`], script)).toEqual({ action: 'none' });
    expect(planRegistration([`${KOMPAS}/*`], script)).toEqual({ action: 'update', script: autoCleanScript([`${KOMPAS}/*`]) });
    expect(planRegistration([], script)).toEqual({ action: 'unregister' });
    expect(planRegistration([], undefined)).toEqual({ action: 'none' });
  });

  it('sees an unchanged registration whatever the order of its matches', () => {
    const existing = autoCleanScript([`${KOMPAS}/*`, `${DETIK}/*`]);
    expect(planRegistration([`${DETIK}/*`, `${KOMPAS}/*`], existing)).toEqual({ action: 'none' });
  });

  it('updates a registration whose run time differs', () => {
    const existing = { ...autoCleanScript([`${DETIK}/*`]), runAt: 'document_start' as const };
    expect(planRegistration([`${DETIK}/*`], existing).action).toBe('update');
  });

  it('describes the auto-clean script for the top frame only', () => {
    expect(autoCleanScript(['https://a.example/*'])).toMatchObject({
      id: AUTOCLEAN_SCRIPT_ID,
      js: [AUTOCLEAN_FILE],
      allFrames: false,
    });
  });
});

describe('syncAutoCleanRegistration', () => {
  it('follows the settings and grants, idempotently', async () => {
    await expect(syncAutoCleanRegistration()).resolves.toEqual({ action: 'none' });
    expect(fake.registered(AUTOCLEAN_SCRIPT_ID)).toBeUndefined();

    await saveSettings({ autoCleanSites: [DETIK, KOMPAS] });
    fake.grant(`${DETIK}/*`);
    expect((await syncAutoCleanRegistration()).action).toBe('register');
    expect(fake.registered(AUTOCLEAN_SCRIPT_ID)?.matches).toEqual([`${DETIK}/*`]);
    expect((await syncAutoCleanRegistration()).action).toBe('none');

    fake.grant(`${KOMPAS}/*`);
    expect((await syncAutoCleanRegistration()).action).toBe('update');
    expect(fake.registered(AUTOCLEAN_SCRIPT_ID)?.matches).toEqual([`${DETIK}/*`, `${KOMPAS}/*`]);

    await saveSettings({ autoCleanSites: [] });
    expect((await syncAutoCleanRegistration()).action).toBe('unregister');
    expect(fake.registered(AUTOCLEAN_SCRIPT_ID)).toBeUndefined();
  });

  it('does not register twice when events arrive together', async () => {
    await saveSettings({ autoCleanSites: [DETIK] });
    fake.grant(`${DETIK}/*`);
    const plans = await Promise.all([syncAutoCleanRegistration(), syncAutoCleanRegistration(), syncAutoCleanRegistration()]);
    expect(plans.map((p) => p.action)).toEqual(['register', 'none', 'none']);
  });

  it('keeps working after a failed sync', async () => {
    await saveSettings({ autoCleanSites: [DETIK] });
    fake.grant(`${DETIK}/*`);
    const { browser } = await import('../shared/fake-browser.ts');
    browser.scripting.registerContentScripts.mockRejectedValueOnce(new Error('busy'));
    await expect(syncAutoCleanRegistration()).rejects.toThrow('busy');
    expect((await syncAutoCleanRegistration()).action).toBe('register');
  });
});
