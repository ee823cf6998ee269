import { describe, expect, it } from 'vitest';
import { dataModule, loadTables, RULE_TABLES } from '../../scripts/compact-rules.ts';
import { decodeTables } from '../../scripts/rule-codec.ts';
import { allRules, GENERIC_RULES, LANGUAGE_TABLES, SITE_PROFILES } from '../../src/core/rules/index.ts';

const ROOT = `${import.meta.dirname}/../..`;

describe('compact-rules', () => {
  it('loads every export of every table module', async () => {
    const tables = await loadTables(ROOT);
    expect([...tables.keys()]).toEqual(RULE_TABLES);
    expect(Object.assign({}, ...tables.values())).toEqual({ GENERIC_RULES, LANGUAGE_TABLES, SITE_PROFILES });
  });

  it('writes a data module that exports every table, decoded, with no note text in it', () => {
    const source = dataModule({ GENERIC_RULES, LANGUAGE_TABLES, SITE_PROFILES });
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
});
