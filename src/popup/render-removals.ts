/**
 * The removal summary: "4 “Read also” inserts, 3 ad slots" (grouped by category, plural-aware,
 * joined the way the language joins lists), expanding to the list of each removal's rule and text.
 */
import type { Removal } from '../core/types.ts';
import type { RemovalCategory } from '../core/rules/types.ts';
import { messagesLocale, plural, t, type PluralKey } from '../shared/i18n.ts';
import { ruleNote } from './rule-notes.ts';

/** The plural message per category, in the order the summary lists them. */
const CATEGORY_MESSAGES: Record<RemovalCategory, PluralKey> = {
  related: 'removedRelated',
  ad: 'removedAd',
  promo: 'removedPromo',
  syndication: 'removedSyndication',
  navigation: 'removedNavigation',
  user: 'removedUser',
  structure: 'removedStructure',
};

/** Removal counts per category, in `CATEGORY_MESSAGES` order, zero counts left out. */
export function countByCategory(removed: readonly Removal[]): [RemovalCategory, number][] {
  const counts = new Map<RemovalCategory, number>();
  for (const removal of removed) counts.set(removal.category, (counts.get(removal.category) ?? 0) + 1);
  return (Object.keys(CATEGORY_MESSAGES) as RemovalCategory[])
    .filter((category) => counts.has(category))
    .map((category) => [category, counts.get(category) ?? 0]);
}

/** One sentence summarising the removals, or "Nothing needed removing." */
export function summariseRemovals(removed: readonly Removal[], locale: string = messagesLocale()): string {
  const parts = countByCategory(removed).map(([category, count]) => plural(CATEGORY_MESSAGES[category], count));
  if (parts.length === 0) return t('removedNothing');
  return t('removedSummary', new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts));
}

/**
 * A `<details>` whose summary is `summariseRemovals` and whose body lists every removal
 * (its text, or "(empty slot)", and the rule that made it, whose note is the tooltip). Text goes
 * in via `textContent` only.
 */
export function renderRemovals(doc: Document, removed: readonly Removal[]): HTMLDetailsElement {
  const details = doc.createElement('details');
  details.className = 'removals';
  const summary = doc.createElement('summary');
  summary.textContent = summariseRemovals(removed);
  details.append(summary);
  if (removed.length === 0) return details;
  const list = doc.createElement('ol');
  for (const removal of removed) {
    const item = doc.createElement('li');
    const text = doc.createElement('span');
    text.className = 'removal-text';
    text.textContent = removal.text.trim() || t('removalEmptySlot');
    const rule = doc.createElement('span');
    rule.className = 'removal-rule';
    // Removals made by the auto-clean script arrive without a reason (see ./rule-notes.ts).
    rule.title = removal.reason || ruleNote(removal.rule);
    rule.textContent = removal.rule;
    item.append(text, ' ', rule);
    list.append(item);
  }
  details.append(list);
  return details;
}
