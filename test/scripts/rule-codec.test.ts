import { describe, expect, it } from 'vitest';
import { withoutReshapes } from '../../scripts/compact-rules.ts';
import { decodeTables, encodeTables } from '../../scripts/rule-codec.ts';
import { GENERIC_RULES, LANGUAGE_TABLES, SITE_PROFILES } from '../../src/core/rules/index.ts';
import type { Rule } from '../../src/core/rules/types.ts';

/** What the auto-clean bundle must get back: each rule with empty note and fixture. */
function bare(rules: readonly Rule[]): Rule[] {
  return rules.map((rule) => ({ ...rule, note: '', fixture: '' }));
}

function roundTrip(tables: Record<string, unknown>): unknown[][] {
  const { text, codes, dictionary } = encodeTables(tables);
  return decodeTables(text, codes, dictionary);
}

const selector = (id: string, selector = 'div.a'): Rule => ({ id, kind: 'selector', selector, category: 'ad', note: 'n', fixture: 'f' });

/** Without the reshape rules, which the auto-clean tables leave out (see compact-rules). */
const tidyRules = (rules: readonly Rule[]): Rule[] => rules.filter((rule) => rule.kind !== 'reshape');

/** The real tables as the auto-clean bundle gets them, packed once (packing takes a second or two). */
const REAL = encodeTables(withoutReshapes({ GENERIC_RULES, LANGUAGE_TABLES, SITE_PROFILES }));

describe('rule-codec', () => {
  it('gives back the real tables exactly, in order, without notes, fixtures and reshape rules', () => {
    const [generic, languages, sites] = decodeTables(REAL.text, REAL.codes, REAL.dictionary);
    expect(generic).toEqual(bare(tidyRules(GENERIC_RULES)));
    expect(languages).toEqual(LANGUAGE_TABLES.map((table) => ({ ...table, rules: bare(tidyRules(table.rules)) })));
    // A site profile's own note is left out too.
    expect(sites).toEqual(
      SITE_PROFILES.map(({ note: _, ...profile }) => ({ ...profile, rules: bare(tidyRules(profile.rules)) })),
    );
  });

  it('packs the real tables to well under half their size as literals', () => {
    const { text, codes, dictionary } = REAL;
    const packed = Buffer.byteLength(text + codes + dictionary);
    const literal = JSON.stringify([GENERIC_RULES, LANGUAGE_TABLES, SITE_PROFILES].map((t) => bare(t as Rule[]))).length;
    expect(packed).toBeLessThan(literal / 2);
  });

  it('carries reshape rules (both actions) and detector rules, for the extraction bundle', () => {
    const rules = [
      { id: 'site-x-unwrap', kind: 'reshape', action: 'unwrap', selector: 'div.page', category: 'navigation', note: 'n', fixture: 'f' },
      { id: 'site-x-reveal', kind: 'reshape', action: 'reveal', selector: 'div.hidden-page', category: 'navigation', note: 'n', fixture: 'f' },
      { id: 'gen-link-block', kind: 'detector', detector: 'link-block', category: 'related', note: 'n', fixture: 'f' },
      { id: 'gen-credit-block', kind: 'detector', detector: 'credit-block', category: 'syndication', note: 'n', fixture: 'f' },
    ] as unknown as Rule[];
    expect(roundTrip({ rules })).toEqual([bare(rules)]);
  });

  it('carries every kind the tidy applies, every category and the flag', () => {
    const rules = [
      selector('site-x-one'),
      { id: 'site-x-two', kind: 'phrase', pattern: 'baca\\s+juga', takeLinkSiblings: true, category: 'related', note: 'n', fixture: 'f' },
      { id: 'site-x-three', kind: 'phrase', pattern: 'simak', category: 'promo', note: 'n', fixture: 'f' },
      { id: 'other', kind: 'marker', pattern: 'iklan', category: 'syndication', note: 'n', fixture: 'f' },
      { id: 'nav-x', kind: 'selector', selector: 'div.nav', category: 'navigation', note: 'n', fixture: 'f' },
      { id: 'user-x', kind: 'selector', selector: 'div.mine', category: 'user', note: '', fixture: '' },
    ] as unknown as Rule[];
    expect(roundTrip({ rules })).toEqual([bare(rules)]);
  });

  it('writes a shared id prefix once', () => {
    const { text } = encodeTables({ rules: [selector('site-example-one', 'p.x'), selector('site-example-two', 'p.y')] });
    expect(text.split('site-example-')).toHaveLength(2);
  });

  it('gives back groups with string and list fields, and empty lists', () => {
    const groups = [
      { id: 'a', hosts: ['a.com', 'b.co.id'], rules: [selector('site-a-x')] },
      { id: 'b', hosts: [], rules: [] },
    ];
    expect(roundTrip({ empty: [], groups })).toEqual([[], [{ ...groups[0], rules: bare(groups[0]!.rules) }, groups[1]]]);
  });

  it('compresses repeated text through the dictionary and still gives it back', () => {
    const rules = Array.from({ length: 30 }, (_, i) => selector(`r${i}`, `[class~="advertisement-${i}"], [data-advertisement-slot]`));
    const packed = encodeTables({ rules });
    expect(packed.dictionary.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(packed.text)).toBeLessThan(rules.length * 20);
    expect(decodeTables(packed.text, packed.codes, packed.dictionary)).toEqual([bare(rules)]);
  });

  it('refuses what it could not give back', () => {
    const base = selector('x');
    expect(() => encodeTables({ t: [{ ...base, extra: 1 }] })).toThrow(/cannot encode: extra/);
    expect(() => encodeTables({ t: [{ ...base, category: 'other' }] })).toThrow(/unknown kind or category/);
    expect(() => encodeTables({ t: [{ ...base, selector: 'div,\tp' }] })).toThrow(/without tabs or newlines/);
    expect(() => encodeTables({ t: [{ ...base, id: '' }] })).toThrow(/without an id/);
    expect(() => encodeTables({ t: [{ ...base, pattern: 'x' }] })).toThrow(/needs a selector only/);
    expect(() => encodeTables({ t: [{ ...base, action: 'reveal' }] })).toThrow(/only a reshape rule has an action/);
    expect(() => encodeTables({ t: [{ ...base, kind: 'reshape', action: 'hide' }] })).toThrow(/action must be unwrap or reveal/);
    expect(() => encodeTables({ t: [{ ...base, kind: 'detector', detector: 'link-block' }] })).toThrow(/needs a detector only/);
    const phrase = { id: 'p', kind: 'phrase', pattern: 'x', takeLinkSiblings: false, category: 'related' };
    expect(() => encodeTables({ t: [phrase] })).toThrow(/takeLinkSiblings must be true or absent/);
    expect(() => encodeTables({ t: 'no list' })).toThrow(/not a list/);
    expect(() => encodeTables({ g: [{ id: 'a', hosts: ['a b'], rules: [] }] })).toThrow(/or ' '/);
    expect(() => encodeTables({ g: [{ id: 'a', rules: [] }, { id: 'b', lang: 'x', rules: [] }] })).toThrow(/exactly the fields/);
    expect(() => encodeTables({ t: [{ ...base, selector: 'a[title="Новости"]' }] })).toThrow(/the rules use U\+/);
  });
});
