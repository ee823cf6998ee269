import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from './fake-browser.ts';
import {
  checkSettingsPatch,
  CURRENT_SCHEMA_VERSION,
  DEFAULTS,
  loadPageSettings,
  loadSettings,
  migrateSettings,
  MIGRATIONS,
  onSettingsChanged,
  saveSettings,
  SETTINGS_KEY,
  SettingsError,
  validateSettings,
  type Settings,
} from '../../src/shared/settings.ts';

vi.mock('../../src/shared/browser.ts', () => import('./fake-browser.ts'));

const doc = new JSDOM('<!doctype html><p>x</p>').window.document;

beforeEach(() => fake.reset());

describe('MIGRATIONS', () => {
  it('are ordered and end at the current schema version', () => {
    const versions = MIGRATIONS.map((m) => m.to);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(CURRENT_SCHEMA_VERSION);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('migrate the unversioned v0 shape to the current one', () => {
    const v0 = { sites: ['www.detik.com', 'https://kompas.com/'], fontSize: '20px', theme: 'dark' };
    const settings = validateSettings(v0, doc);
    expect(settings).toEqual({
      ...DEFAULTS,
      autoCleanSites: ['https://www.detik.com', 'https://kompas.com'],
      fontSize: 20,
      theme: 'dark',
    });
    expect(migrateSettings(v0)).not.toHaveProperty('sites');
    expect(migrateSettings(v0).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('leave data already at the current version alone', () => {
    const current = { ...DEFAULTS, autoCleanSites: ['https://www.detik.com'], sites: ['ignored.com'] };
    expect(migrateSettings(current)).toEqual(current);
  });
});

describe('validateSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(validateSettings(undefined, doc)).toEqual(DEFAULTS);
    expect(validateSettings('settings', doc)).toEqual(DEFAULTS);
    expect(validateSettings([1, 2], doc)).toEqual(DEFAULTS);
  });

  it('keeps every valid value', () => {
    const valid: Settings = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      autoCleanAll: true,
      autoCleanSites: ['https://www.detik.com', 'http://127.0.0.1:8080'],
      mode: 'reader',
      autoJoinPages: true,
      theme: 'sepia',
      fontSize: 22,
      width: 'wide',
      font: 'dyslexic',
      lineHeight: 'loose',
      printLinks: true,
      markdownContents: true,
      userSelectors: ['.sidebar-promo', 'div[id^="ad-"]'],
      userPhrases: ['Simak juga'],
      siteMemory: false,
    };
    expect(validateSettings(valid, doc)).toEqual(valid);
  });

  it('repairs bad values key by key', () => {
    const settings = validateSettings(
      {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        autoCleanAll: 'yes',
        autoCleanSites: ['ftp://files.example.com', 'not a site', 42, 'https://www.detik.com/news/123', 'www.detik.com'],
        mode: 'nuke',
        autoJoinPages: 'always',
        theme: 'purple',
        fontSize: 99,
        width: 12,
        userSelectors: ['.ok', 'div[', '', 'body', 7],
        userPhrases: ['Baca juga', '', 'x'.repeat(101), 'Baca juga'],
        siteMemory: 'no',
        font: 'comic',
        lineHeight: 3,
        printLinks: 'yes',
        markdownContents: 1,
      },
      doc,
    );
    expect(settings).toEqual({
      ...DEFAULTS,
      autoCleanSites: ['https://www.detik.com'],
      fontSize: 28,
      userSelectors: ['.ok'],
      userPhrases: ['Baca juga'],
    });
  });

  it('joins pages automatically only when switched on', () => {
    expect(validateSettings({ schemaVersion: 1 }, doc).autoJoinPages).toBe(false);
    expect(validateSettings({ autoJoinPages: true }, doc).autoJoinPages).toBe(true);
  });

  it('has site memory on unless it was switched off', () => {
    expect(validateSettings({ schemaVersion: 1 }, doc).siteMemory).toBe(true);
    expect(validateSettings({ siteMemory: false }, doc).siteMemory).toBe(false);
  });

  it('clamps the font size to 14–28 and rounds it', () => {
    expect(validateSettings({ fontSize: 3 }, doc).fontSize).toBe(14);
    expect(validateSettings({ fontSize: 17.6 }, doc).fontSize).toBe(18);
    expect(validateSettings({ fontSize: Number.NaN }, doc).fontSize).toBe(DEFAULTS.fontSize);
  });

  it('without a DOM (service worker) keeps non-empty selectors for the core to check', () => {
    expect(validateSettings({ userSelectors: ['div[', ' ', '.ok'] }, undefined).userSelectors).toEqual(['div[', '.ok']);
  });
});

describe('checkSettingsPatch', () => {
  it('accepts a valid patch', () => {
    expect(checkSettingsPatch({ theme: 'dark', fontSize: 16, userSelectors: ['.promo'] }, doc)).toEqual([]);
  });

  it('names the key and value of each refused entry', () => {
    const problems = checkSettingsPatch(
      {
        fontSize: 40,
        autoCleanSites: ['javascript:alert(1)'],
        userSelectors: ['div['],
        userPhrases: [''],
        mode: 'x' as Settings['mode'],
        siteMemory: 'off' as unknown as boolean,
        autoJoinPages: 1 as unknown as boolean,
        font: 'comic' as Settings['font'],
        lineHeight: 'huge' as Settings['lineHeight'],
        printLinks: 'no' as unknown as boolean,
        markdownContents: null as unknown as boolean,
      },
      doc,
    );
    expect(problems.map((p) => p.key).sort()).toEqual([
      'autoCleanSites', 'autoJoinPages', 'font', 'fontSize', 'lineHeight', 'markdownContents', 'mode', 'printLinks', 'siteMemory', 'userPhrases', 'userSelectors',
    ]);
    expect(problems.find((p) => p.key === 'userSelectors')?.message).toContain('div[');
    expect(problems.find((p) => p.key === 'autoCleanSites')?.message).toContain('javascript:alert(1)');
  });
});

describe('storage', () => {
  it('loads the page settings exactly as loadSettings reads them', async () => {
    const stored: unknown[] = [
      undefined,
      'not an object',
      { sites: ['kompas.com'], fontSize: '18px' },
      { schemaVersion: 1, mode: 'reader', userSelectors: [' .ad ', '.ad', ''], userPhrases: ['Simak', 'x'.repeat(101), 7] },
      { schemaVersion: 1, mode: 'bogus', theme: 'dark', userSelectors: 'nope' },
      { schemaVersion: 1, siteMemory: false },
      { schemaVersion: 1, siteMemory: 'no' },
    ];
    for (const value of stored) {
      fake.reset();
      if (value !== undefined) fake.store(SETTINGS_KEY, value);
      const { mode, userSelectors, userPhrases, siteMemory } = await loadSettings();
      await expect(loadPageSettings()).resolves.toEqual({ mode, userSelectors, userPhrases, siteMemory });
    }
  });

  it('loads the defaults when nothing is stored', async () => {
    await expect(loadSettings()).resolves.toEqual(DEFAULTS);
  });

  it('loads and migrates a stored v0 object', async () => {
    fake.store(SETTINGS_KEY, { sites: ['kompas.com'] });
    expect((await loadSettings()).autoCleanSites).toEqual(['https://kompas.com']);
  });

  it('saves a patch merged into the stored settings', async () => {
    await saveSettings({ theme: 'dark' });
    await saveSettings({ autoCleanSites: ['https://www.detik.com'] });
    expect(fake.stored(SETTINGS_KEY)).toEqual({ ...DEFAULTS, theme: 'dark', autoCleanSites: ['https://www.detik.com'] });
    expect((await loadSettings()).theme).toBe('dark');
  });

  it('refuses an invalid patch with a SettingsError and writes nothing', async () => {
    await saveSettings({ theme: 'sepia' });
    const error = await saveSettings({ fontSize: 9, theme: 'dark' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).key).toBe('fontSize');
    expect((await loadSettings()).theme).toBe('sepia');
  });

  it('tells listeners about changes from any context, validated', async () => {
    const seen: Settings[] = [];
    const stop = onSettingsChanged((settings) => seen.push(settings));
    await saveSettings({ mode: 'reader' });
    stop();
    await saveSettings({ mode: 'tidy' });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.mode).toBe('reader');
  });
});
