import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/core/rules/index.ts';
import { ruleNote } from '../../src/popup/rule-notes.ts';

describe('ruleNote', () => {
  it('gives every built-in rule its note', () => {
    for (const rule of allRules()) expect(ruleNote(rule.id)).toBe(rule.note);
  });

  it('gives an unknown id (a user rule, a rule from a newer build) nothing', () => {
    expect(ruleNote('user-selector-1')).toBe('');
    expect(ruleNote('no-such-rule')).toBe('');
  });
});
