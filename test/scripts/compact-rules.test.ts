import { describe, expect, it } from 'vitest';
import { dataModule, EXTRACTION_TABLES, loadTables, RULE_TABLES, withoutReshapes } from '../../scripts/compact-rules.ts';
import { decodeTables } from '../../scripts/rule-codec.ts';
import { allRules, GENERIC_RULES, IMAGE_RULES, LANGUAGE_TABLES, PAGE_NAV_RULES, SITE_PROFILES, STRUCTURAL_RULES } from '../../src/core/rules/index.ts';
import { NATIONAL_GROUP_PROFILES } from '../../src/core/rules/sites-national.ts';
import { OUTLET_PROFILES } from '../../src/core/rules/sites-outlets.ts';
import type { Rule } from '../../src/core/rules/types.ts';

const ROOT = `${import.meta.dirname}/../..`;

/** The data module of the real tables, written once (packing takes seconds). */
let written: string | undefined;
const realModule = (): string => (written ??= dataModule({ GENERIC_RULES, LANGUAGE_TABLES, SITE_PROFILES }));

/** The tables the data module exports, decoded as the bundle decodes them. */
function decodedModule(): unknown[][] {
  const source = realModule();
  const call = /^export const \[GENERIC_RULES, LANGUAGE_TABLES, SITE_PROFILES\] = (decodeTables\(.*\));$/m.exec(source);
  expect(call).not.toBeNull();
  return new Function('decodeTables', `return ${call![1]};`)(decodeTables) as unknown[][];
}

/** A rule as the bundle gets it: no note, no fixture. */
const bare = (rule: Rule): Rule => ({ ...rule, note: '', fixture: '' });

describe('compact-rules', () => {
  it('loads every export of every table module', async () => {
    const tables = await loadTables(ROOT);
    expect([...tables.keys()]).toEqual(RULE_TABLES);
    expect(Object.assign({}, ...tables.values())).toEqual({ GENERIC_RULES, LANGUAGE_TABLES, NATIONAL_GROUP_PROFILES, OUTLET_PROFILES });
    // sites.ts only joins the two profile tables, so the bundle's SITE_PROFILES is the same list.
    expect(SITE_PROFILES).toEqual([...NATIONAL_GROUP_PROFILES, ...OUTLET_PROFILES]);
  });

  // Packing the real tables takes seconds on a busy machine: a generous limit, not a speed check.
  it('writes a data module that exports every table, decoded, with no note text in it', { timeout: 60_000 }, () => {
    const source = realModule();
    const [importLine, exportLine] = source.split('\n');
    expect(importLine).toMatch(/^import \{ decodeTables \} from ".*rule-codec\.ts";$/);
    const call = /^export const \[GENERIC_RULES, LANGUAGE_TABLES, SITE_PROFILES\] = (decodeTables\(.*\));$/.exec(exportLine!);
    expect(call).not.toBeNull();
    const [generic, languages, sites] = new Function('decodeTables', `return ${call![1]};`)(decodeTables) as unknown[][];
    expect((generic as { id: string }[]).map((rule) => rule.id)).toEqual(GENERIC_RULES.map((rule) => rule.id));
    expect(languages).toHaveLength(LANGUAGE_TABLES.length);
    expect(sites).toHaveLength(SITE_PROFILES.length);
    for (const rule of allRules()) expect(source).not.toContain(JSON.stringify(rule.note).slice(1, -1));
  });

  it('leaves the reshape and page-nav rules out (the tidy never applies them) and every other rule in, in order', () => {
    const reshapes = allRules().filter((rule) => rule.kind === 'reshape');
    // The tables have some, or this test would prove nothing.
    expect(reshapes.length).toBeGreaterThan(0);
    const [generic, languages, sites] = decodedModule() as [Rule[], { rules: Rule[] }[], { rules: Rule[] }[]];
    const decoded = [...generic, ...languages.flatMap((t) => t.rules), ...sites.flatMap((p) => p.rules)];
    expect(decoded.filter((rule) => rule.kind === 'reshape')).toEqual([]);
    // The structural detectors (rules/structural.ts) and the page-nav rules (rules/page-nav.ts) are
    // extraction-only and in no packed table.
    const pageNav = new Set(PAGE_NAV_RULES.map((rule) => rule.id));
    expect(pageNav.size).toBeGreaterThan(0);
    expect(decoded).toEqual(allRules().filter((rule) => rule.kind !== 'reshape' && rule.kind !== 'detector' && !pageNav.has(rule.id)).map(bare));
    // Every site profile is still there, its hosts with it, even one left with no rules.
    expect(sites.map(({ rules: _, ...profile }) => profile)).toEqual(
      SITE_PROFILES.map(({ rules: _, note: __, ...profile }) => profile),
    );
  });

  it('gives the extraction bundle every rule, reshape, page-nav and detector rules included, without notes', { timeout: 120_000 }, async () => {
    const tables = await loadTables(ROOT, [...RULE_TABLES, ...EXTRACTION_TABLES]);
    const all = Object.assign({}, ...tables.values()) as Record<string, unknown>;
    expect(Object.keys(all)).toEqual(['GENERIC_RULES', 'LANGUAGE_TABLES', 'NATIONAL_GROUP_PROFILES', 'OUTLET_PROFILES', 'PAGE_NAV_STRUCTURAL', 'PAGE_NAV_RULES', 'STRUCTURAL_RULES', 'IMAGE_RULES']);
    const source = dataModule(all, true);
    for (const rule of allRules()) expect(source).not.toContain(JSON.stringify(rule.note).slice(1, -1));
    const call = /^export const \[[A-Z_, ]+\] = (decodeTables\(.*\));$/m.exec(source);
    expect(call).not.toBeNull();
    const [generic, languages, national, outlets, , pageNav, structural, images] = new Function('decodeTables', `return ${call![1]};`)(decodeTables) as [
      Rule[], { rules: Rule[] }[], { rules: Rule[] }[], { rules: Rule[] }[], Rule[], Rule[], Rule[], Rule[],
    ];
    const decoded = [...generic, ...languages.flatMap((t) => t.rules), ...[...national, ...outlets].flatMap((p) => p.rules), ...pageNav, ...structural, ...images];
    expect(decoded.some((rule) => rule.kind === 'reshape')).toBe(true);
    expect(structural).toEqual(STRUCTURAL_RULES.map(bare));
    expect(images).toEqual(IMAGE_RULES.map(bare));
    // allRules() lists the same tables in the same order.
    expect(decoded).toEqual(allRules().map(bare));
  });

  it('withoutReshapes drops reshape rules from rule lists and groups and keeps the rest as it was', () => {
    const keep = { id: 'a', kind: 'selector', selector: 'div.a', category: 'ad', note: '', fixture: '' };
    const reshape = { id: 'r', kind: 'reshape', action: 'unwrap', selector: 'div.r', category: 'navigation', note: '', fixture: '' };
    const tables = { list: [keep, reshape], groups: [{ id: 'g', hosts: ['x.com'], rules: [reshape, keep] }], other: 'x' };
    expect(withoutReshapes(tables)).toEqual({ list: [keep], groups: [{ id: 'g', hosts: ['x.com'], rules: [keep] }], other: 'x' });
    // The input is not changed.
    expect(tables.list).toHaveLength(2);
    expect(tables.groups[0]!.rules).toHaveLength(2);
  });
});
