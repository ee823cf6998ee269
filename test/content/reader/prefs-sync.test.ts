import { describe, expect, it, vi } from 'vitest';
import { createPrefsSync } from '../../../src/content/reader/prefs-sync.ts';
import { prefsOf, samePrefs, type ReaderPrefs } from '../../../src/content/reader/reader-prefs.ts';
import { DEFAULTS, type Settings } from '../../../src/shared/settings.ts';

// settings.ts imports the polyfill seam, which refuses to load outside an extension.
vi.mock('../../../src/shared/browser.ts', async () => ({ browser: (await import('../fake-browser.ts')).fake.browser }));

const stored = (patch: Partial<Settings>): Settings => ({ ...DEFAULTS, ...patch });

/** A save whose outcome the test decides, one call at a time. */
function controlledSave() {
  const calls: { prefs: ReaderPrefs; resolve: () => void; reject: () => void }[] = [];
  const save = (prefs: ReaderPrefs): Promise<void> =>
    new Promise<void>((resolve, reject) => calls.push({ prefs, resolve, reject: () => reject(new Error('no storage')) }));
  return { save, calls };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('reader prefs', () => {
  it('are the reader’s part of the settings, compared key by key', () => {
    const prefs = prefsOf(stored({ font: 'dyslexic', lineHeight: 'loose', autoCleanAll: true }));
    expect(prefs).toEqual({ theme: 'auto', fontSize: 18, width: 'medium', font: 'dyslexic', lineHeight: 'loose', printLinks: false });
    expect(samePrefs(prefs, { ...prefs })).toBe(true);
    expect(samePrefs(prefs, { ...prefs, lineHeight: 'normal' })).toBe(false);
  });
});

describe('createPrefsSync', () => {
  it('opens with the stored settings and follows a change saved elsewhere', () => {
    const sync = createPrefsSync(controlledSave().save);
    expect(sync.initial(stored({ font: 'sans' })).font).toBe('sans');
    expect(sync.remote(stored({ font: 'dyslexic', lineHeight: 'compact' }))).toMatchObject({ font: 'dyslexic', lineHeight: 'compact' });
  });

  it('saves a local change and ignores change events while its saves are in flight', async () => {
    const { save, calls } = controlledSave();
    const sync = createPrefsSync(save);
    const base = sync.initial(stored({}));
    sync.local({ ...base, fontSize: 20 });
    sync.local({ ...base, fontSize: 22 });
    expect(calls.map((c) => c.prefs.fontSize)).toEqual([20, 22]);
    // The first write coming back must not undo the second click.
    expect(sync.remote(stored({ fontSize: 20 }))).toBeNull();
    calls[0]!.resolve();
    await settle();
    expect(sync.remote(stored({ fontSize: 20 }))).toBeNull();
    calls[1]!.resolve();
    await settle();
    expect(sync.remote(stored({ fontSize: 22, font: 'sans' }))).toMatchObject({ fontSize: 22, font: 'sans' });
  });

  it('keeps an unsaved change for the next opening, until a change from elsewhere replaces it', async () => {
    const { save, calls } = controlledSave();
    const sync = createPrefsSync(save);
    sync.local({ ...sync.initial(stored({})), font: 'dyslexic' });
    calls[0]!.reject();
    await settle();
    expect(sync.initial(stored({ font: 'serif' })).font).toBe('dyslexic');
    expect(sync.remote(stored({ font: 'sans' }))?.font).toBe('sans');
    expect(sync.initial(stored({ font: 'sans' })).font).toBe('sans');
  });

  it('after a successful save, opens with the stored settings again', async () => {
    const { save, calls } = controlledSave();
    const sync = createPrefsSync(save);
    sync.local({ ...sync.initial(stored({})), lineHeight: 'loose' });
    expect(sync.initial(stored({})).lineHeight).toBe('loose');
    calls[0]!.resolve();
    await settle();
    expect(sync.initial(stored({ lineHeight: 'compact' })).lineHeight).toBe('compact');
  });
});
