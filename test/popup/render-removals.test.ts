import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../shared/fake-browser.ts';
import type { Removal } from '../../src/core/types.ts';
import type { RemovalCategory } from '../../src/core/rules/types.ts';
import { allRules } from '../../src/core/rules/index.ts';
import { countByCategory, renderRemovals, summariseRemovals } from '../../src/popup/render-removals.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

function removal(category: RemovalCategory, text = 'Baca Juga: Harga cabai naik', rule = 'id-baca-juga'): Removal {
  return { rule, category, reason: 'A "Baca Juga" related-link insert', text };
}

const MIXED: Removal[] = [
  removal('ad', '', 'ad-div-gpt'),
  ...Array.from({ length: 4 }, () => removal('related')),
  removal('ad', 'ADVERTISEMENT', 'ad-marker'),
  removal('ad', '', 'ad-rb-slot'),
];

beforeEach(() => fake.reset());

describe('countByCategory', () => {
  it('counts per category in a fixed order, leaving out empty ones', () => {
    expect(countByCategory(MIXED)).toEqual([
      ['related', 4],
      ['ad', 3],
    ]);
    expect(countByCategory([])).toEqual([]);
  });
});

describe('summariseRemovals', () => {
  it('pluralises and joins in English', () => {
    expect(summariseRemovals(MIXED)).toBe('Removed 4 “Read also” inserts and 3 ad slots.');
    expect(summariseRemovals([removal('related'), removal('ad')])).toBe('Removed 1 “Read also” insert and 1 ad slot.');
    expect(summariseRemovals([removal('promo'), removal('syndication'), removal('user'), removal('user')])).toBe(
      'Removed 1 promo box, 1 syndication note, and 2 blocks matching your rules.',
    );
    expect(summariseRemovals([])).toBe('Nothing needed removing.');
  });

  it('counts the blocks site memory removed (category template)', () => {
    expect(summariseRemovals([removal('ad'), removal('template'), removal('template')])).toBe(
      'Removed 1 ad slot and 2 blocks this site repeats on its articles.',
    );
    fake.setLocale('id');
    expect(summariseRemovals([removal('template')])).toBe('Dibuang: 1 blok yang diulang situs ini di artikelnya.');
  });

  it('uses Indonesian forms and list joining', () => {
    fake.setLocale('id');
    expect(summariseRemovals(MIXED)).toBe('Dibuang: 4 sisipan “Baca Juga” dan 3 slot iklan.');
    expect(summariseRemovals([removal('promo'), removal('navigation'), removal('ad')])).toBe(
      'Dibuang: 1 slot iklan, 1 kotak promosi, dan 1 blok navigasi.',
    );
    expect(summariseRemovals([])).toBe('Tidak ada yang perlu dibuang.');
  });
});

describe('renderRemovals', () => {
  it('expands to every removal with its text and rule, as text only', () => {
    const doc = new JSDOM('').window.document;
    const hostile = removal('related', '<img src=x onerror=alert(1)> Baca juga', 'id-baca-juga');
    const details = renderRemovals(doc, [hostile, removal('ad', '   ', 'ad-rb-slot')]);
    expect(details.localName).toBe('details');
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Removed 1 “Read also” insert and 1 ad slot.');
    const items = [...details.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.removal-text')?.textContent)).toEqual([
      '<img src=x onerror=alert(1)> Baca juga',
      '(empty slot)',
    ]);
    expect(items.map((li) => li.querySelector('.removal-rule')?.textContent)).toEqual(['id-baca-juga', 'ad-rb-slot']);
    expect(items[0]?.querySelector('.removal-rule')?.getAttribute('title')).toBe('A "Baca Juga" related-link insert');
    expect(details.querySelector('img')).toBeNull();
  });

  it('has no list when nothing was removed', () => {
    const details = renderRemovals(new JSDOM('').window.document, []);
    expect(details.querySelector('ol')).toBeNull();
  });
});

describe('renderRemovals with removals from the auto-clean script', () => {
  it('looks up the note of a removal that arrives without a reason by its rule id', () => {
    const bare: Removal = { rule: 'id-baca-juga', category: 'related', reason: '', text: 'Baca juga: x' };
    const details = renderRemovals(new JSDOM('').window.document, [bare]);
    const title = details.querySelector('.removal-rule')?.getAttribute('title');
    expect(title).toBe(allRules().find((rule) => rule.id === 'id-baca-juga')?.note);
    expect(title).not.toBe('');
  });
});
