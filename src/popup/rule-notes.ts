/**
 * The note of a built-in rule, by id. The auto-clean script's removals carry no reason (its bundle
 * holds the rule tables without notes, to stay small: see scripts/compact-rules.ts), so the popup,
 * which can afford the full tables, looks it up here.
 */
import { allRules } from '../core/rules/index.ts';

let notes: Map<string, string> | undefined;

/** The note of the built-in rule `id`, or '' for an unknown id. */
export function ruleNote(id: string): string {
  notes ??= new Map(allRules().map((rule) => [rule.id, rule.note]));
  return notes.get(id) ?? '';
}
