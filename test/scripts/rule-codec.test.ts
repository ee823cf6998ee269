import { describe, expect, it } from 'vitest';
import { decodeRules, encodeRules } from '../../scripts/rule-codec.ts';
import { allRules, GENERIC_RULES, LANGUAGE_TABLES, SITE_PROFILES } from '../../src/core/rules/index.ts';
import type { Rule } from '../../src/core/rules/types.ts';

/** What the auto-clean bundle must get back: the rule, with empty note and fixture. */
function withoutNotes(rules: readonly Rule[]): Rule[] {
  return rules.map((rule) => ({ ...rule, note: '', fixture: '' }));
}

const LISTS: [string, Rule[]][] = [
  ['generic', GENERIC_RULES],
  ...LANGUAGE_TABLES.map((table): [string, Rule[]] => [`language ${table.lang}`, table.rules]),
  ...SITE_PROFILES.map((profile): [string, Rule[]] => [`site ${profile.id}`, profile.rules]),
];

describe('rule-codec', () => {
  it.each(LISTS)('gives back every %s rule exactly, note and fixture emptied', (_, rules) => {
    expect(decodeRules(encodeRules(rules))).toEqual(withoutNotes(rules));
  });

  it('gives back all rules as one list, in order', () => {
    const rules = allRules();
    const decoded = decodeRules(encodeRules(rules));
    expect(decoded).toEqual(withoutNotes(rules));
    expect(decoded.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id));
  });

  it('writes shared id prefixes once', () => {
    const rules: Rule[] = [
      { id: 'site-x-one', kind: 'selector', selector: 'div.a', category: 'ad', note: 'n', fixture: 'f' },
      { id: 'site-x-two', kind: 'phrase', pattern: 'baca\\s+juga', takeLinkSiblings: true, category: 'related', note: 'n', fixture: 'f' },
      { id: 'other', kind: 'marker', pattern: 'iklan', category: 'promo', note: 'n', fixture: 'f' },
    ];
    const text = encodeRules(rules);
    expect(text.split('\n')).toHaveLength(3);
    expect(text).not.toContain('site-x-two');
    expect(text).toContain('two\tbaca\\s+juga');
    expect(decodeRules(text)).toEqual(withoutNotes(rules));
  });

  it('carries the action of reshape rules', () => {
    const reshape = (id: string, action: string) =>
      ({ id, kind: 'reshape', action, selector: 'div.page', category: 'navigation', note: 'n', fixture: 'f' }) as unknown as Rule;
    const rules = [reshape('site-a-unwrap', 'unwrap'), reshape('site-a-reveal', 'reveal')];
    expect(decodeRules(encodeRules(rules))).toEqual(withoutNotes(rules));
    expect(() => encodeRules([reshape('x', 'explode')])).toThrow(/unknown action/);
    const selector = { id: 'y', kind: 'selector', selector: 'p', action: 'reveal', category: 'ad', note: '', fixture: '' };
    expect(() => encodeRules([selector as unknown as Rule])).toThrow(/action on a selector rule/);
  });

  it('packs an empty list as an empty one', () => {
    expect(decodeRules(encodeRules([]))).toEqual([]);
  });

  it('refuses what it could not give back', () => {
    const base = { id: 'x', kind: 'selector', selector: 'div', category: 'ad', note: '', fixture: '' } as const;
    expect(() => encodeRules([{ ...base, extra: 1 } as unknown as Rule])).toThrow(/cannot encode: extra/);
    expect(() => encodeRules([{ ...base, category: 'other' } as unknown as Rule])).toThrow(/unknown kind or category/);
    expect(() => encodeRules([{ ...base, selector: 'div,\tp' }])).toThrow(/tab, newline/);
    expect(() => encodeRules([{ ...base, id: '' }])).toThrow(/no id/);
    expect(() => encodeRules([{ ...base, pattern: 'x' } as unknown as Rule])).toThrow(/needs a selector only/);
    const phrase: Rule = { id: 'p', kind: 'phrase', pattern: 'x', takeLinkSiblings: false, category: 'related', note: '', fixture: '' };
    expect(() => encodeRules([phrase])).toThrow(/takeLinkSiblings must be true or absent/);
  });
});
