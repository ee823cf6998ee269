/**
 * The user's own rules from the options page: validation, and their form as rule data.
 */
import type { Rule } from './rules/types.ts';
import type { UserRules } from './types.ts';

export interface UserRulesProblem {
  field: 'selectors' | 'phrases';
  index: number;
  value: string;
  message: string;
}

export const MAX_PHRASE_CHARS = 100;
const MAX_SELECTOR_CHARS = 500;

/**
 * Lists every invalid entry: selectors that `doc`'s parser rejects (or that would match the
 * whole page), phrases that are empty or too long. An empty list means the rules are usable.
 */
export function validateUserRules(rules: UserRules, doc: Document): UserRulesProblem[] {
  const problems: UserRulesProblem[] = [];
  const probe = doc.createDocumentFragment();
  rules.selectors.forEach((value, index) => {
    const selector = value.trim();
    if (!selector) {
      problems.push({ field: 'selectors', index, value, message: 'empty selector' });
    } else if (selector.length > MAX_SELECTOR_CHARS) {
      problems.push({ field: 'selectors', index, value, message: `longer than ${MAX_SELECTOR_CHARS} characters` });
    } else if (/^(?:html|body|\*|:root)$/i.test(selector)) {
      problems.push({ field: 'selectors', index, value, message: 'would remove the whole page' });
    } else {
      try {
        probe.querySelector(selector);
      } catch {
        problems.push({ field: 'selectors', index, value, message: 'not a valid CSS selector' });
      }
    }
  });
  rules.phrases.forEach((value, index) => {
    const phrase = value.trim();
    if (!phrase) problems.push({ field: 'phrases', index, value, message: 'empty phrase' });
    else if (phrase.length > MAX_PHRASE_CHARS) {
      problems.push({ field: 'phrases', index, value, message: `longer than ${MAX_PHRASE_CHARS} characters` });
    }
  });
  return problems;
}

/** The user's rules as rule data (callers validate first; blank entries are skipped). */
export function userRulesToRules(rules: UserRules): Rule[] {
  const out: Rule[] = [];
  rules.selectors.forEach((s, i) => {
    const selector = s.trim();
    if (selector) {
      out.push({ kind: 'selector', id: `user-selector-${i + 1}`, note: `Your selector ${selector}`, category: 'user', fixture: '', selector });
    }
  });
  rules.phrases.forEach((p, i) => {
    const phrase = p.trim();
    if (phrase) {
      out.push({
        kind: 'phrase',
        id: `user-phrase-${i + 1}`,
        note: `Your phrase "${phrase}"`,
        category: 'user',
        fixture: '',
        pattern: phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'),
      });
    }
  });
  return out;
}

const combined = new WeakMap<Rule[], Map<string, Rule[]>>();

/** `base` plus the user's rules, as one stable array per distinct input (so compilation caches). */
export function withUserRules(base: Rule[], user: UserRules | undefined): Rule[] {
  if (!user || (!user.selectors.length && !user.phrases.length)) return base;
  const key = JSON.stringify(user);
  let byKey = combined.get(base);
  if (!byKey) combined.set(base, (byKey = new Map()));
  let rules = byKey.get(key);
  if (!rules) {
    rules = [...base, ...userRulesToRules(user)];
    if (byKey.size > 8) byKey.clear();
    byKey.set(key, rules);
  }
  return rules;
}
