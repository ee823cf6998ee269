/**
 * A compact text form of a rule list, for the auto-clean bundle (see ./compact-rules.ts). As
 * object literals, 71 rules spend about as many bytes on keys, `kind` and `category` names and
 * repeated id prefixes as on their selectors and patterns; as one string they spend ~3 per rule.
 *
 * One line per rule, `\n` between rules, `\t` between the head and the body:
 *
 *   <shared><code><id rest>\t<selector or pattern>
 *
 *   shared  digit of DIGITS: how many leading characters the id shares with the previous id
 *           (front coding: `site-detik-linksisip` after `site-detik-noncontent` is `b` + `linksisip`)
 *   code    digit of DIGITS: kind × 12 + category × 2 + flag, where the flag is a phrase rule's
 *           `takeLinkSiblings: true` or a reshape rule's `action: 'reveal'` (else `'unwrap'`)
 *
 * `decodeRules` is what ships in the bundle; `encodeRules` runs in the build and refuses any rule
 * it could not give back exactly (unknown field, kind or category, a separator in the text).
 * `note` and `fixture` are not encoded: they come back as '' (a removal's `reason` is then empty,
 * and the popup looks the note up by rule id).
 */
import type { RemovalCategory, Rule } from '../src/core/rules/types.ts';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const KINDS = ['selector', 'phrase', 'marker', 'reshape'] as const;
const CATEGORIES: RemovalCategory[] = ['related', 'ad', 'promo', 'syndication', 'navigation', 'user'];
/** What a rule may hold besides what is encoded; dropped. */
const DROPPED = new Set(['note', 'fixture']);
const ENCODED = new Set(['id', 'kind', 'category', 'selector', 'pattern', 'takeLinkSiblings', 'action']);

type Kind = (typeof KINDS)[number];

/** The rules packed in `text` (from `encodeRules`), with empty notes and fixtures. */
export function decodeRules(text: string): Rule[] {
  let previous = '';
  if (!text) return [];
  return text.split('\n').map((line) => {
    const [head = '', body = ''] = line.split('\t');
    const code = DIGITS.indexOf(head[1]!);
    const id = previous.slice(0, DIGITS.indexOf(head[0]!)) + head.slice(2);
    previous = id;
    const kind: Kind = KINDS[(code / 12) | 0]!;
    const flag = code & 1;
    const rule: Record<string, unknown> = { id, kind, category: CATEGORIES[(code >> 1) % 6], note: '', fixture: '' };
    if (kind === 'phrase' || kind === 'marker') rule.pattern = body;
    else rule.selector = body;
    if (kind === 'reshape') rule.action = flag ? 'reveal' : 'unwrap';
    else if (flag) rule.takeLinkSiblings = true;
    return rule as unknown as Rule;
  });
}

/** The flag bit of `rule`; throws when a flag-carrying field holds what the bit cannot say. */
function flagOf(rule: Rule): number {
  // Read as plain fields: the encoder must also refuse what the types would not allow.
  const fields = rule as unknown as Record<string, unknown>;
  if (fields.kind === 'reshape') {
    if (fields.action !== 'unwrap' && fields.action !== 'reveal') throw new Error(`rule-codec: ${rule.id}: unknown action`);
    return fields.action === 'reveal' ? 1 : 0;
  }
  if ('action' in fields) throw new Error(`rule-codec: ${rule.id}: action on a ${rule.kind} rule`);
  if (!('takeLinkSiblings' in fields)) return 0;
  // Only `true` or absent comes back as it was (`false` would come back absent).
  if (rule.kind !== 'phrase' || fields.takeLinkSiblings !== true) {
    throw new Error(`rule-codec: ${rule.id}: takeLinkSiblings must be true or absent, on a phrase rule`);
  }
  return 1;
}

/** Packs `rules` for `decodeRules`. Throws on anything the text form cannot carry. */
export function encodeRules(rules: readonly Rule[]): string {
  let previous = '';
  return rules
    .map((rule) => {
      const extra = Object.keys(rule).filter((key) => !ENCODED.has(key) && !DROPPED.has(key));
      if (extra.length) throw new Error(`rule-codec: ${rule.id} has fields it cannot encode: ${extra.join(', ')}`);
      const kind = KINDS.indexOf(rule.kind as Kind);
      const category = CATEGORIES.indexOf(rule.category);
      if (kind < 0 || category < 0) throw new Error(`rule-codec: ${rule.id} has an unknown kind or category`);
      const fields = rule as unknown as Record<string, unknown>;
      const [bodyKey, otherKey] = rule.kind === 'phrase' || rule.kind === 'marker' ? ['pattern', 'selector'] : ['selector', 'pattern'];
      const body = fields[bodyKey];
      if (typeof body !== 'string' || otherKey in fields) throw new Error(`rule-codec: ${rule.id} needs a ${bodyKey} only`);
      if (/[\t\n]/.test(rule.id + body) || !rule.id) throw new Error(`rule-codec: ${rule.id} has a tab, newline or no id`);
      let shared = 0;
      while (shared < DIGITS.length - 1 && shared < previous.length && rule.id[shared] === previous[shared]) shared++;
      previous = rule.id;
      return `${DIGITS[shared]}${DIGITS[kind * 12 + category * 2 + flagOf(rule)]}${rule.id.slice(shared)}\t${body}`;
    })
    .join('\n');
}
