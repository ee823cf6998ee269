import { describe, expect, it } from 'vitest';
import { compactModule, dataLiteral } from '../../scripts/compact-rules.ts';
import { decodeRules } from '../../scripts/rule-codec.ts';
import { GENERIC_RULES, LANGUAGE_TABLES, SITE_PROFILES } from '../../src/core/rules/index.ts';
import type { Rule } from '../../src/core/rules/types.ts';

/** Evaluates an expression from `dataLiteral` the way the bundle does. */
function evaluate(expression: string): unknown {
  return new Function('decodeRules', `return ${expression};`)(decodeRules) as unknown;
}

const bare = (rules: Rule[]): Rule[] => rules.map((rule) => ({ ...rule, note: '', fixture: '' }));

describe('compact-rules', () => {
  it('re-emits the generic rules without notes or fixtures', () => {
    expect(evaluate(dataLiteral(GENERIC_RULES))).toEqual(bare(GENERIC_RULES));
  });

  it('re-emits the language tables', () => {
    const expected = LANGUAGE_TABLES.map((table) => ({ ...table, rules: bare(table.rules) }));
    expect(evaluate(dataLiteral(LANGUAGE_TABLES))).toEqual(expected);
  });

  it('re-emits the site profiles, whose own notes are dropped', () => {
    const expected = SITE_PROFILES.map(({ note: _, ...profile }) => ({ ...profile, rules: bare(profile.rules) }));
    expect(evaluate(dataLiteral(SITE_PROFILES))).toEqual(expected);
  });

  it('leaves no note or fixture text in the module', () => {
    const source = compactModule({ SITE_PROFILES, LANGUAGE_TABLES, GENERIC_RULES }, 'tables');
    for (const rule of [...GENERIC_RULES, ...LANGUAGE_TABLES.flatMap((t) => t.rules), ...SITE_PROFILES.flatMap((p) => p.rules)]) {
      expect(source).not.toContain(JSON.stringify(rule.note).slice(1, -1));
    }
    expect(source).toMatch(/^import \{ decodeRules \} from ".*rule-codec\.ts";\n/);
    expect(source).toContain('export const SITE_PROFILES = [');
  });

  it('refuses anything that is not plain data', () => {
    expect(() => dataLiteral({ a: [1, () => 2] }, 'x')).toThrow(/x\.a\[1\] is not plain data/);
    expect(() => dataLiteral(/re/, 'y')).toThrow(/y is not plain data/);
    expect(() => dataLiteral(Number.NaN)).toThrow(/not plain data/);
  });
});
