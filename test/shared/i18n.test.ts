import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, localeMessages } from './fake-browser.ts';
import { localiseDocument, messagesLocale, plural, t } from '../../src/shared/i18n.ts';

vi.mock('../../src/shared/browser.ts', () => import('./fake-browser.ts'));

const root = fileURLToPath(new URL('../../', import.meta.url));
const LOCALES = ['en', 'id'] as const;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every message key the sources, pages and manifest refer to. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const sources = [...files(join(root, 'src')), join(root, 'manifest.json')];
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    const patterns = [
      /\bt\(\s*'([A-Za-z0-9_]+)'/g,
      /data-i18n(?:-[a-z-]+)?="([A-Za-z0-9_]+)"/g,
      /__MSG_([A-Za-z0-9_]+)__/g,
    ];
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) used.set(match[1] ?? '', file);
    for (const match of text.matchAll(/\bplural\(\s*'([A-Za-z0-9_]+)'/g)) {
      used.set(`${match[1]}_one`, file);
      used.set(`${match[1]}_other`, file);
    }
  }
  return used;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\$([A-Z]+)\$/g)].map((m) => m[1] ?? '').sort();
}

beforeEach(() => fake.reset());

describe('locales', () => {
  it('en and id have exactly the same keys', () => {
    expect(Object.keys(localeMessages('id')).sort()).toEqual(Object.keys(localeMessages('en')).sort());
  });

  it('every message is non-empty and uses the same placeholders in both locales', () => {
    const en = localeMessages('en');
    const id = localeMessages('id');
    for (const [key, entry] of Object.entries(en)) {
      const other = id[key];
      expect(entry.message.trim(), key).not.toBe('');
      expect(other?.message.trim(), key).not.toBe('');
      expect(placeholders(other?.message ?? ''), key).toEqual(placeholders(entry.message));
      for (const name of placeholders(entry.message)) {
        expect(entry.placeholders?.[name.toLowerCase()], `${key} ${name}`).toBeDefined();
        expect(other?.placeholders?.[name.toLowerCase()], `${key} ${name}`).toBeDefined();
      }
    }
  });

  it('every key used in src, the pages and the manifest exists', () => {
    const en = localeMessages('en');
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([key]) => !(key in en)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('keeps the store name and description within Chrome Web Store limits', () => {
    for (const locale of LOCALES) {
      const messages = localeMessages(locale);
      expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('t and plural', () => {
  it('fills named placeholders from substitutions', () => {
    expect(t('stateTooLarge', '12 MB')).toBe('This page is too large to clean (12 MB).');
    expect(t('optionsBadSelector', [3, 'div[', 'not a valid CSS selector'])).toBe(
      'Line 3: “div[” is not usable as a CSS selector (not a valid CSS selector).',
    );
    fake.setLocale('id');
    expect(t('stateTooLarge', '12 MB')).toBe('Halaman ini terlalu besar untuk dibersihkan (12 MB).');
  });

  it('picks plural forms by the messages locale', () => {
    expect(plural('removedAd', 1)).toBe('1 ad slot');
    expect(plural('removedAd', 3)).toBe('3 ad slots');
    expect(plural('readingTime', 4)).toBe('4 min read');
    fake.setLocale('id');
    expect(messagesLocale()).toBe('id');
    expect(plural('removedAd', 1)).toBe('1 slot iklan');
    expect(plural('removedAd', 3)).toBe('3 slot iklan');
    expect(plural('readingTime', 4)).toBe('4 menit baca');
  });
});

describe('localiseDocument', () => {
  it('fills text and attributes from data-i18n and sets the page language', () => {
    const { document } = new JSDOM(
      '<html lang="en"><body><h1 data-i18n="optionsTitle">x</h1><input data-i18n-placeholder="optionsAddSitePlaceholder"><button data-i18n-aria-label="readerClose"></button></body></html>',
    ).window;
    fake.setLocale('id');
    localiseDocument(document);
    expect(document.documentElement.lang).toBe('id');
    expect(document.querySelector('h1')?.textContent).toBe('Pengaturan Bersih');
    expect(document.querySelector('input')?.getAttribute('placeholder')).toBe('https://www.contoh.com');
    expect(document.querySelector('button')?.getAttribute('aria-label')).toBe('Tutup tampilan baca');
  });
});
