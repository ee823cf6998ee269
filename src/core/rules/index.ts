// Placeholder until the rule tables land (helper owning rules replaces this file).
import type { Rule } from './types.ts';
const RULES: Rule[] = [
  { kind: 'selector', id: 'ad-gpt', note: 'GPT slots', category: 'ad', fixture: '', selector: '[id^="div-gpt-ad"], [class~="rb-1"], [class~="rb-3"]' },
  { kind: 'phrase', id: 'id-baca-juga', note: 'Baca juga', category: 'related', fixture: '', pattern: 'baca\\s+juga\\s*:' },
  { kind: 'marker', id: 'ad-marker', note: 'markers', category: 'ad', fixture: '', pattern: 'advertisement|rb-\\d+|scroll to resume content' },
];
export function rulesFor(_url: string): Rule[] {
  return RULES;
}
